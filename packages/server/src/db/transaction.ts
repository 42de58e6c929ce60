import type { Kysely } from 'kysely';
import type { Database } from './types.ts';

/**
 * Runs `work` in the caller's transaction when `db` is one, else in a new one, so a domain write
 * and its audit entry commit or roll back together wherever the write is called from.
 */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
