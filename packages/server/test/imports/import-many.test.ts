import { generateCorpus } from '@mandate-tracker/shared/synthetic';
import { sql, type Kysely } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import type { Database } from '../../src/db/types.ts';
import { importDocument, importDocuments, type ImportDocumentInput } from '../../src/domain/imports/index.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { resetDatabase } from '../planning/reference-data.ts';
import { corpusText, rowCounts } from './corpus.ts';

const WRITER = { actor: 'cli' as const, requestId: null };
/** Columns that hold the time of the write, which differs between two runs. */
const CLOCK_COLUMNS = new Set(['created_at', 'updated_at', 'imported_at', 'at']);
/** Each test imports dozens of documents twice on a shared 2-core machine: far above vitest's default. */
const SLOW = { timeout: 300_000 };
const TABLES = ['document', 'resolution', 'paragraph', 'mandate', 'reporting_obligation', 'audit_log'] as const;

async function snapshot(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by id`.execute(db);
    tables[table] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([column]) => !CLOCK_COLUMNS.has(column))),
    );
  }
  return tables;
}

/**
 * The sample corpus (A/RES/65/232 links to a draft of A/65/457), synthetic documents, the same
 * text twice (unchanged) and a new version of a stored symbol (updated), in one list.
 */
function mixedInputs(): ImportDocumentInput[] {
  const synthetic = [...generateCorpus({ seed: 'import-many', documents: 16 })].map((document) => ({
    text: document.text,
    symbol: document.symbol,
  }));
  const revised = {
    text: synthetic[3]!.text.replace('The General Assembly,', 'The General Assembly,\nRecalling its earlier work,'),
    symbol: synthetic[3]!.symbol,
  };
  return [
    { text: corpusText('A-RES-65-232.txt') },
    ...synthetic.slice(0, 8),
    { text: corpusText('A-65-457.txt'), symbol: 'A/65/457' },
    synthetic[2]!,
    ...synthetic.slice(8),
    revised,
    { text: corpusText('A-RES-67-189.txt'), importedBy: 'someone@example.org' },
  ];
}

describeEachEngine('importDocuments', (getDb) => {
  beforeEach(() => resetDatabase(getDb()));

  it('writes exactly the rows that importing the documents one by one writes', SLOW, async () => {
    const inputs = mixedInputs();
    const oneByOne = [];
    for (const input of inputs) oneByOne.push(await importDocument(getDb(), input, WRITER));
    const expected = await snapshot(getDb());
    expect(expected.mandate!.length).toBeGreaterThan(100);
    expect(oneByOne.map((report) => report.status)).toContain('updated');
    expect(oneByOne.map((report) => report.status)).toContain('unchanged');

    await resetDatabase(getDb());
    const reports: string[] = [];
    const totals = await importDocuments(getDb(), inputs, {
      batchSize: 5,
      writer: WRITER,
      onImported: (report) => reports.push(`${report.status} ${report.documentId} ${JSON.stringify(report.counts)}`),
    });
    expect(await snapshot(getDb())).toEqual(expected);
    expect(reports).toEqual(
      oneByOne.map((report) => `${report.status} ${report.documentId} ${JSON.stringify(report.counts)}`),
    );
    expect(totals).toMatchObject({ documents: inputs.length, created: inputs.length - 2, updated: 1, unchanged: 1 });
  });

  it('splits a batch larger than the bind-parameter limit of one statement into several INSERTs', SLOW, async () => {
    // 80 documents of about 100 paragraphs: over 7,281 paragraph rows of 9 columns (65,535 parameters).
    const inputs = [...generateCorpus({ seed: 'wide', documents: 80 })].map((document) => ({
      text: document.text,
      symbol: document.symbol,
    }));
    const totals = await importDocuments(getDb(), inputs, { batchSize: 80, writer: WRITER });
    expect(totals.paragraphs).toBeGreaterThan(65_535 / 9);
    expect((await rowCounts(getDb())).paragraph).toBe(totals.paragraphs);
    expect((await rowCounts(getDb())).mandate).toBe(totals.mandates);
  });

  it('refuses a batch with a document that is not text, naming it, and writes none of that batch', async () => {
    const inputs = [...generateCorpus({ seed: 'bad', documents: 4 })].map((document) => ({
      text: document.text,
      symbol: document.symbol,
    }));
    const bad = { text: 'PDF\u0000binary', symbol: 'A/RES/1/1' };
    await expect(
      importDocuments(getDb(), [...inputs.slice(0, 3), bad, inputs[3]!], { batchSize: 2, writer: WRITER }),
    ).rejects.toThrow(/Document 4 \(A\/RES\/1\/1\): .*NUL/);
    // The first batch (documents 1 and 2) committed; document 3 shared its batch with the bad one.
    expect((await rowCounts(getDb())).document).toBe(2);
  });
});
