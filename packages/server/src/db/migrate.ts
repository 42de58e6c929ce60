import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import type { Database } from './types.ts';
import { migrationProvider, migrations } from './migrations/index.ts';

/** Thrown when a migration fails; the message names the migration and the database error. */
export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: migrationProvider });
}

/**
 * Brings the schema to the latest migration. Both engines run the same migrations.
 * @returns the names of the migrations applied by this call (empty when already up to date)
 * @throws MigrationError naming the failed migration
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  const applied = (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
  if (error !== undefined) {
    const failed = (results ?? []).find((result: MigrationResult) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    const where = failed ? `migration "${failed.migrationName}" failed` : 'migrations could not run';
    throw new MigrationError(`Database ${where}: ${reason}`, { cause: error });
  }
  return applied;
}

/** The most recently applied migration, or `null` for an empty database. */
export async function currentMigrationVersion(db: Kysely<Database>): Promise<string | null> {
  const applied = (await createMigrator(db).getMigrations()).filter((migration) => migration.executedAt !== undefined);
  return applied.at(-1)?.name ?? null;
}

/** The newest migration this build knows about. */
export const latestMigrationVersion: string = Object.keys(migrations).sort().at(-1) ?? '';
