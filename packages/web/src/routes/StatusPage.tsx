import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { ENGINE_LABELS, HealthAdvice, HealthBadge, useSystemHealth } from '../components/system-health.tsx';
import { formatDateTime, formatDuration } from '../format.ts';

/** Live health of the server and its database, for whoever runs the app. */
export function StatusPage() {
  const health = useSystemHealth();
  const report = health.isError ? undefined : health.data;
  return (
    <>
      <title>System status · mandate-tracker</title>
      <h1>System status</h1>
      <p className="page-intro">
        Live from the server: whether it answers, which database it uses and whether the database schema is up to date.
        Checked again every 30 seconds while this page is open.
      </p>

      <section className="card section" aria-labelledby="server-database-heading">
        <div className="card__header">
          <h2 id="server-database-heading">Server and database</h2>
          {report && <HealthBadge health={report} />}
        </div>
        {health.isError ? (
          <ServerErrorNotice error={health.error} onRetry={() => void health.refetch()} retrying={health.isFetching} />
        ) : report ? (
          <>
            <dl className="facts">
              <dt>Server</dt>
              <dd>Answering, up for {formatDuration(report.uptimeSeconds)}</dd>
              <dt>Database engine</dt>
              <dd data-testid="engine" data-engine={report.engine}>
                {ENGINE_LABELS[report.engine]}
              </dd>
              <dt>Database</dt>
              <dd>
                {report.database === 'ok'
                  ? `OK, answered in ${report.roundTripMs ?? '?'} ms`
                  : `Not answering: ${report.databaseError ?? 'no reason given'}`}
              </dd>
              <dt>Schema version</dt>
              <dd>
                {report.migrationVersion ?? 'none applied'}
                {report.migrationVersion === report.latestMigrationVersion
                  ? ' (latest)'
                  : ` (this app needs ${report.latestMigrationVersion})`}
              </dd>
              <dt>Last checked</dt>
              <dd>{formatDateTime(report.checkedAt)}</dd>
            </dl>
            <HealthAdvice health={report} />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void health.refetch()}
              disabled={health.isFetching}
            >
              {health.isFetching ? 'Checking…' : 'Check again'}
            </button>
          </>
        ) : (
          <p role="status" className="loading">
            Checking the server…
          </p>
        )}
      </section>
    </>
  );
}
