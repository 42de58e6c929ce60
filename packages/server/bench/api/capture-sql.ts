import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Database } from '../../src/db/types.ts';
import type { Endpoint } from './endpoints.ts';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * Runs the endpoint's domain call once per input on a Kysely that records every statement it
 * sends (its log hook), so the bench can time "its own SQL" and print its plans.
 */
export async function captureSql(endpoint: Endpoint, pool: pg.Pool): Promise<CapturedQuery[][]> {
  const captured: CapturedQuery[][] = [];
  let current: CapturedQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') current.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  for (const input of endpoint.inputs) {
    current = [];
    await endpoint.call(db, input);
    captured.push(current);
  }
  return captured;
}
