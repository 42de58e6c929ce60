import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { Database } from '../../src/db/types.ts';

/**
 * A database handle whose server refuses connections (port 1), standing for a database that
 * went away after start. Costs nothing to create: nothing connects until a query runs.
 */
export function unreachableDatabase(): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/gone', connectionTimeoutMillis: 1000 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}
