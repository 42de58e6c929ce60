import { PROJECT_STATUSES, type ProjectStatus } from '@mandate-tracker/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PlannerOnly } from '../components/auth/PlannerOnly.tsx';
import { PROJECT_STATUS_LABELS } from '../components/projects/labels.ts';
import { ProjectForm } from '../components/projects/ProjectForm.tsx';
import { ProjectsTable } from '../components/projects/ProjectsTable.tsx';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { useTRPC } from '../trpc.ts';

function statusFromUrl(value: string | null): ProjectStatus | undefined {
  return PROJECT_STATUSES.find((status) => status === value);
}

/**
 * Projects: the UNODC projects mandates are delivered through, as a sortable table filtered by
 * text and status (both in the URL), and a form to add one.
 */
export function ProjectsPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const filterId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = searchParams.get('q') ?? '';
  const status = statusFromUrl(searchParams.get('status'));
  const [creating, setCreating] = useState(false);
  const projects = useQuery(trpc.projects.list.queryOptions(status === undefined ? {} : { status: [status] }));

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
      <title>Projects · mandate-tracker</title>
      <div className="page-heading">
        <h1>Projects</h1>
        <p className="page-heading__links">
          <Link to="/budget-lines">Budget lines</Link>
        </p>
      </div>
      <p className="page-intro">
        The projects that deliver mandates. Open a project to link mandates to it and to see its budget lines and
        contributions.
      </p>

      <PlannerOnly what="add projects">
        <section className="card" aria-labelledby="new-project-heading">
          <div className="card__header">
            <h2 id="new-project-heading">New project</h2>
            {!creating && (
              <button type="button" className="button" onClick={() => setCreating(true)}>
                Add a project
              </button>
            )}
          </div>
          {creating ? (
            <ProjectForm
              onSaved={(project) => void navigate(`/projects/${project.id}`)}
              onCancel={() => setCreating(false)}
            />
          ) : (
            <p className="muted">Add a project by its code (GLOU40) and title, then link mandates to it.</p>
          )}
        </section>
      </PlannerOnly>

      <section className="section" aria-labelledby="project-list-heading">
        <h2 id="project-list-heading">All projects</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor={`${filterId}-text`}>Filter by code, title or theme</label>
            <input
              id={`${filterId}-text`}
              type="search"
              value={filter}
              onChange={(event) => setParam('q', event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${filterId}-status`}>Status</label>
            <select
              id={`${filterId}-status`}
              value={status ?? ''}
              onChange={(event) => setParam('status', event.target.value)}
            >
              <option value="">Any status</option>
              {PROJECT_STATUSES.map((option) => (
                <option key={option} value={option}>
                  {PROJECT_STATUS_LABELS[option]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {projects.isPending && <p className="loading">Loading projects…</p>}
        {projects.isError && (
          <ServerErrorNotice
            error={projects.error}
            onRetry={() => void projects.refetch()}
            retrying={projects.isFetching}
          />
        )}
        {projects.data && projects.data.length === 0 && (
          <p className="notice">
            {status === undefined
              ? 'No project yet.'
              : `No ${PROJECT_STATUS_LABELS[status].toLowerCase()} project. Choose "Any status" to see the others.`}
          </p>
        )}
        {projects.data && projects.data.length > 0 && <ProjectsTable projects={projects.data} filter={filter} />}
      </section>
    </>
  );
}
