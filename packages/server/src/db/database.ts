import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './types.ts';
import { pgliteTypeParsers, postgresTypeParsers } from './type-parsers.ts';

/** An open database and the engine behind it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgres';
  /** Closes the pool or the embedded database; safe to call twice. */
  close(): Promise<void>;
}

/** Options for {@link openDatabase}; `databaseUrl: null` selects PGlite. */
export interface OpenDatabaseOptions {
  databaseUrl: string | null;
  /** A directory (created when missing) or `memory://`. */
  pgliteDataDir: string;
  /** How long the start-up connection check may take; default 5 s. */
  connectTimeoutMs?: number;
  /**
   * Start an in-memory PGlite from this dump of a data directory (`PGlite.dumpDataDir()`)
   * instead of running initdb; tests use a migrated snapshot to start in a fraction of the time.
   */
  pgliteSnapshot?: Blob;
}

/** Thrown when the database cannot be reached at start; the message names it without secrets. */
export class DatabaseConnectionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseConnectionError';
  }
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

/**
 * Describes a PostgreSQL URL for people: database, host, port and user, never the password.
 * @example describePostgresUrl('postgres://nobody:secret@127.0.0.1:1/x') // 'database "x" on 127.0.0.1:1 as user "nobody"'
 */
export function describePostgresUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default)';
  const user = url.username ? ` as user "${decodeURIComponent(url.username)}"` : '';
  return `PostgreSQL database "${database}" on ${url.hostname}:${url.port || '5432'}${user}`;
}

/**
 * Opens the application database: PostgreSQL through `pg` when `databaseUrl` is set, otherwise
 * the embedded PGlite in `pgliteDataDir`. Checks the connection before returning, so a wrong
 * URL fails at start within the timeout instead of at the first request.
 * @throws DatabaseConnectionError naming the database (host, port, name, user; no password)
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const timeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  return options.databaseUrl === null
    ? openPglite(options.pgliteDataDir, timeoutMs, options.pgliteSnapshot)
    : openPostgres(options.databaseUrl, timeoutMs);
}

async function openPostgres(databaseUrl: string, timeoutMs: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeoutMs,
    types: postgresTypeParsers,
    max: 10,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  // Nor may a checked-out one: pg emits 'error' on a client whose connection dies mid-query,
  // and the pool listens only to idle clients. The query itself already fails with that error
  // (answered 503), and the pool drops the broken client when it is released.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const handle = { db, engine: 'postgres' as const, close: closeOnce(() => db.destroy()) };
  try {
    await withTimeout(sql`select 1`.execute(db), timeoutMs);
  } catch (error) {
    await handle.close().catch(() => {});
    throw new DatabaseConnectionError(
      `Cannot connect to ${describePostgresUrl(databaseUrl)}: ${reasonOf(error)}. Check DATABASE_URL, or unset it to use the embedded PGlite database.`,
      { cause: error },
    );
  }
  return handle;
}

async function openPglite(dataDir: string, timeoutMs: number, snapshot: Blob | undefined): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith('memory://');
  const where = inMemory ? 'in memory' : `at ${dataDir}`;
  // Imported on demand: a PostgreSQL deployment never loads the embedded engine.
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('kysely-pglite-dialect'),
  ]);
  let pglite: PGlite;
  try {
    if (!inMemory) mkdirSync(dataDir, { recursive: true });
    pglite =
      snapshot === undefined
        ? await PGlite.create(dataDir, { parsers: pgliteTypeParsers })
        : await PGlite.create(dataDir, { parsers: pgliteTypeParsers, loadDataDir: snapshot });
  } catch (error) {
    throw new DatabaseConnectionError(
      `Cannot open the embedded PGlite database ${where}: ${reasonOf(error)}. Check PGLITE_DATA_DIR.`,
      { cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const handle = { db, engine: 'pglite' as const, close: closeOnce(() => db.destroy()) };
  try {
    await withTimeout(sql`select 1`.execute(db), timeoutMs);
  } catch (error) {
    await handle.close().catch(() => {});
    throw new DatabaseConnectionError(`The embedded PGlite database ${where} does not answer: ${reasonOf(error)}`, {
      cause: error,
    });
  }
  return handle;
}

function closeOnce(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
