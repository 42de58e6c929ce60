/**
 * A quick stand-in corpus for developing the API bench before the synthetic generator's import
 * is available: imports the sample corpus once, then copies its documents (with resolutions,
 * paragraphs, mandates and reporting obligations) in SQL until the database holds about
 * `targetMandates` mandates. Copies get their own symbols and content hashes; ids are the
 * originals shifted by a multiple of the table's largest id, so references stay consistent.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mandate_bench_api_dev \
 *     npx tsx bench/api/dev-corpus.ts 100000
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/types.ts';
import { loadSample } from '../../src/domain/sample/index.ts';
import { openBenchDatabase } from './bench-database.ts';

/** The tables copied, children after parents, with the columns that reference copied rows. */
const COPIED: { table: string; references: Record<string, string> }[] = [
  { table: 'document', references: {} },
  { table: 'resolution', references: { document_id: 'document' } },
  { table: 'paragraph', references: { document_id: 'document', resolution_id: 'resolution' } },
  { table: 'mandate', references: { document_id: 'document', resolution_id: 'resolution', paragraph_id: 'paragraph' } },
  { table: 'reporting_obligation', references: { mandate_id: 'mandate' } },
];

async function columnsOf(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER'
    order by ordinal_position`.execute(db);
  return rows.map((row) => row.column_name);
}

export async function replicateSampleCorpus(db: Kysely<Database>, targetMandates: number): Promise<number> {
  await loadSample(db);
  const count = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from mandate`.execute(db)).rows[0]!.n);
  const original = await sql<{ max: number }>`select max(id) as max from document where symbol not like '%/copy-%'`.execute(db);
  const originalMax = original.rows[0]!.max;
  let mandates = await count();
  let copy = 1;
  while (mandates < targetMandates) {
    const existing = await sql<{ n: string }>`select count(*) as n from document where symbol like ${`%/copy-${copy}`}`.execute(db);
    if (Number(existing.rows[0]!.n) === 0) {
      await db.transaction().execute(async (trx) => {
        for (const { table, references } of COPIED) {
          // The shift of each table: copy k of row id i gets id i + k * span(table).
          const columns = await columnsOf(trx, table);
          const values = columns.map((column) => {
            if (column === 'id') return sql`id + ${copy} * ${sql.raw(String(spanOf(table)))}`;
            if (column in references) return sql`${sql.ref(column)} + ${copy} * ${sql.raw(String(spanOf(references[column]!)))}`;
            if (table === 'document' && column === 'symbol') return sql`symbol || ${`/copy-${copy}`}`;
            if (table === 'document' && column === 'content_hash') return sql`content_hash || ${`-copy-${copy}`}`;
            return sql.ref(column);
          });
          const source =
            table === 'document'
              ? sql`from document where id <= ${originalMax}`
              : table === 'reporting_obligation'
                ? sql`from reporting_obligation where mandate_id <= ${spanOf('mandate')}`
                : sql`from ${sql.table(table)} where document_id <= ${originalMax}`;
          await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
            overriding system value select ${sql.join(values)} ${source}`.execute(trx);
        }
      });
    }
    mandates = await count();
    copy += 1;
  }
  for (const { table } of COPIED) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(db);
  }
  return mandates;
}

/** Spans are fixed from the sample corpus's largest ids, rounded up, so copies never collide. */
const SPANS: Record<string, number> = {
  document: 10,
  resolution: 100,
  paragraph: 1000,
  mandate: 1000,
  reporting_obligation: 1000,
};
function spanOf(table: string): number {
  return SPANS[table]!;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = Number(process.argv[2] ?? 100_000);
  const handle = await openBenchDatabase({ migrate: true });
  try {
    const mandates = await replicateSampleCorpus(handle.db, target);
    await sql`analyze`.execute(handle.db);
    console.log(`${mandates} mandates`);
  } finally {
    await handle.close();
  }
}
