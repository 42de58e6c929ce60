import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../trpc.ts';

/** What the server reports about itself and its database (`health.status`). */
export type SystemHealth = RouterOutputs['health']['status'];

/** Live server health; re-checked every 30 s while a screen that shows it is open. */
export function useSystemHealth() {
  const trpc = useTRPC();
  return useQuery(trpc.health.status.queryOptions(undefined, { refetchInterval: 30_000 }));
}

/** Human names of the database engines. */
export const ENGINE_LABELS: Readonly<Record<SystemHealth['engine'], string>> = {
  pglite: 'PGlite (embedded)',
  postgres: 'PostgreSQL',
};

type HealthVerdict = 'ready' | 'database-unavailable' | 'schema-behind';

/** The one-line verdict on a health report, used by the badge and the advice. */
export function healthVerdict(health: SystemHealth): HealthVerdict {
  if (health.database !== 'ok') return 'database-unavailable';
  if (health.migrationVersion !== health.latestMigrationVersion) return 'schema-behind';
  return 'ready';
}

const badgeText: Record<HealthVerdict, string> = {
  ready: 'Ready',
  'database-unavailable': 'Database unavailable',
  'schema-behind': 'Database schema out of date',
};

/** A coloured badge that also says its state in words. */
export function HealthBadge({ health }: { health: SystemHealth }) {
  const verdict = healthVerdict(health);
  return <span className={`badge ${verdict === 'ready' ? 'badge--ok' : 'badge--error'}`}>{badgeText[verdict]}</span>;
}

/** What to do when the server answers but is not ready; nothing when it is. */
export function HealthAdvice({ health }: { health: SystemHealth }) {
  const verdict = healthVerdict(health);
  if (verdict === 'ready') return null;
  return (
    <div role="alert" className="notice notice--warning">
      {verdict === 'database-unavailable' ? (
        <>
          <p className="notice__title">The server is running but its database does not answer.</p>
          <p className="notice__detail">
            {health.databaseError ? `${health.databaseError}. ` : ''}Check that the database is running and that
            DATABASE_URL points at it, then check again.
          </p>
        </>
      ) : (
        <>
          <p className="notice__title">The database schema is older than this version of the app.</p>
          <p className="notice__detail">
            Run <code>pnpm db:migrate</code> (or restart the server, which migrates on start), then check again.
          </p>
        </>
      )}
    </div>
  );
}
