import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc.ts';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { FUND_LABELS } from './labels.ts';
import { formatUsd } from './money.ts';
import { Provenance } from './SampleBadge.tsx';
import { StackedAmountChart } from './StackedAmountChart.tsx';
import { FUNDED_VS_GAP } from './series.ts';

/**
 * Need, money and gap per UNODC fund, then every budget line with where its figure comes from:
 * confirmed lines name their source, illustrative ones say "Sample data".
 */
export function FundFunding() {
  const trpc = useTRPC();
  const funds = useQuery(trpc.funding.byFund.queryOptions());
  const lines = useQuery(trpc.budgetLines.list.queryOptions({}));
  if (funds.isError) {
    return <ServerErrorNotice error={funds.error} onRetry={() => void funds.refetch()} retrying={funds.isFetching} />;
  }
  if (lines.isError) {
    return <ServerErrorNotice error={lines.error} onRetry={() => void lines.refetch()} retrying={lines.isFetching} />;
  }
  if (funds.isPending || lines.isPending) {
    return (
      <p role="status" className="loading">
        Loading funding by fund…
      </p>
    );
  }
  if (lines.data.length === 0) {
    return (
      <div className="notice" role="status">
        <p className="notice__title">No budget lines yet.</p>
        <p>
          Add budget lines on the <Link to="/projects">Projects</Link> screen to see what each fund needs.
        </p>
      </div>
    );
  }
  const rows = funds.data.map((fund) => ({
    label: FUND_LABELS[fund.fund],
    funded: Math.min(fund.funded, fund.need),
    gap: fund.gap,
  }));
  return (
    <>
      <StackedAmountChart title="Funded amount and funding gap by fund" rows={rows} series={FUNDED_VS_GAP} />
      <div className="ledger-table-scroll">
        <table className="ledger-table">
          <caption>Funding by fund (US dollars)</caption>
          <thead>
            <tr>
              <th scope="col">Fund</th>
              <th scope="col">Budget lines</th>
              <th scope="col" className="numeric">
                Planned cost
              </th>
              <th scope="col" className="numeric">
                Pledged
              </th>
              <th scope="col" className="numeric">
                Paid
              </th>
              <th scope="col" className="numeric">
                Gap
              </th>
            </tr>
          </thead>
          <tbody>
            {funds.data.map((fund) => (
              <tr key={fund.fund}>
                <th scope="row">{FUND_LABELS[fund.fund]}</th>
                <td>{fund.budgetLineCount}</td>
                <td className="numeric">{formatUsd(fund.need)}</td>
                <td className="numeric">{formatUsd(fund.pledged)}</td>
                <td className="numeric">{formatUsd(fund.paid)}</td>
                <td className="numeric">{formatUsd(fund.gap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="section">Budget lines and their sources</h3>
      <div className="ledger-table-scroll">
        <table className="ledger-table">
          <caption className="visually-hidden">Budget lines with fund, period, amount and source</caption>
          <thead>
            <tr>
              <th scope="col">Budget line</th>
              <th scope="col">Fund</th>
              <th scope="col">Project</th>
              <th scope="col">Period</th>
              <th scope="col" className="numeric">
                Amount
              </th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {lines.data.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.title}</th>
                <td>{FUND_LABELS[line.fund]}</td>
                <td>
                  {line.projectId === null ? (
                    <span className="muted">None</span>
                  ) : (
                    <Link to={`/projects/${line.projectId}`}>{line.projectCode}</Link>
                  )}
                </td>
                <td>{line.period}</td>
                <td className="numeric">
                  {line.currency === 'USD' ? formatUsd(line.amount) : `${line.amount} ${line.currency}`}
                </td>
                <td className="source-cell">
                  <Provenance sample={line.sample} source={line.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
