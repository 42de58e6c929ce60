/**
 * The backup file: gzip-compressed NDJSON, engine-independent (a PGlite backup restores into
 * PostgreSQL and back).
 *
 * ```
 * {"format":"mandate-tracker-backup","formatVersion":1,"migrationVersion":"…","createdAt":"…","engine":"pglite","tables":[{"name":"app_setting","rows":1},…]}
 * {"table":"app_setting","rows":1}
 * {"key":"sample-loaded","value":{…},"updated_at":"2026-11-29T21:00:00.123456+00:00"}
 * {"table":"body","rows":8}
 * …
 * ```
 * Line 1 is the header; then, for every table in dependency order (parents first), a section
 * line and one line per row: the row as PostgreSQL's own `to_jsonb` writes it (exact numerics,
 * timestamps with microseconds and offset), without computed columns.
 */
export const BACKUP_FORMAT = 'mandate-tracker-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The newest migration applied to the database backed up; a restore needs the same. */
  migrationVersion: string;
  createdAt: string;
  engine: 'pglite' | 'postgres';
  /** Every table in the file, in file order, with its number of rows. */
  tables: { name: string; rows: number }[];
}

export interface BackupSection {
  table: string;
  rows: number;
}

/** Thrown for a file that is not a backup this build can restore; the message says why. */
export class BackupFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupFileError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Parses and checks line 1 of a backup file. */
export function parseBackupHeader(line: string | undefined): BackupHeader {
  const notBackup = 'it is not a mandate-tracker backup (made by `pnpm db:backup`)';
  if (line === undefined || line.trim() === '') throw new BackupFileError(`The file is empty: ${notBackup}.`);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new BackupFileError(`The first line is not JSON: ${notBackup}.`, { cause: error });
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT)
    throw new BackupFileError(`The header does not say so: ${notBackup}.`);
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(
      `The backup file format is version ${String(value.formatVersion)}; this build reads version ${BACKUP_FORMAT_VERSION}.`,
    );
  }
  const tables = value.tables;
  if (
    typeof value.migrationVersion !== 'string' ||
    typeof value.createdAt !== 'string' ||
    (value.engine !== 'pglite' && value.engine !== 'postgres') ||
    !Array.isArray(tables) ||
    !tables.every((table) => isRecord(table) && typeof table.name === 'string' && isCount(table.rows))
  ) {
    throw new BackupFileError(
      'The backup header is incomplete or damaged (migration version, date, engine or tables).',
    );
  }
  return value as unknown as BackupHeader;
}

/** Parses a section line (`{"table":"…","rows":N}`), or returns null for anything else. */
export function parseBackupSection(line: string): BackupSection | null {
  if (!line.startsWith('{"table":')) return null;
  try {
    const value: unknown = JSON.parse(line);
    if (isRecord(value) && typeof value.table === 'string' && isCount(value.rows) && Object.keys(value).length === 2) {
      return { table: value.table, rows: value.rows };
    }
  } catch {
    // Not a section line; the caller reports where the file went wrong.
  }
  return null;
}
