import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026-11-29-01-foundation.ts';
import * as documents from './2026-11-29-02-documents.ts';
import * as planning from './2026-11-29-03-planning.ts';
import * as accounts from './2026-11-29-04-accounts.ts';
import * as audit from './2026-11-29-05-audit.ts';
import * as scale from './2026-11-29-06-scale.ts';

/**
 * Every migration, registered statically so the bundler includes them and vitest can load
 * them (Kysely's FileMigrationProvider imports from inside node_modules, which fails on `.ts`).
 * Keys are the file names without extension; Kysely runs them in key order, so keep the
 * `YYYY-MM-DD-NN-name` prefix.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-29-01-foundation': foundation,
  '2026-11-29-02-documents': documents,
  '2026-11-29-03-planning': planning,
  '2026-11-29-04-accounts': accounts,
  '2026-11-29-05-audit': audit,
  '2026-11-29-06-scale': scale,
};

/** The provider handed to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
