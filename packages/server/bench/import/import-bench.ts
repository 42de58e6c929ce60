/**
 * Import into PostgreSQL at scale: synthetic corpora of several sizes are imported from empty
 * tables through the bulk path (importParsedBatch, `BENCH_BATCH_SIZE` documents per
 * transaction), timing parsing and database work apart, then the same rows are loaded again
 * with COPY as the baseline. Also records the size of the tables at each corpus size.
 */
import { loadavg } from 'node:os';
import type { BenchEntry } from '@mandate-tracker/shared/bench-results';
import { generateCorpus } from '@mandate-tracker/shared/synthetic';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/types.ts';
import { importParsedBatch, parseImportableText, type ParsedImport } from '../../src/domain/imports/index.ts';
import { IMPORT_TABLES, measureCopy } from './copy-baseline.ts';

const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 100);
const SEED = process.env.BENCH_SEED ?? 'mandate-tracker-bench';
const WRITER = { actor: 'system' as const, requestId: null };

export interface ImportMeasurement {
  documents: number;
  paragraphs: number;
  mandates: number;
  obligations: number;
  megabytes: number;
  /** Writing the synthetic texts: not part of the import, shown so nothing is hidden. */
  generateSeconds: number;
  parseSeconds: number;
  databaseSeconds: number;
  copySeconds: number;
  copyRows: number;
  /** pg_total_relation_size of the import tables (with indexes and TOAST), bytes. */
  databaseBytes: number;
  loadBefore: number;
  loadAfter: number;
}

async function emptyImportTables(db: Kysely<Database>): Promise<void> {
  await sql`truncate table ${sql.join(IMPORT_TABLES.map((table) => sql.table(table)))} restart identity cascade`.execute(
    db,
  );
}

async function tablesSize(db: Kysely<Database>): Promise<number> {
  const sizes = await Promise.all(
    IMPORT_TABLES.map(async (table) =>
      Number(
        (await sql<{ size: string }>`select pg_total_relation_size(${table}::regclass) as size`.execute(db)).rows[0]!
          .size,
      ),
    ),
  );
  return sizes.reduce((total, size) => total + size, 0);
}

