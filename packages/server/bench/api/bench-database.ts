import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/** The PostgreSQL database the API bench runs against (it never runs on PGlite: one connection). */
export function benchDatabaseUrl(): string {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    throw new Error(
      'Set BENCH_DATABASE_URL to a PostgreSQL database holding the corpus, e.g. postgres://postgres@127.0.0.1:5432/mandate_bench',
    );
  }
  return url;
}

/** Opens the bench database through the app's own pool settings, migrated to the latest version. */
export async function openBenchDatabase(options: { migrate: boolean }): Promise<DatabaseHandle> {
  const handle = await openDatabase({ databaseUrl: benchDatabaseUrl(), pgliteDataDir: 'memory://' });
  if (options.migrate) await migrateToLatest(handle.db);
  return handle;
}
