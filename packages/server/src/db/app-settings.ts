import type { Kysely } from 'kysely';
import type { Database } from './types.ts';

/**
 * Reads one application setting (e.g. whether the sample data was loaded).
 * @returns the stored JSON value, or `null` when the key was never written
 */
export async function readAppSetting(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', key).executeTakeFirst();
  return row === undefined ? null : row.value;
}

/** Writes one application setting, replacing any previous value. */
export async function writeAppSetting(db: Kysely<Database>, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('app_setting')
    .values({ key, value: json, updated_at: new Date() })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: json, updated_at: new Date() }))
    .execute();
}
