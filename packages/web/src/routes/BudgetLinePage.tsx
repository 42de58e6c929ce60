import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { SignInToEditNote } from '../components/auth/PlannerOnly.tsx';
import { useSession } from '../components/auth/session.ts';
import { BudgetLineForm } from '../components/projects/BudgetLineForm.tsx';
import { ContributionsPanel } from '../components/projects/ContributionsPanel.tsx';
import { FUND_LABELS } from '../components/projects/labels.ts';
import { formatAmount } from '../components/projects/money.ts';
import { SampleDataLabel } from '../components/projects/SampleDataLabel.tsx';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { useTRPC } from '../trpc.ts';

/** One budget line: its fund, period, amount and project (editable), and the contributions of donors to it. */
export function BudgetLinePage() {
  const trpc = useTRPC();
  const id = Number(useParams().id);
  const validId = Number.isInteger(id) && id > 0;
  const line = useQuery(trpc.budgetLines.get.queryOptions({ id }, { enabled: validId }));
  const [editing, setEditing] = useState(false);
  const { loading, canPlan } = useSession();

  if (!validId || (line.isError && line.error.data?.code === 'NOT_FOUND')) {
    return (
      <>
        <title>Budget line not found · mandate-tracker</title>
        <h1>Budget line not found</h1>
        <p>
          There is no budget line with this address. <Link to="/budget-lines">See all budget lines</Link>.
        </p>
      </>
    );
  }
  if (line.isPending) return <p className="loading">Loading the budget line…</p>;
  if (line.isError) {
    return <ServerErrorNotice error={line.error} onRetry={() => void line.refetch()} retrying={line.isFetching} />;
  }
  const detail = line.data;
  return (
    <>
      <title>{`${detail.title} · Budget lines · mandate-tracker`}</title>
      <p className="breadcrumb">
        <Link to="/budget-lines">Budget lines</Link> /
      </p>
      <h1>
        {detail.title} <SampleDataLabel sample={detail.sample} />
      </h1>
      <section className="card" aria-labelledby="line-details-heading">
        <div className="card__header">
          <h2 id="line-details-heading">Details</h2>
          {!editing && canPlan && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              Edit budget line
            </button>
          )}
        </div>
        {!loading && !canPlan && <SignInToEditNote what="edit this budget line" />}
        {editing && canPlan ? (
          <BudgetLineForm budgetLine={detail} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        ) : (
          <dl className="facts">
            <dt>Fund</dt>
            <dd>{FUND_LABELS[detail.fund]}</dd>
            <dt>Period</dt>
            <dd>{detail.period}</dd>
            <dt>Amount</dt>
            <dd>{formatAmount(detail.amount, detail.currency)}</dd>
            <dt>Project</dt>
            <dd>
              {detail.projectId === null ? (
                'none'
              ) : (
                <Link to={`/projects/${detail.projectId}`}>{detail.projectCode}</Link>
              )}
            </dd>
            {detail.source !== null && (
              <>
                <dt>Source</dt>
                <dd>{detail.source}</dd>
              </>
            )}
          </dl>
        )}
      </section>
      <section className="card section" aria-labelledby="line-contributions-heading">
        <h2 id="line-contributions-heading">Donors and contributions</h2>
        <ContributionsPanel target={{ budgetLineId: detail.id }} />
      </section>
    </>
  );
}