/** Imports `documents` synthetic documents into emptied tables, then measures COPY of the same rows. */
export async function measureImport(
  db: Kysely<Database>,
  databaseUrl: string,
  documents: number,
): Promise<ImportMeasurement> {
  await emptyImportTables(db);
  await sql`checkpoint`.execute(db);
  const loadBefore = loadavg()[0]!;
  let generateSeconds = 0;
  let parseSeconds = 0;
  let databaseSeconds = 0;
  let bytes = 0;
  const totals = { paragraphs: 0, mandates: 0, obligations: 0 };
  const corpus = generateCorpus({ seed: SEED, documents });
  for (;;) {
    let started = performance.now();
    const texts: { text: string; symbol: string }[] = [];
    for (let next = corpus.next(); ; next = corpus.next()) {
      if (next.done) break;
      texts.push({ text: next.value.text, symbol: next.value.symbol });
      if (texts.length >= BATCH_SIZE) break;
    }
    if (texts.length === 0) break;
    generateSeconds += (performance.now() - started) / 1000;

    started = performance.now();
    const batch: ParsedImport[] = texts.map((input) => ({ input, parsed: parseImportableText(input.text) }));
    parseSeconds += (performance.now() - started) / 1000;

    started = performance.now();
    const reports = await importParsedBatch(db, batch, WRITER);
    databaseSeconds += (performance.now() - started) / 1000;
    for (const report of reports) {
      if (report.status !== 'created') throw new Error(`${report.symbol}: ${report.status}, expected created`);
      totals.paragraphs += report.counts.paragraphs;
      totals.mandates += report.counts.mandates;
      totals.obligations += report.counts.obligations;
    }
    for (const input of texts) bytes += Buffer.byteLength(input.text);
  }
  const loadAfter = loadavg()[0]!;
  const databaseBytes = await tablesSize(db);
  const copy = await measureCopy(db, databaseUrl);
  return {
    documents,
    ...totals,
    megabytes: bytes / 1024 / 1024,
    generateSeconds,
    parseSeconds,
    databaseSeconds,
    copySeconds: copy.seconds,
    copyRows: copy.rows,
    databaseBytes,
    loadBefore,
    loadAfter,
  };
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

/** Rows for bench-results.json: import rates beside COPY's, both with and without parsing. */
export function importEntries(m: ImportMeasurement): BenchEntry[] {
  const label = `import (${m.documents.toLocaleString('en')} documents)`;
  const totalSeconds = m.parseSeconds + m.databaseSeconds;
  return [
    {
      name: `${label}: documents/s, parse + database`,
      value: round(m.documents / totalSeconds),
      unit: 'documents/s',
      baseline: round(m.documents / m.copySeconds),
      ratio: round(m.copySeconds / totalSeconds, 3),
    },
    {
      name: `${label}: documents/s, database only`,
      value: round(m.documents / m.databaseSeconds),
      unit: 'documents/s',
      baseline: round(m.documents / m.copySeconds),
      ratio: round(m.copySeconds / m.databaseSeconds, 3),
    },
    {
      name: `${label}: paragraphs/s, parse + database`,
      value: round(m.paragraphs / totalSeconds),
      unit: 'paragraphs/s',
      baseline: round(m.paragraphs / m.copySeconds),
      ratio: round(m.copySeconds / totalSeconds, 3),
    },
    {
      name: `${label}: paragraphs/s, database only`,
      value: round(m.paragraphs / m.databaseSeconds),
      unit: 'paragraphs/s',
      baseline: round(m.paragraphs / m.copySeconds),
      ratio: round(m.copySeconds / m.databaseSeconds, 3),
    },
    {
      name: `${label}: total seconds (parse + database)`,
      value: round(totalSeconds),
      unit: 's',
      baseline: round(m.copySeconds),
      ratio: round(m.copySeconds / totalSeconds, 3),
    },
    { name: `${label}: parse seconds`, value: round(m.parseSeconds), unit: 's' },
    {
      name: `${label}: database seconds`,
      value: round(m.databaseSeconds),
      unit: 's',
      baseline: round(m.copySeconds),
      ratio: round(m.copySeconds / m.databaseSeconds, 3),
    },
    { name: `${label}: COPY seconds (same rows)`, value: round(m.copySeconds), unit: 's' },
    { name: `${label}: paragraphs`, value: m.paragraphs, unit: 'rows' },
    { name: `${label}: mandates`, value: m.mandates, unit: 'rows' },
    { name: `${label}: reporting obligations`, value: m.obligations, unit: 'rows' },
    { name: `${label}: text`, value: round(m.megabytes), unit: 'MB' },
    {
      name: `${label}: database size (tables, indexes, TOAST)`,
      value: round(m.databaseBytes / 1024 / 1024),
      unit: 'MB',
    },
    { name: `${label}: load average`, value: round((m.loadBefore + m.loadAfter) / 2), unit: 'load (1 min)' },
  ];
}

export function formatImportTable(measurements: readonly ImportMeasurement[]): string {
  const header = `${'documents'.padStart(9)} ${'paragraphs'.padStart(10)} ${'mandates'.padStart(8)} ${'MB text'.padStart(7)} ${'parse s'.padStart(8)} ${'db s'.padStart(8)} ${'total s'.padStart(8)} ${'docs/s'.padStart(7)} ${'paras/s'.padStart(8)} ${'COPY s'.padStart(7)} ${'COPY/imp'.padStart(8)} ${'COPY/db'.padStart(8)} ${'DB MB'.padStart(7)} ${'load'.padStart(11)}`;
  const lines = measurements.map((m) => {
    const total = m.parseSeconds + m.databaseSeconds;
    return `${String(m.documents).padStart(9)} ${String(m.paragraphs).padStart(10)} ${String(m.mandates).padStart(8)} ${m.megabytes.toFixed(1).padStart(7)} ${m.parseSeconds.toFixed(2).padStart(8)} ${m.databaseSeconds.toFixed(2).padStart(8)} ${total.toFixed(2).padStart(8)} ${(m.documents / total).toFixed(0).padStart(7)} ${(m.paragraphs / total).toFixed(0).padStart(8)} ${m.copySeconds.toFixed(2).padStart(7)} ${(m.copySeconds / total).toFixed(3).padStart(8)} ${(m.copySeconds / m.databaseSeconds).toFixed(3).padStart(8)} ${(m.databaseBytes / 1024 / 1024).toFixed(1).padStart(7)} ${`${m.loadBefore.toFixed(1)}-${m.loadAfter.toFixed(1)}`.padStart(11)}`;
  });
  return [header, ...lines].join('\n');
}

export { BATCH_SIZE, SEED };
