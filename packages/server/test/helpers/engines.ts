import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { IN_MEMORY_PGLITE } from '../../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/types.ts';

export type EngineName = DatabaseHandle['engine'];

/**
 * The PostgreSQL server tests may use, from TEST_DATABASE_URL or DATABASE_URL; `null` runs
 * database tests on PGlite only.
 */
export const postgresServerUrl: string | null = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;

/** The engines every database test runs on in this process. */
export const testEngines: readonly EngineName[] = postgresServerUrl === null ? ['pglite'] : ['pglite', 'postgres'];

interface TestDatabase {
  handle: DatabaseHandle;
  dispose(): Promise<void>;
}

// One database per engine per test file: vitest evaluates this module afresh for each file,
// and starting PGlite costs seconds, so the file's blocks share it and clear tables instead.
const openDatabases = new Map<EngineName, Promise<TestDatabase>>();
let cleanupRegistered = false;

/**
 * Runs `body` once per engine: a fresh in-memory PGlite, and PostgreSQL when TEST_DATABASE_URL
 * or DATABASE_URL is set (a database created for this test file and dropped afterwards).
 * The database is migrated to latest and emptied before the block; call {@link clearTables}
 * in `beforeEach` when tests must not see each other's rows.
 * @example
 * describeEachEngine('health.status', (getDb) => {
 *   it('reports the engine', async () => { … getDb() … });
 * });
 */
export function describeEachEngine(
  title: string,
  body: (getDb: () => Kysely<Database>, engine: EngineName) => void,
): void {
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    afterAll(disposeTestDatabases);
  }
  for (const engine of testEngines) {
    describe(`${title} [${engine}]`, () => {
      let db: Kysely<Database> | undefined;
      beforeAll(async () => {
        db = (await acquireTestDatabase(engine)).handle.db;
        await clearTables(db);
      });
      body(() => {
        if (db === undefined)
          throw new Error(`The ${engine} test database is not open yet: call getDb() inside a test or hook`);
        return db;
      }, engine);
    });
  }
}

/** Opens (once per file) the migrated test database for one engine. */
export function acquireTestDatabase(engine: EngineName): Promise<TestDatabase> {
  let opening = openDatabases.get(engine);
  if (opening === undefined) {
    opening = engine === 'pglite' ? openPgliteTestDatabase() : openPostgresTestDatabase();
    openDatabases.set(engine, opening);
  }
  return opening;
}

async function disposeTestDatabases(): Promise<void> {
  const opened = [...openDatabases.values()];
  openDatabases.clear();
  await Promise.all(opened.map(async (opening) => (await opening).dispose()));
}

async function openPgliteTestDatabase(): Promise<TestDatabase> {
  // The migrated snapshot made by the global setup (pglite-template.ts), when this runs under it.
  const templatePath = inject('pgliteTemplatePath');
  const pgliteSnapshot = templatePath === undefined ? undefined : new Blob([await readFile(templatePath)]);
  const handle = await openDatabase({ databaseUrl: null, pgliteDataDir: IN_MEMORY_PGLITE, pgliteSnapshot });
  await migrateToLatest(handle.db);
  return { handle, dispose: () => handle.close() };
}

async function openPostgresTestDatabase(): Promise<TestDatabase> {
  if (postgresServerUrl === null) throw new Error('No PostgreSQL server: set TEST_DATABASE_URL or DATABASE_URL');
  const { url, drop } = await createScratchPostgresDatabase(postgresServerUrl);
  const handle = await openDatabase({ databaseUrl: url, pgliteDataDir: IN_MEMORY_PGLITE });
  await migrateToLatest(handle.db);
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await drop();
    },
  };
}

/**
 * Creates an empty, uniquely named database on the server of `serverUrl`.
 * @returns its URL and a function dropping it
 */
export async function createScratchPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mt_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await runOnServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => runOnServer(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}

async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Empties every application table (not Kysely's migration bookkeeping), restarting identities.
 * @param options.keep tables to leave untouched, e.g. reference data seeded by a migration
 */
export async function clearTables(db: Kysely<Database>, options: { keep?: readonly string[] } = {}): Promise<void> {
  const keep = new Set(options.keep ?? []);
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely\_%'
  `.execute(db);
  const tables = rows.map((row) => row.table_name).filter((table) => !keep.has(table));
  if (tables.length === 0) return;
  const list = sql.join(tables.map((table) => sql.table(table)));
  await sql`truncate table ${list} restart identity cascade`.execute(db);
}
