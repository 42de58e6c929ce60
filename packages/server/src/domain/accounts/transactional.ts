import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';

/** Runs `work` in the caller's transaction when there is one, otherwise in a new one. */
export function transactional<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute((trx: Transaction<Database>) => work(trx));
}
