import { FUNDING_STATES, type FundingState } from '@mandate-tracker/shared';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { DonorFunding } from '../components/funding/DonorFunding.tsx';
import { FundFunding } from '../components/funding/FundFunding.tsx';
import { FundingStateSummary } from '../components/funding/FundingStateSummary.tsx';
import {
  BREAKDOWN_LABELS,
  breakdownFromParams,
  FUNDING_BREAKDOWNS,
  searchWith,
  stateFromParams,
} from '../components/funding/funding-url.ts';
import { FUNDING_STATE_LABELS } from '../components/funding/labels.ts';
import { MandateFundingTable } from '../components/funding/MandateFundingTable.tsx';
import { ThemeFunding } from '../components/funding/ThemeFunding.tsx';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { useTRPC } from '../trpc.ts';

/**
 * The donors' view: which UNODC-facing mandates are funded, partly funded or unfunded; the gap
 * by theme, fund or donor (`?by=`) as a chart with its table; and the mandates in a state
 * (`?state=`), linked to their mandate and project pages.
 */
export function FundingPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const breakdown = breakdownFromParams(params);
  const state = stateFromParams(params);
  const summary = useQuery(trpc.funding.summary.queryOptions({}));

  const chooseState = (value: string) => {
    const chosen = FUNDING_STATES.find((known) => known === value) ?? null;
    setParams(new URLSearchParams(searchWith(params, 'state', chosen)), { replace: true });
  };

  return (
    <>
      <title>Funding · mandate-tracker</title>
      <h1>Funding</h1>
      <p className="page-intro">
        Which mandates asking UNODC to act have money behind them. A mandate is funded when pledges and payments reach
        the planned cost of its budget lines and projects, partly funded when some money reaches them.
      </p>
      <div className="notice notice--warning funding-sample-note">
        <p className="notice__title">
          <span className="sample-badge">Sample data</span> Donors, contributions and most budget lines are illustrative
        </p>
        <p>
          They show how the view works and are marked “Sample data” wherever they appear. Confirmed figures (UNODC
          programmes and budget documents) show their source in the budget lines under “By fund”.
        </p>
      </div>

      <section className="section" aria-labelledby="funding-states-heading">
        <h2 id="funding-states-heading">Mandates by funding state</h2>
        {summary.isError ? (
          <ServerErrorNotice
            error={summary.error}
            onRetry={() => void summary.refetch()}
            retrying={summary.isFetching}
          />
        ) : summary.isPending ? (
          <p role="status" className="loading">
            Loading the funding of each mandate…
          </p>
        ) : summary.data.mandateCount === 0 ? (
          <div className="notice" role="status">
            <p className="notice__title">No UNODC-facing mandates yet.</p>
            <p>
              <Link to="/import">Import a resolution</Link> to see which of its mandates are funded.
            </p>
          </div>
        ) : (
          <FundingStateSummary summary={summary.data} />
        )}
      </section>

      <section className="section card" aria-labelledby="funding-gap-heading">
        <h2 id="funding-gap-heading">Funding gap</h2>
        <nav aria-label="Funding breakdown" className="view-switch">
          <ul>
            {FUNDING_BREAKDOWNS.map((option) => (
              <li key={option}>
                <Link
                  to={searchWith(params, 'by', option)}
                  aria-current={option === breakdown ? 'page' : undefined}
                  replace
                  preventScrollReset
                >
                  {BREAKDOWN_LABELS[option]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {breakdown === 'theme' && <ThemeFunding />}
        {breakdown === 'fund' && <FundFunding />}
        {breakdown === 'donor' && <DonorFunding />}
      </section>

      <section className="section" aria-labelledby="funding-mandates" id="funding-mandates-section">
        <div className="card__header">
          <h2 id="funding-mandates">Mandates and their funding</h2>
          <label className="funding-state-select">
            Funding state
            <select value={state ?? ''} onChange={(event) => chooseState(event.target.value)}>
              <option value="">All states</option>
              {FUNDING_STATES.map((option: FundingState) => (
                <option key={option} value={option}>
                  {FUNDING_STATE_LABELS[option]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {summary.isSuccess && <MandateFundingTable mandates={summary.data.mandates} state={state} />}
        {summary.isPending && (
          <p role="status" className="loading">
            Loading mandates…
          </p>
        )}
        {summary.isError && <p className="muted">The mandate list needs the funding figures above; retry there.</p>}
      </section>
    </>
  );
}
