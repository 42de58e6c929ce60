import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { RELATION_LABELS } from './fact-text.ts';

const STATUS_LABELS: Readonly<Record<string, string>> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  upcoming: 'Upcoming',
  met: 'Met',
};

/**
 * When and where this mandate must report: each deadline with its session, the session's dates
 * and where they come from, and the documentation deadline the tracker plans with.
 */
export function ReportingObligations({ mandateId }: { mandateId: number }) {
  const trpc = useTRPC();
  const deadlines = useQuery(trpc.calendar.forMandate.queryOptions({ mandateId }));

  if (deadlines.isError) {
    return (
      <ServerErrorNotice
        error={deadlines.error}
        onRetry={() => void deadlines.refetch()}
        retrying={deadlines.isFetching}
      />
    );
  }
  if (!deadlines.data) {
    return (
      <p role="status" className="loading">
        Working out the deadlines…
      </p>
    );
  }
  if (deadlines.data.length === 0) {
    return (
      <p className="empty-state">
        No reporting deadline was found in this paragraph. If it does ask for a report, add the deadline with “Correct
        an extracted fact” above.
      </p>
    );
  }
  const leadWeeks = deadlines.data[0]?.leadWeeks;
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Reporting deadlines, scrollable">
        <table className="data-table" data-testid="obligations">
          <caption className="visually-hidden">Reporting deadlines of this mandate</caption>
          <thead>
            <tr>
              <th scope="col">Report to</th>
              <th scope="col">Due</th>
              <th scope="col">Session dates and source</th>
              <th scope="col">Documents due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.data.map((deadline) => (
              <tr key={`${deadline.obligationId}-${deadline.occurrence}`}>
                <th scope="row">
                  {RELATION_LABELS[deadline.relation]} {deadline.sessionName}
                  {deadline.recurrence !== null && <span className="muted"> ({deadline.recurrence})</span>}
                </th>
                <td>
                  {formatDate(deadline.dueDate)}
                  {deadline.projected && <span className="tag tag--projected">projected</span>}
                </td>
                <td>
                  {deadline.sessionStart !== null ? (
                    <>
                      {formatDate(deadline.sessionStart)}
                      {deadline.sessionEnd !== null && ` – ${formatDate(deadline.sessionEnd)}`}
                      {deadline.sessionPlace !== null && `, ${deadline.sessionPlace}`}
                      {deadline.projected && <span className="tag tag--projected">projected</span>}
                    </>
                  ) : (
                    <span className="muted">No session date</span>
                  )}
                  <div className="muted">Source: {deadline.sessionSource ?? 'not recorded'}</div>
                </td>
                <td>{formatDate(deadline.documentationDeadline)}</td>
                <td>{STATUS_LABELS[deadline.status] ?? deadline.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        “Documents due” is a planning assumption: {leadWeeks} weeks before the session, so that documents can be edited
        and translated. It is not a date set by the UN.
      </p>
    </>
  );
}
