import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { currentMigrationVersion } from '../migrate.ts';
import type { Database } from '../types.ts';
import { listAppTables, type AppTable } from './app-tables.ts';
import { BackupFileError, parseBackupHeader, parseBackupSection, type BackupHeader } from './backup-format.ts';

/** Rows and bytes per INSERT: large enough to be quick, small enough for one statement. */
const INSERT_ROWS = 500;
const INSERT_BYTES = 8 * 1024 * 1024;

/**
 * Reference tables a migration fills (bodies and their listed sessions): rows there do not make
 * a database "hold data" that a restore would destroy.
 */
const SEEDED_BY_MIGRATIONS = new Set(['body', 'session']);

/** Thrown when a restore would replace data and `force` was not given. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreOptions {
  /** Replace whatever the database holds; without it a database holding data is refused. */
  force?: boolean;
}

/**
 * Restores a backup made by `writeBackup` into `db`, replacing every application table, in one
 * transaction: either the whole backup is in place afterwards or nothing changed. Refuses
 * (before writing anything) a file that is not a backup, one from another migration version,
 * and, without `force`, a database that already holds data. Computed columns are recomputed
 * and identity sequences continue after the largest restored id.
 * @throws BackupFileError for a damaged, truncated or mismatched file (nothing changed)
 * @throws RestoreRefusedError when the database holds data and `force` is not set
 */
export async function restoreBackup(
  db: Kysely<Database>,
  file: string,
  options: RestoreOptions = {},
): Promise<BackupHeader> {
  const lines = new BackupLineReader(file);
  try {
    const header = parseBackupHeader(await lines.next());
    const schemaVersion = await currentMigrationVersion(db);
    if (schemaVersion !== header.migrationVersion) {
      throw new BackupFileError(
        `The backup was made at schema version ${header.migrationVersion}, but this database is at ${schemaVersion ?? 'no version (not migrated)'}. ` +
          'Restore it with the release that made it, or into a database migrated to the same version.',
      );
    }
    const tables = await listAppTables(db);
    checkSameTables(header, tables);
    if (options.force !== true) {
      const holding = await tablesHoldingData(db, tables);
      if (holding.length > 0) {
        throw new RestoreRefusedError(
          `The database already holds data (${holding.join(', ')}). A restore replaces everything in it: ` +
            'run it again with --force to do so, or restore into an empty database.',
        );
      }
    }
    const byName = new Map(tables.map((table) => [table.name, table]));
    await db.transaction().execute(async (trx) => {
      const list = sql.join(tables.map((table) => sql.table(table.name)));
      await sql`truncate table ${list} restart identity cascade`.execute(trx);
      for (const expected of header.tables) {
        await restoreTable(trx, byName.get(expected.name) as AppTable, expected.rows, lines);
      }
      const extra = await lines.next();
      if (extra !== undefined) {
        throw new BackupFileError(
          `Line ${lines.lineNumber}: unexpected data after the last table; the file is damaged.`,
        );
      }
      for (const table of tables) await restartSequences(trx, table);
    });
    return header;
  } finally {
    lines.close();
  }
}

