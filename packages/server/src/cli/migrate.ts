/**
 * `pnpm db:migrate`: brings the configured database (DATABASE_URL or the embedded PGlite) to
 * the latest migration, then exits. Exits 1 with a one-line reason when anything fails.
 */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { currentMigrationVersion, migrateToLatest } from '../db/migrate.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const applied = await migrateToLatest(database.db);
    const version = await currentMigrationVersion(database.db);
    const summary = applied.length === 0 ? 'already up to date' : `applied ${applied.join(', ')}`;
    console.log(`${database.engine}: ${summary}; schema version ${version ?? 'none'}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
