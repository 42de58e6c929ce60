import { useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { useTRPC, type RouterOutputs } from '../../trpc.ts';
import { PlannerOnly } from '../auth/PlannerOnly.tsx';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { useRefreshMandate } from './mandate-queries.ts';

type MandateDetail = RouterOutputs['mandates']['get'];

const money = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function Suggestions({ mandate }: { mandate: MandateDetail }) {
  const trpc = useTRPC();
  const refresh = useRefreshMandate();
  const accept = useMutation(trpc.mandates.acceptSuggestion.mutationOptions({ onSuccess: refresh }));
  const dismiss = useMutation(trpc.mandates.dismissSuggestion.mutationOptions({ onSuccess: refresh }));
  const failed = accept.error ?? dismiss.error;
  return (
    <>
      <h3>Suggested projects</h3>
      {mandate.suggestions.length === 0 ? (
        <p className="empty-state">No suggestion: no project's programme or theme matches this mandate.</p>
      ) : (
        <ul className="item-list" aria-label="Suggested projects">
          {mandate.suggestions.map((suggestion) => (
            <li key={suggestion.projectId}>
              <strong>{suggestion.code}</strong> {suggestion.title}
              <div className="muted">Matched on “{suggestion.matched}”</div>
              <div className="item-actions">
                <button
                  type="button"
                  className="button button--small"
                  disabled={accept.isPending || dismiss.isPending}
                  onClick={() => accept.mutate({ mandateId: mandate.id, projectId: suggestion.projectId })}
                >
                  Link {suggestion.code}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={accept.isPending || dismiss.isPending}
                  onClick={() => dismiss.mutate({ mandateId: mandate.id, projectId: suggestion.projectId })}
                >
                  Dismiss {suggestion.code}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {failed && (
        <p role="alert" className="notice notice--error">
          That did not work: {failed.message}
        </p>
      )}
    </>
  );
}

function LinkSearch({ mandate }: { mandate: MandateDetail }) {
  const trpc = useTRPC();
  const refresh = useRefreshMandate();
  const id = useId();
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const projects = useQuery({ ...trpc.projects.list.queryOptions({ q: query }), enabled: query.length > 0 });
  const lines = useQuery({ ...trpc.budgetLines.list.queryOptions({}), enabled: query.length > 0 });
  const linkProject = useMutation(trpc.projects.linkMandate.mutationOptions({ onSuccess: refresh }));
  const linkLine = useMutation(trpc.budgetLines.linkMandate.mutationOptions({ onSuccess: refresh }));

  const linkedProjects = new Set(mandate.projects.map((project) => project.id));
  const linkedLines = new Set(mandate.budgetLines.map((line) => line.id));
  const lowered = query.toLowerCase();
  const projectHits = (projects.data ?? []).filter((project) => !linkedProjects.has(project.id)).slice(0, 8);
  const lineHits = (lines.data ?? [])
    .filter((line) => !linkedLines.has(line.id))
    .filter((line) => `${line.title} ${line.fund} ${line.projectCode ?? ''}`.toLowerCase().includes(lowered))
    .slice(0, 8);
  const failed = projects.error ?? lines.error;
  const linkFailed = linkProject.error ?? linkLine.error;

  return (
    <div className="link-search">
      <h3>Link a project or budget line</h3>
      <div className="field">
        <label htmlFor={id}>Search projects and budget lines</label>
        <input
          id={id}
          type="search"
          value={text}
          placeholder="Code, title or theme"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div aria-live="polite">
        {query.length === 0 ? null : failed ? (
          <ServerErrorNotice
            error={failed}
            onRetry={() => void Promise.all([projects.refetch(), lines.refetch()])}
            retrying={projects.isFetching || lines.isFetching}
          />
        ) : projects.isPending || lines.isPending ? (
          <p className="loading">Searching…</p>
        ) : projectHits.length + lineHits.length === 0 ? (
          <p className="empty-state">
            Nothing unlinked matches “{query}”. Try a project code such as GLOU40, or create the project on the Projects
            screen.
          </p>
        ) : (
          <ul className="item-list" aria-label="Search results">
            {projectHits.map((project) => (
              <li key={`project-${project.id}`}>
                Project <strong>{project.code}</strong> {project.title}
                <div className="item-actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={linkProject.isPending}
                    onClick={() => linkProject.mutate({ mandateId: mandate.id, projectId: project.id })}
                  >
                    Link project {project.code}
                  </button>
                </div>
              </li>
            ))}
            {lineHits.map((line) => (
              <li key={`line-${line.id}`}>
                Budget line <strong>{line.title}</strong>{' '}
                <span className="muted">
                  {line.fund}, {line.period}, {line.currency} {money.format(line.amount)}
                </span>
                <div className="item-actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={linkLine.isPending}
                    onClick={() => linkLine.mutate({ mandateId: mandate.id, budgetLineId: line.id })}
                  >
                    Link budget line “{line.title}”
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        {linkFailed && (
          <p role="alert" className="notice notice--error">
            Not linked: {linkFailed.message}
          </p>
        )}
      </div>
    </div>
  );
}

/** Projects and budget lines that carry this mandate: linked ones, a search to link more, and suggestions. */
export function LinksPanel({ mandate }: { mandate: MandateDetail }) {
  const trpc = useTRPC();
  const refresh = useRefreshMandate();
  const unlinkProject = useMutation(trpc.projects.unlinkMandate.mutationOptions({ onSuccess: refresh }));
  const unlinkLine = useMutation(trpc.budgetLines.unlinkMandate.mutationOptions({ onSuccess: refresh }));
  return (
    <div className="stack">
      <h3>Linked</h3>
      {mandate.projects.length + mandate.budgetLines.length === 0 ? (
        <p className="empty-state">No project or budget line is linked to this mandate yet.</p>
      ) : (
        <ul className="item-list" aria-label="Linked projects and budget lines">
          {mandate.projects.map((project) => (
            <li key={`project-${project.id}`}>
              Project <strong>{project.code}</strong> {project.title}
              <PlannerOnly quiet>
                <div className="item-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={unlinkProject.isPending}
                    onClick={() => unlinkProject.mutate({ mandateId: mandate.id, projectId: project.id })}
                  >
                    Unlink project {project.code}
                  </button>
                </div>
              </PlannerOnly>
            </li>
          ))}
          {mandate.budgetLines.map((line) => (
            <li key={`line-${line.id}`}>
              Budget line <strong>{line.title}</strong>{' '}
              <span className="muted">
                {line.fund}, {line.currency} {money.format(line.amount)}
              </span>
              <PlannerOnly quiet>
                <div className="item-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={unlinkLine.isPending}
                    onClick={() => unlinkLine.mutate({ mandateId: mandate.id, budgetLineId: line.id })}
                  >
                    Unlink budget line “{line.title}”
                  </button>
                </div>
              </PlannerOnly>
            </li>
          ))}
        </ul>
      )}
      {/* Suggestions are a planner's to-do list: only those who can act on them see them. */}
      <PlannerOnly what="link projects and budget lines">
        <Suggestions mandate={mandate} />
        <LinkSearch mandate={mandate} />
      </PlannerOnly>
    </div>
  );
}
