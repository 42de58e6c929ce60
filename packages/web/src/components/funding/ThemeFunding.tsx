import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc.ts';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { formatShare, formatUsd } from './money.ts';
import { StackedAmountChart } from './StackedAmountChart.tsx';
import { FUNDED_VS_GAP } from './series.ts';

/** Need, money and gap per project theme, with the funding states of the mandates behind each theme. */
export function ThemeFunding() {
  const trpc = useTRPC();
  const themes = useQuery(trpc.funding.byTheme.queryOptions());
  if (themes.isError) {
    return (
      <ServerErrorNotice error={themes.error} onRetry={() => void themes.refetch()} retrying={themes.isFetching} />
    );
  }
  if (themes.isPending) {
    return (
      <p role="status" className="loading">
        Loading funding by theme…
      </p>
    );
  }
  if (themes.data.length === 0) {
    return (
      <div className="notice" role="status">
        <p className="notice__title">No projects with a theme yet.</p>
        <p>
          Give projects a theme and budget lines on the <Link to="/projects">Projects</Link> screen, then come back.
        </p>
      </div>
    );
  }
  const rows = themes.data.map((theme) => ({
    label: theme.theme,
    funded: Math.min(theme.funded, theme.need),
    gap: theme.gap,
  }));
  return (
    <>
      <StackedAmountChart title="Funded amount and funding gap by theme" rows={rows} series={FUNDED_VS_GAP} />
      <div className="ledger-table-scroll">
        <table className="ledger-table">
          <caption>Funding by theme (US dollars)</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Projects</th>
              <th scope="col">Mandates: funded / partly / unfunded</th>
              <th scope="col" className="numeric">
                Planned cost
              </th>
              <th scope="col" className="numeric">
                Funded
              </th>
              <th scope="col" className="numeric">
                Gap
              </th>
              <th scope="col" className="numeric">
                Share funded
              </th>
            </tr>
          </thead>
          <tbody>
            {themes.data.map((theme) => (
              <tr key={theme.theme}>
                <th scope="row">{theme.theme}</th>
                <td>{theme.projectCount}</td>
                <td>
                  {theme.byState.funded} / {theme.byState['partly-funded']} / {theme.byState.unfunded}
                </td>
                <td className="numeric">{formatUsd(theme.need)}</td>
                <td className="numeric">{formatUsd(theme.funded)}</td>
                <td className="numeric">{formatUsd(theme.gap)}</td>
                <td className="numeric">{formatShare(Math.min(theme.funded, theme.need), theme.need)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
