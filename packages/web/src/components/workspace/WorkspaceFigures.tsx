import { DELIVERABLE_STATUSES, MANDATE_STATUSES } from '@mandate-tracker/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDate } from '../../format.ts';
import { useTRPC, type RouterOutputs } from '../../trpc.ts';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { DELIVERABLE_STATUS_LABELS, MANDATE_STATUS_LABELS } from './labels.ts';

type Dashboard = RouterOutputs['stats']['dashboard'];

interface FigureProps {
  label: string;
  value: number;
  /** Where the figure's mandates are listed, if the table can show them. */
  to?: string;
  tone?: 'warning' | 'error';
  testId: string;
}

function Figure({ label, value, to, tone, testId }: FigureProps) {
  const number = (
    <span className="figure__value" data-testid={testId}>
      {value}
    </span>
  );
  return (
    <div className={`figure${tone ? ` figure--${tone}` : ''}`}>
      <dt className="figure__label">{label}</dt>
      <dd>{to ? <Link to={to}>{number}</Link> : number}</dd>
    </div>
  );
}

function Figures({ dashboard }: { dashboard: Dashboard }) {
  return (
    <>
      <dl className="figures" aria-label="Mandates">
        <Figure label="UNODC mandates" value={dashboard.mandateCount} testId="figure-mandates" />
        {MANDATE_STATUSES.map((status) => (
          <Figure
            key={status}
            label={MANDATE_STATUS_LABELS[status]}
            value={dashboard.mandatesByStatus[status]}
            to={`/?status=${status}`}
            testId={`figure-status-${status}`}
          />
        ))}
      </dl>
      <dl className="figures" aria-label="Deadlines and funding">
        <Figure label="Due in the next 90 days" value={dashboard.dueSoon} tone="warning" testId="figure-due-soon" />
        <Figure label="Overdue deadlines" value={dashboard.overdue} tone="error" testId="figure-overdue" />
        <Figure label="Deadlines met" value={dashboard.met} testId="figure-met" />
        <Figure label="Unfunded mandates" value={dashboard.unfunded} to="/?funded=false" testId="figure-unfunded" />
      </dl>
      <p className="muted figures__note">
        Counted on {formatDate(dashboard.today)} over mandates UNODC delivers. A deadline is met once a deliverable for
        it is submitted or delivered.
      </p>
    </>
  );
}

function UpcomingDeadlines({ dashboard }: { dashboard: Dashboard }) {
  if (dashboard.upcoming.length === 0) {
    return (
      <p className="empty-state">
        No reporting deadline ahead. Past deadlines that are not met yet are counted as overdue above; open the table
        sorted by due date to work through them.
      </p>
    );
  }
  return (
    <ol className="deadline-list">
      {dashboard.upcoming.slice(0, 6).map((entry) => (
        <li key={`${entry.obligationId}-${entry.occurrence}`}>
          <Link to={`/mandates/${entry.mandateId}`}>{entry.reference}</Link>
          <span>
            {entry.sessionName}, {formatDate(entry.dueDate)}
            {entry.projected && <span className="tag tag--projected">projected</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}

function DeliverablesByOwner({ dashboard }: { dashboard: Dashboard }) {
  if (dashboard.deliverablesByOwner.length === 0) {
    return <p className="empty-state">No deliverables planned yet. Open a mandate to add its first deliverable.</p>;
  }
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Deliverables by owner, scrollable">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">Deliverables by owner and status</caption>
        <thead>
          <tr>
            <th scope="col">Owner</th>
            {DELIVERABLE_STATUSES.map((status) => (
              <th scope="col" key={status} className="numeric">
                {DELIVERABLE_STATUS_LABELS[status]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dashboard.deliverablesByOwner.map((row) => (
            <tr key={row.owner ?? ''}>
              <th scope="row">{row.owner ?? 'No owner yet'}</th>
              {DELIVERABLE_STATUSES.map((status) => (
                <td key={status} className="numeric" data-testid={`owner-${row.owner ?? 'none'}-${status}`}>
                  {row.byStatus[status]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The planner's figures at a glance, the next deadlines and who owns which deliverables. */
export function WorkspaceFigures() {
  const trpc = useTRPC();
  const dashboard = useQuery(trpc.stats.dashboard.queryOptions({}));

  if (dashboard.isError) {
    return (
      <section className="card section" aria-labelledby="figures-heading">
        <h2 id="figures-heading">At a glance</h2>
        <ServerErrorNotice
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          retrying={dashboard.isFetching}
        />
      </section>
    );
  }
  if (!dashboard.data) {
    return (
      <section className="card section" aria-labelledby="figures-heading">
        <h2 id="figures-heading">At a glance</h2>
        <p role="status" className="loading">
          Counting mandates, deadlines and deliverables…
        </p>
      </section>
    );
  }
  return (
    <div className="workspace-overview section">
      <section className="card" aria-labelledby="figures-heading">
        <h2 id="figures-heading">At a glance</h2>
        <Figures dashboard={dashboard.data} />
      </section>
      <section className="card" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming deadlines</h2>
        <UpcomingDeadlines dashboard={dashboard.data} />
      </section>
      <section className="card" aria-labelledby="owners-heading">
        <h2 id="owners-heading">Deliverables by owner</h2>
        <DeliverablesByOwner dashboard={dashboard.data} />
      </section>
    </div>
  );
}
