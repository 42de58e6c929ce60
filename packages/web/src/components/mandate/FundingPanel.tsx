import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc.ts';
import { SignInToSeeNote } from '../auth/PlannerOnly.tsx';
import { isSignInRequired } from '../auth/session.ts';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { FUNDING_STATE_LABELS } from '../workspace/labels.ts';

const usd = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** Whether money reaches this mandate through its projects and budget lines, and how much is missing. */
export function FundingPanel({ mandateId }: { mandateId: number }) {
  const trpc = useTRPC();
  const funding = useQuery(trpc.funding.forMandate.queryOptions({ mandateId }));
  // Aggregate figures are public; should the server ever keep them for signed-in users, say so plainly.
  if (funding.isError && isSignInRequired(funding.error)) return <SignInToSeeNote what="see this mandate's funding" />;
  if (funding.isError) {
    return (
      <ServerErrorNotice error={funding.error} onRetry={() => void funding.refetch()} retrying={funding.isFetching} />
    );
  }
  if (!funding.data) {
    return (
      <p role="status" className="loading">
        Adding up the funding…
      </p>
    );
  }
  const figures = funding.data;
  return (
    <>
      <p>
        <span className={`tag funding--${figures.state}`} data-testid="funding-state">
          {FUNDING_STATE_LABELS[figures.state]}
        </span>
      </p>
      <dl className="facts">
        <dt>Planned cost</dt>
        <dd>{usd.format(figures.need)}</dd>
        <dt>Pledged</dt>
        <dd>{usd.format(figures.pledged)}</dd>
        <dt>Paid</dt>
        <dd>{usd.format(figures.paid)}</dd>
        <dt>Funding gap</dt>
        <dd>{usd.format(figures.gap)}</dd>
      </dl>
      {figures.state === 'unfunded' && (
        <p className="muted">No contribution reaches this mandate yet. Link a funded project or budget line below.</p>
      )}
    </>
  );
}
