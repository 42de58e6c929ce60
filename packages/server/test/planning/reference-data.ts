import type { Kysely } from 'kysely';
import { BODIES, SESSIONS } from '../../src/db/migrations/2026-11-29-03-planning.ts';
import type { Database } from '../../src/db/types.ts';
import { clearTables } from '../helpers/engines.ts';

/**
 * Empties every table, then restores the reference data the planning migration seeds (bodies
 * and listed sessions): `clearTables` truncates it along with everything else.
 */
export async function resetDatabase(db: Kysely<Database>): Promise<void> {
  await clearTables(db);
  await db
    .insertInto('body')
    .values(BODIES.map((body) => ({ ...body, session_kind: body.session_kind as 'ordinal' | 'year' })))
    .execute();
  await db
    .insertInto('session')
    .values(
      SESSIONS.map(([body, number, start, end, place, source]) => ({
        body,
        number,
        start_date: start,
        end_date: end,
        place,
        source,
        projected: false,
      })),
    )
    .execute();
}
