import { FUNDS, type Fund } from '@mandate-tracker/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PlannerOnly } from '../components/auth/PlannerOnly.tsx';
import { BudgetLineForm } from '../components/projects/BudgetLineForm.tsx';
import { BudgetLinesTable } from '../components/projects/BudgetLinesTable.tsx';
import { FUND_LABELS } from '../components/projects/labels.ts';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { useTRPC } from '../trpc.ts';

function fundFromUrl(value: string | null): Fund | undefined {
  return FUNDS.find((fund) => fund === value);
}

/** Budget lines by fund and period, filtered by text and fund (both in the URL), and a form to add one. */
export function BudgetLinesPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const filterId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = searchParams.get('q') ?? '';
  const fund = fundFromUrl(searchParams.get('fund'));
  const [creating, setCreating] = useState(false);
  const budgetLines = useQuery(trpc.budgetLines.list.queryOptions(fund === undefined ? {} : { fund: [fund] }));

  const setParam = (name: string, value: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <title>Budget lines · mandate-tracker</title>
      <div className="page-heading">
        <h1>Budget lines</h1>
        <p className="page-heading__links">
          <Link to="/projects">Projects</Link>
        </p>
      </div>
      <p className="page-intro">
        Money by fund and period. A mandate linked to a budget line with an amount counts as funded.
      </p>

      <PlannerOnly what="add budget lines">
        <section className="card" aria-labelledby="new-line-heading">
          <div className="card__header">
            <h2 id="new-line-heading">New budget line</h2>
            {!creating && (
              <button type="button" className="button" onClick={() => setCreating(true)}>
                Add a budget line
              </button>
            )}
          </div>
          {creating ? (
            <BudgetLineForm
              onSaved={(line) => void navigate(`/budget-lines/${line.id}`)}
              onCancel={() => setCreating(false)}
            />
          ) : (
            <p className="muted">Add a line with its fund, period, amount and the project it pays for.</p>
          )}
        </section>
      </PlannerOnly>

      <section className="section" aria-labelledby="line-list-heading">
        <h2 id="line-list-heading">All budget lines</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor={`${filterId}-text`}>Filter by title, period or project</label>
            <input
              id={`${filterId}-text`}
              type="search"
              value={filter}
              onChange={(event) => setParam('q', event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${filterId}-fund`}>Fund</label>
            <select
              id={`${filterId}-fund`}
              value={fund ?? ''}
              onChange={(event) => setParam('fund', event.target.value)}
            >
              <option value="">Any fund</option>
              {FUNDS.map((option) => (
                <option key={option} value={option}>
                  {FUND_LABELS[option]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {budgetLines.isPending && <p className="loading">Loading budget lines…</p>}
        {budgetLines.isError && (
          <ServerErrorNotice
            error={budgetLines.error}
            onRetry={() => void budgetLines.refetch()}
            retrying={budgetLines.isFetching}
          />
        )}
        {budgetLines.data && budgetLines.data.length === 0 && (
          <p className="notice">
            {fund === undefined
              ? 'No budget line yet. Press "Add a budget line" above to create one.'
              : `No budget line in the ${FUND_LABELS[fund]}. Choose "Any fund" to see the others.`}
          </p>
        )}
        {budgetLines.data && budgetLines.data.length > 0 && (
          <BudgetLinesTable budgetLines={budgetLines.data} filter={filter} />
        )}
      </section>
    </>
  );
}
