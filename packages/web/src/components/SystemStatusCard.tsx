import { Link } from 'react-router';
import { ServerErrorNotice } from './ServerErrorNotice.tsx';
import { ENGINE_LABELS, HealthAdvice, HealthBadge, useSystemHealth } from './system-health.tsx';

/** A compact live summary of the server and database, with a link to the full status page. */
export function SystemStatusCard() {
  const health = useSystemHealth();
  // A failed re-check hides the last report: stale "Ready" next to an error would mislead.
  const report = health.isError ? undefined : health.data;
  return (
    <section className="card" aria-labelledby="system-status-card-heading">
      <div className="card__header">
        <h2 id="system-status-card-heading">System status</h2>
        {report && <HealthBadge health={report} />}
      </div>
      {health.isError ? (
        <ServerErrorNotice error={health.error} onRetry={() => void health.refetch()} retrying={health.isFetching} />
      ) : report ? (
        <>
          <dl className="facts">
            <dt>Database engine</dt>
            <dd>{ENGINE_LABELS[report.engine]}</dd>
            <dt>Database</dt>
            <dd>{report.database === 'ok' ? 'Answering' : 'Not answering'}</dd>
            <dt>Schema version</dt>
            <dd>{report.migrationVersion ?? 'none applied'}</dd>
          </dl>
          <HealthAdvice health={report} />
          <p>
            <Link to="/status">System status details</Link>
          </p>
        </>
      ) : (
        <p role="status" className="loading">
          Checking the server…
        </p>
      )}
    </section>
  );
}
