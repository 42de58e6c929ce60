import { FUNDING_STATES, type FundingSummary } from '@mandate-tracker/shared';
import { Link, useSearchParams } from 'react-router';
import { FUNDING_STATE_LABELS } from './labels.ts';
import { formatShare, formatUsdCompact } from './money.ts';
import { searchWith, workspaceLinkForState } from './funding-url.ts';

const STATE_EXPLANATIONS = {
  funded: 'Pledges and payments cover the planned cost.',
  'partly-funded': 'Some money, less than the planned cost.',
  unfunded: 'No contribution reaches the mandate’s budget lines or projects.',
} as const;

/**
 * Headline figures: how many mandates are in each funding state (each a way into the list of
 * those mandates, here or in the workspace) and the money needed, found and missing.
 */
export function FundingStateSummary({ summary }: { summary: FundingSummary }) {
  const [params] = useSearchParams();
  return (
    <>
      <ul className="funding-states" aria-label="Mandates by funding state">
        {FUNDING_STATES.map((state) => (
          <li key={state} className={`funding-state funding-state--${state}`} data-testid={`state-${state}`}>
            <span className="funding-state__count">{summary.byState[state]}</span>
            <span className="funding-state__label">{FUNDING_STATE_LABELS[state]}</span>
            <span className="muted">{STATE_EXPLANATIONS[state]}</span>
            <span className="funding-state__links">
              <Link to={`${searchWith(params, 'state', state)}#funding-mandates`}>List them below</Link>
              <Link to={workspaceLinkForState(state)}>Open in the planner workspace</Link>
            </span>
          </li>
        ))}
      </ul>
      <dl className="facts funding-totals">
        <dt>Planned cost of these mandates</dt>
        <dd>{formatUsdCompact(summary.need)}</dd>
        <dt>Pledged and paid</dt>
        <dd>
          {formatUsdCompact(summary.funded)} ({formatShare(Math.min(summary.funded, summary.need), summary.need)})
        </dd>
        <dt>Funding gap</dt>
        <dd>{formatUsdCompact(summary.gap)}</dd>
      </dl>
    </>
  );
}