function checkSameTables(header: BackupHeader, tables: AppTable[]): void {
  const inDatabase = new Set(tables.map((table) => table.name));
  const inFile = new Set(header.tables.map((table) => table.name));
  const missing = [...inDatabase].filter((name) => !inFile.has(name));
  const unknown = [...inFile].filter((name) => !inDatabase.has(name));
  if (missing.length > 0 || unknown.length > 0 || inFile.size !== header.tables.length) {
    throw new BackupFileError(
      `The backup's tables do not match this database's (${[
        missing.length > 0 ? `missing from the file: ${missing.join(', ')}` : '',
        unknown.length > 0 ? `unknown to the database: ${unknown.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')}); the file is damaged.`,
    );
  }
}

async function tablesHoldingData(db: Kysely<Database>, tables: AppTable[]): Promise<string[]> {
  const holding: string[] = [];
  for (const table of tables) {
    if (SEEDED_BY_MIGRATIONS.has(table.name)) continue;
    const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(table.name)} limit 1`.execute(db);
    if (rows.length > 0) holding.push(table.name);
  }
  return holding;
}

async function restoreTable(
  trx: Kysely<Database>,
  table: AppTable,
  expectedRows: number,
  lines: BackupLineReader,
): Promise<void> {
  const sectionLine = await lines.next();
  const section = sectionLine === undefined ? null : parseBackupSection(sectionLine);
  if (section === null || section.table !== table.name || section.rows !== expectedRows) {
    throw new BackupFileError(
      sectionLine === undefined
        ? `The file ends before table ${table.name}: it is truncated.`
        : `Line ${lines.lineNumber}: expected the start of table ${table.name} with ${expectedRows} rows; the file is damaged.`,
    );
  }
  let batch: string[] = [];
  let batchBytes = 0;
  let batchStart = lines.lineNumber + 1;
  const flush = async () => {
    if (batch.length === 0) return;
    await insertRows(trx, table, batch, batchStart, lines.lineNumber);
    batch = [];
    batchBytes = 0;
    batchStart = lines.lineNumber + 1;
  };
  for (let read = 0; read < expectedRows; read += 1) {
    const line = await lines.next();
    if (line === undefined) {
      throw new BackupFileError(
        `The file ends in table ${table.name} after ${read} of ${expectedRows} rows: it is truncated.`,
      );
    }
    checkRowLine(line, table, lines.lineNumber);
    batch.push(line);
    batchBytes += line.length;
    if (batch.length >= INSERT_ROWS || batchBytes >= INSERT_BYTES) await flush();
  }
  await flush();
}

function checkRowLine(line: string, table: AppTable, lineNumber: number): void {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    throw new BackupFileError(`Line ${lineNumber} (table ${table.name}) is not valid JSON; the file is damaged.`);
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new BackupFileError(`Line ${lineNumber} (table ${table.name}) is not a row; the file is damaged.`);
  }
}

/** Inserts rows given as JSON objects; PostgreSQL converts every value back to its column type. */
async function insertRows(
  trx: Kysely<Database>,
  table: AppTable,
  rows: string[],
  firstLine: number,
  lastLine: number,
): Promise<void> {
  const target = sql.table(table.name);
  const columns = sql.join(table.columns.map((column) => sql.ref(column)));
  const overriding = table.hasIdentityAlways ? sql`overriding system value` : sql``;
  try {
    await sql`
      insert into ${target} (${columns}) ${overriding}
      select ${columns} from jsonb_populate_recordset(null::${target}, ${`[${rows.join(',')}]`}::jsonb)
    `.execute(trx);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupFileError(
      `Table ${table.name}, lines ${firstLine}-${lastLine}: the rows could not be restored (${reason}).`,
      { cause: error },
    );
  }
}

/** Identity and serial columns continue after the largest restored value. */
async function restartSequences(trx: Kysely<Database>, table: AppTable): Promise<void> {
  for (const column of table.sequenceColumns) {
    await sql`
      select setval(
        pg_get_serial_sequence(${table.name}, ${column}),
        coalesce((select max(${sql.ref(column)}) from ${sql.table(table.name)}), 0) + 1,
        false
      )
    `.execute(trx);
  }
}

/**
 * Reads a gzip'd backup line by line without holding the file in memory; read and
 * decompression failures become BackupFileErrors that say the file is damaged.
 */
class BackupLineReader {
  lineNumber = 0;
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly source: ReturnType<typeof createReadStream>;
  private readonly decoder = new StringDecoder('utf8');
  private pending: string[] = [];
  private rest = '';
  private ended = false;

  constructor(file: string) {
    this.source = createReadStream(file);
    const gunzip = createGunzip();
    this.source.on('error', (error) => gunzip.destroy(error));
    this.source.pipe(gunzip);
    this.chunks = gunzip[Symbol.asyncIterator]();
  }

  /** The next line, or undefined at the end of the file. */
  async next(): Promise<string | undefined> {
    while (this.pending.length === 0 && !this.ended) await this.readChunk();
    const line = this.pending.shift();
    if (line !== undefined) this.lineNumber += 1;
    return line;
  }

  close(): void {
    this.source.destroy();
  }

  private async readChunk(): Promise<void> {
    let result: IteratorResult<Buffer>;
    try {
      result = await this.chunks.next();
    } catch (error) {
      throw new BackupFileError(`The file cannot be read as a backup: ${describeReadError(error)}.`, { cause: error });
    }
    if (result.done) {
      this.ended = true;
      const last = this.rest + this.decoder.end();
      this.rest = '';
      if (last !== '') this.pending.push(last);
      return;
    }
    const parts = (this.rest + this.decoder.write(result.value)).split('\n');
    this.rest = parts.pop() ?? '';
    this.pending.push(...parts);
  }
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'Z_DATA_ERROR') return 'it is not gzip-compressed or is damaged';
  if (code === 'Z_BUF_ERROR' || (error instanceof Error && /unexpected end of file/i.test(error.message))) {
    return 'the file is truncated (unexpected end of the compressed data)';
  }
  return error instanceof Error ? error.message : String(error);
}
