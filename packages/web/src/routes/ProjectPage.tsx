import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PlannerOnly } from '../components/auth/PlannerOnly.tsx';
import { useSession } from '../components/auth/session.ts';
import { BudgetLineForm } from '../components/projects/BudgetLineForm.tsx';
import { ContributionsPanel } from '../components/projects/ContributionsPanel.tsx';
import { FUND_LABELS, PROJECT_STATUS_LABELS } from '../components/projects/labels.ts';
import { LinkedMandates } from '../components/projects/LinkedMandates.tsx';
import { MandateLinker } from '../components/projects/MandateLinker.tsx';
import { formatAmount } from '../components/projects/money.ts';
import { ProjectForm } from '../components/projects/ProjectForm.tsx';
import { SampleDataLabel } from '../components/projects/SampleDataLabel.tsx';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { formatDate } from '../format.ts';
import { useTRPC } from '../trpc.ts';

/**
 * One project: its details (editable), the mandates it delivers with a search to link more, its
 * budget lines and the contributions of donors.
 */
export function ProjectPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = Number(useParams().id);
  const validId = Number.isInteger(id) && id > 0;
  const project = useQuery(trpc.projects.get.queryOptions({ id }, { enabled: validId }));
  const [editing, setEditing] = useState(false);
  const [addingLine, setAddingLine] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(null);
  const { canPlan } = useSession();

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.mandates.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.funding.pathKey() }),
    ]);
  const link = useMutation(
    trpc.projects.linkMandate.mutationOptions({
      onSuccess: () => {
        setLinkError(null);
        return refresh();
      },
      onError: (error) => setLinkError(`The mandate could not be linked: ${error.message}`),
    }),
  );
  const unlink = useMutation(trpc.projects.unlinkMandate.mutationOptions({ onSuccess: refresh }));

  if (!validId || (project.isError && project.error.data?.code === 'NOT_FOUND')) {
    return (
      <>
        <title>Project not found · mandate-tracker</title>
        <h1>Project not found</h1>
        <p>
          There is no project with this address. <Link to="/projects">See all projects</Link>.
        </p>
      </>
    );
  }
  if (project.isPending) return <p className="loading">Loading the project…</p>;
  if (project.isError) {
    return (
      <ServerErrorNotice error={project.error} onRetry={() => void project.refetch()} retrying={project.isFetching} />
    );
  }

  const detail = project.data;
  const linkedIds = new Set(detail.mandates.map((mandate) => mandate.id));
  return (
    <>
      <title>{`${detail.code} · Projects · mandate-tracker`}</title>
      <p className="breadcrumb">
        <Link to="/projects">Projects</Link> /
      </p>
      <h1>
        {detail.code}: {detail.title} <SampleDataLabel sample={detail.sample} />
      </h1>

      <section className="card" aria-labelledby="project-details-heading">
        <div className="card__header">
          <h2 id="project-details-heading">Details</h2>
          {!editing && canPlan && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              Edit project
            </button>
          )}
        </div>
        {editing && canPlan ? (
          <ProjectForm project={detail} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        ) : (
          <dl className="facts">
            <dt>Status</dt>
            <dd>{PROJECT_STATUS_LABELS[detail.status]}</dd>
            <dt>Theme</dt>
            <dd>{detail.theme ?? '—'}</dd>
            <dt>Region</dt>
            <dd>{detail.region ?? '—'}</dd>
            <dt>Period</dt>
            <dd>
              {detail.periodStart === null && detail.periodEnd === null
                ? 'not set'
                : `${detail.periodStart === null ? '…' : formatDate(detail.periodStart)} – ${detail.periodEnd === null ? '…' : formatDate(detail.periodEnd)}`}
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

      <section className="card section" aria-labelledby="project-mandates-heading">
        <h2 id="project-mandates-heading">Linked mandates ({detail.mandates.length})</h2>
        <LinkedMandates
          mandates={detail.mandates}
          onUnlink={canPlan ? (mandateId) => unlink.mutate({ mandateId, projectId: detail.id }) : undefined}
          unlinking={unlink.isPending}
        />
        <PlannerOnly what="edit this project or link mandates to it">
          <MandateLinker
            linkedIds={linkedIds}
            onLink={(mandateId) => link.mutate({ mandateId, projectId: detail.id })}
            linking={link.isPending}
            error={linkError}
          />
        </PlannerOnly>
      </section>

      <section className="card section" aria-labelledby="project-lines-heading">
        <div className="card__header">
          <h2 id="project-lines-heading">Budget lines ({detail.budgetLines.length})</h2>
          {!addingLine && canPlan && (
            <button type="button" className="button button--secondary" onClick={() => setAddingLine(true)}>
              Add a budget line
            </button>
          )}
        </div>
        {detail.budgetLines.length === 0 ? (
          <p className="muted">No budget line pays for this project yet.</p>
        ) : (
          <ul className="budget-line-list">
            {detail.budgetLines.map((line) => (
              <li key={line.id}>
                <Link to={`/budget-lines/${line.id}`}>{line.title}</Link> <SampleDataLabel sample={line.sample} />
                <span className="muted">
                  {' '}
                  {FUND_LABELS[line.fund]}, {line.period}, {formatAmount(line.amount, line.currency)}
                </span>
              </li>
            ))}
          </ul>
        )}
        {addingLine && canPlan && (
          <BudgetLineForm
            projectId={detail.id}
            onSaved={() => setAddingLine(false)}
            onCancel={() => setAddingLine(false)}
          />
        )}
      </section>

      <section className="card section" aria-labelledby="project-contributions-heading">
        <h2 id="project-contributions-heading">Donors and contributions</h2>
        <ContributionsPanel target={{ projectId: detail.id }} />
      </section>
    </>
  );
}
