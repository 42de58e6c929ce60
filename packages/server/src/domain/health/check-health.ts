import { sql, type Kysely } from 'kysely';
import type { DatabaseHandle } from '../../db/database.ts';
import { currentMigrationVersion, latestMigrationVersion } from '../../db/migrate.ts';
import type { Database } from '../../db/types.ts';
import { databaseUnavailableReason } from '../../db/unavailable.ts';

/** What `/healthz` and `health.status` report. */
export interface HealthStatus {
  /** True when the database answered and its schema is at the latest migration. */
  ok: boolean;
  engine: DatabaseHandle['engine'];
  database: 'ok' | 'unavailable';
  /** Why the database check failed; `null` when it passed. */
  databaseError: string | null;
  /** Time for one query round trip, in milliseconds; `null` when the database did not answer. */
  roundTripMs: number | null;
  /** The newest applied migration, e.g. `2026-11-29-01-foundation`. */
  migrationVersion: string | null;
  /** The newest migration this build knows about. */
  latestMigrationVersion: string;
  uptimeSeconds: number;
  checkedAt: Date;
}

const HEALTH_TIMEOUT_MS = 3000;

/**
 * Checks that the database answers a query and reports the schema version. Never throws:
 * a failing database is reported as `database: 'unavailable'` with the reason.
 */
export async function checkHealth(db: Kysely<Database>, engine: DatabaseHandle['engine']): Promise<HealthStatus> {
  const started = performance.now();
  let databaseError: string | null = null;
  let roundTripMs: number | null = null;
  let migrationVersion: string | null = null;
  try {
    await withDeadline(sql`select 1`.execute(db), HEALTH_TIMEOUT_MS);
    roundTripMs = Math.round((performance.now() - started) * 10) / 10;
    migrationVersion = await withDeadline(currentMigrationVersion(db), HEALTH_TIMEOUT_MS);
  } catch (error) {
    // AggregateErrors (every address of a host refused) have an empty message of their own.
    databaseError =
      databaseUnavailableReason(error) || (error instanceof Error ? error.message || error.name : String(error));
  }
  const database = databaseError === null ? 'ok' : 'unavailable';
  return {
    ok: database === 'ok' && migrationVersion === latestMigrationVersion,
    engine,
    database,
    databaseError,
    roundTripMs,
    migrationVersion,
    latestMigrationVersion,
    uptimeSeconds: Math.round(process.uptime()),
    checkedAt: new Date(),
  };
}

async function withDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
