import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { currentMigrationVersion } from '../migrate.ts';
import type { Database } from '../types.ts';
import { listAppTables, type AppTable } from './app-tables.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupSection } from './backup-format.ts';

/** Rows fetched per round trip: fewer for tables of large rows (documents keep their full text). */
const FETCH_SIZES = [500, 50, 5, 1] as const;
type FetchSize = (typeof FETCH_SIZES)[number];
const FETCH_BYTES = 8 * 1024 * 1024;

/** FETCH takes its count as a constant, not a parameter, hence one statement per size. */
function fetchFromCursor(trx: Kysely<Database>, size: FetchSize) {
  const statement = {
    500: sql<{ row: string }>`fetch forward 500 from backup_rows`,
    50: sql<{ row: string }>`fetch forward 50 from backup_rows`,
    5: sql<{ row: string }>`fetch forward 5 from backup_rows`,
    1: sql<{ row: string }>`fetch forward 1 from backup_rows`,
  }[size];
  return statement.execute(trx);
}

/**
 * Writes a backup of every application table to `file` (see backup-format.ts), from one
 * consistent snapshot (a read-only repeatable-read transaction), streaming each table through
 * a cursor so no table is held in memory whole. The file appears only when complete: it is
 * written beside `file` under a temporary name and renamed at the end.
 * @returns the header written, with the row count of every table
 */
export async function writeBackup(
  db: Kysely<Database>,
  engine: BackupHeader['engine'],
  file: string,
): Promise<BackupHeader> {
  const partial = `${file}.partial-${process.pid}`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial));
  const write = async (text: string) => {
    if (!gzip.write(text)) await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    const header = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`set transaction read only`.execute(trx);
        return writeSnapshot(trx, engine, write);
      });
    gzip.end();
    await written;
    await rename(partial, file);
    return header;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

async function writeSnapshot(
  trx: Kysely<Database>,
  engine: BackupHeader['engine'],
  write: (text: string) => Promise<void>,
): Promise<BackupHeader> {
  const migrationVersion = await currentMigrationVersion(trx);
  if (migrationVersion === null) throw new Error('The database has no schema yet: there is nothing to back up.');
  const tables = await listAppTables(trx);
  const counts: { name: string; rows: number }[] = [];
  for (const table of tables) {
    const { rows } = await sql<{
      count: string | number;
    }>`select count(*) as count from ${sql.table(table.name)}`.execute(trx);
    counts.push({ name: table.name, rows: Number(rows[0]?.count ?? 0) });
  }
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    migrationVersion,
    createdAt: new Date().toISOString(),
    engine,
    tables: counts,
  };
  await write(`${JSON.stringify(header)}\n`);
  for (const [index, table] of tables.entries()) {
    const expected = counts[index]?.rows ?? 0;
    const section: BackupSection = { table: table.name, rows: expected };
    await write(`${JSON.stringify(section)}\n`);
    const streamed = await streamRows(trx, table, write);
    // Same snapshot, so the count cannot differ; if it does, the file would not restore.
    if (streamed !== expected) throw new Error(`${table.name}: counted ${expected} rows but read ${streamed}`);
  }
  return header;
}

/** The row as JSON text made by PostgreSQL itself, without computed columns. */
function rowJson(table: AppTable): RawBuilder<string> {
  let json: RawBuilder<unknown> = sql`to_jsonb(backed_up)`;
  for (const column of table.generatedColumns) json = sql`(${json} - ${column}::text)`;
  return sql<string>`${json}::text`;
}

async function streamRows(
  trx: Kysely<Database>,
  table: AppTable,
  write: (text: string) => Promise<void>,
): Promise<number> {
  const order = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
  const orderBy = sql.join(order.map((column) => sql.ref(`backed_up.${column}`)));
  await sql`
    declare backup_rows no scroll cursor for
    select ${rowJson(table)} as row from ${sql.table(table.name)} as backed_up order by ${orderBy}
  `.execute(trx);
  let total = 0;
  let fetchRows: FetchSize = 500;
  for (;;) {
    const { rows } = await fetchFromCursor(trx, fetchRows);
    if (rows.length === 0) break;
    let bytes = 0;
    const lines = rows.map(({ row }) => {
      bytes += row.length;
      return `${row}\n`;
    });
    await write(lines.join(''));
    total += rows.length;
    // Keep each round trip under about FETCH_BYTES whatever the row size.
    const fitting = (FETCH_BYTES / Math.max(bytes, 1)) * rows.length;
    fetchRows = FETCH_SIZES.find((size) => size <= fitting) ?? 1;
  }
  // A failure above leaves the cursor to the transaction's rollback, which closes it.
  await sql`close backup_rows`.execute(trx);
  return total;
}
