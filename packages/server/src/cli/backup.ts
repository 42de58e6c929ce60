/**
 * `pnpm db:backup FILE` and `pnpm db:restore FILE [--force]`: a logical, engine-independent
 * backup of the configured database (DATABASE_URL or the embedded PGlite) as gzip'd NDJSON;
 * see db/backup/backup-format.ts. A backup from PGlite restores into PostgreSQL and back.
 * Restore migrates the database first, refuses a backup of another schema version, refuses a
 * database that holds data unless --force, and replaces everything in one transaction.
 * Exits 1 with a one-line reason when anything fails (nothing is changed then), 2 on bad usage.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { DatabaseConnectionError, openDatabase } from '../db/database.ts';
import {
  BackupFileError,
  restoreBackup,
  RestoreRefusedError,
  writeBackup,
  type BackupHeader,
} from '../db/backup/index.ts';
import { currentMigrationVersion, MigrationError, migrateToLatest } from '../db/migrate.ts';

const USAGE = 'usage: pnpm db:backup FILE   |   pnpm db:restore FILE [--force]';

function describeTables(header: BackupHeader): string {
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  return `${header.tables.length} tables, ${rows} rows, schema ${header.migrationVersion}`;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const force = rest.includes('--force');
  const files = rest.filter((arg) => !arg.startsWith('--'));
  const unknownFlags = rest.filter((arg) => arg.startsWith('--') && arg !== '--force');
  if ((command !== 'backup' && command !== 'restore') || files.length !== 1 || unknownFlags.length > 0) {
    console.error(USAGE);
    return 2;
  }
  if (command === 'backup' && force) {
    console.error(`--force is for restore only.\n${USAGE}`);
    return 2;
  }
  // Relative to where the command was typed (pnpm runs root scripts from the repository root).
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0] as string);
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const started = performance.now();
    if (command === 'backup') {
      if ((await currentMigrationVersion(database.db)) === null) {
        console.error(
          `db:backup: the ${database.engine} database has no schema yet (never started or migrated): nothing to back up.`,
        );
        return 1;
      }
      const header = await writeBackup(database.db, database.engine, file);
      console.log(
        `backed up ${database.engine} to ${file}: ${describeTables(header)} (${Math.round(performance.now() - started)} ms)`,
      );
    } else {
      await migrateToLatest(database.db);
      const header = await restoreBackup(database.db, file, { force });
      console.log(
        `restored ${file} (made ${header.createdAt} on ${header.engine}) into ${database.engine}: ${describeTables(header)} (${Math.round(performance.now() - started)} ms)`,
      );
    }
  } finally {
    await database.close();
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const expected = [BackupFileError, RestoreRefusedError, ConfigError, DatabaseConnectionError, MigrationError].some(
      (kind) => error instanceof kind,
    );
    const detail = error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error);
    console.error(
      `${process.argv[2] === 'restore' ? 'db:restore' : 'db:backup'} failed, nothing was changed: ${detail}`,
    );
    process.exitCode = 1;
  },
);
