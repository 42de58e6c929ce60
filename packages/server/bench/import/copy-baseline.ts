/**
 * The baseline of the import bench: PostgreSQL's own bulk load, `COPY … FROM STDIN`, of exactly
 * the rows the import wrote, into the same tables with the same indexes. Runs through psql's
 * \copy (pg-copy-streams is not installed, and psql is on every machine with PostgreSQL).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/types.ts';

const run = promisify(execFile);

/** The tables an import writes, parents first. */
export const IMPORT_TABLES = [
  'document',
  'resolution',
  'paragraph',
  'mandate',
  'reporting_obligation',
  'audit_log',
] as const;

async function writableColumns(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER'
    order by ordinal_position`.execute(db);
  return rows.map((row) => `"${row.column_name}"`);
}

async function psql(databaseUrl: string, script: string, directory: string): Promise<void> {
  const file = path.join(directory, `script-${Date.now()}.sql`);
  await writeFile(file, script);
  // -1: one transaction, as the import's batches are; ON_ERROR_STOP so a failed COPY fails here.
  await run('psql', ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrl, '-f', file], { maxBuffer: 1 << 24 });
}

export interface CopyMeasurement {
  seconds: number;
  rows: number;
}

/**
 * Copies the import tables' rows out to files, empties the tables, and times loading the same
 * rows back with COPY in one transaction. Identity sequences are set past the loaded ids after
 * the timing, so the database is left as the import left it.
 */
export async function measureCopy(db: Kysely<Database>, databaseUrl: string): Promise<CopyMeasurement> {
  const directory = await mkdtemp(path.join(tmpdir(), 'mandate-bench-copy-'));
  try {
    const columns = new Map<string, string[]>();
    for (const table of IMPORT_TABLES) columns.set(table, await writableColumns(db, table));
    await psql(
      databaseUrl,
      IMPORT_TABLES.map(
        (table) =>
          `\\copy (select ${columns.get(table)!.join(', ')} from ${table} order by id) to '${path.join(directory, `${table}.copy`)}'`,
      ).join('\n'),
      directory,
    );
    const counts = await Promise.all(
      IMPORT_TABLES.map(async (table) =>
        Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n),
      ),
    );
    await sql`truncate table ${sql.join(IMPORT_TABLES.map((table) => sql.table(table)))} restart identity cascade`.execute(
      db,
    );
    const script = IMPORT_TABLES.map(
      (table) => `\\copy ${table} (${columns.get(table)!.join(', ')}) from '${path.join(directory, `${table}.copy`)}'`,
    ).join('\n');
    const started = performance.now();
    await psql(databaseUrl, script, directory);
    const seconds = (performance.now() - started) / 1000;
    for (const table of IMPORT_TABLES) {
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
        db,
      );
    }
    return { seconds, rows: counts.reduce((total, count) => total + count, 0) };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
