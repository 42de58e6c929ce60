import type { ImportReport, ParseResult } from '@mandate-tracker/shared';
import type { Insertable, Kysely } from 'kysely';
import type { MandateTable, ReportingObligationTable } from '../../db/tables/documents.ts';
import type { Database } from '../../db/types.ts';
import { actorLabel, recordAudits, SYSTEM_WRITE, type AuditRecord, type WriteContext } from '../audit/index.ts';
import { createDueDateResolver } from '../deadlines/due-date.ts';
import { contentHash } from './content-hash.ts';
import { documentColumns, importDocument, type ImportDocumentInput } from './import-document.ts';
import { linkAdoptedResolutions } from './link-adopted.ts';
import {
  mandateRowOf,
  obligationRowsOf,
  paragraphRowsOf,
  placeMandates,
  resolutionRowsOf,
  storedParagraphsOf,
  type PlacedMandate,
} from './store-structure.ts';
import { parseImportableText } from './validate.ts';

/** PostgreSQL binds at most 65,535 parameters per statement; chunks stay below this. */
const MAX_PARAMETERS = 60_000;
/** Documents per transaction when the caller does not say. */
export const DEFAULT_BATCH_SIZE = 100;

/** A document and its parse, ready for {@link importParsedBatch}. */
export interface ParsedImport {
  input: ImportDocumentInput;
  parsed: ParseResult;
}

export interface ImportManyOptions {
  /** Documents per transaction (default 100). */
  batchSize?: number;
  writer?: WriteContext;
  /** Called once per document, in input order, after its batch has committed. */
  onImported?: (report: ImportReport, input: ImportDocumentInput) => void;
}

export interface ImportTotals {
  documents: number;
  created: number;
  updated: number;
  unchanged: number;
  resolutions: number;
  paragraphs: number;
  mandates: number;
  obligations: number;
}

/**
 * Imports many documents, `batchSize` per transaction, with multi-row INSERTs across the
 * documents of a batch: the rows are the same as `importDocument` one after another would write
 * (ids, audit entries and `imported_by` included). New documents take the bulk path; a text
 * already stored, or a new version of a stored symbol, goes through `importDocument` inside the
 * batch's transaction, in its place in the order.
 * A document that fails to parse stops the import before its batch is written; batches before
 * it stay committed.
 * @throws AppError INVALID_DOCUMENT naming the document's position and symbol
 */
export async function importDocuments(
  db: Kysely<Database>,
  inputs: Iterable<ImportDocumentInput> | AsyncIterable<ImportDocumentInput>,
  options: ImportManyOptions = {},
): Promise<ImportTotals> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const totals: ImportTotals = {
    documents: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    resolutions: 0,
    paragraphs: 0,
    mandates: 0,
    obligations: 0,
  };
  let batch: ParsedImport[] = [];
  const flush = async () => {
    const reports = await importParsedBatch(db, batch, options.writer);
    reports.forEach((report, index) => {
      totals.documents += 1;
      totals[report.status] += 1;
      totals.resolutions += report.counts.resolutions;
      totals.paragraphs += report.counts.paragraphs;
      totals.mandates += report.counts.mandates;
      totals.obligations += report.counts.obligations;
      options.onImported?.(report, batch[index]!.input);
    });
    batch = [];
  };
  let position = 0;
  for await (const input of inputs) {
    position += 1;
    try {
      batch.push({ input, parsed: parseImportableText(input.text) });
    } catch (error) {
      if (error instanceof Error)
        error.message = `Document ${position}${input.symbol ? ` (${input.symbol})` : ''}: ${error.message}`;
      throw error;
    }
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return totals;
}

/**
 * Stores already parsed documents in one transaction (the caller's when `db` is one) and
 * returns one report per document, in order. Split out so a benchmark can time parsing and
 * database work apart.
 */
export async function importParsedBatch(
  db: Kysely<Database>,
  batch: readonly ParsedImport[],
  writer: WriteContext = SYSTEM_WRITE,
): Promise<ImportReport[]> {
  const run = (trx: Kysely<Database>) => storeBatch(trx, batch, writer);
  if (db.isTransaction) return run(db);
  try {
    return await db.transaction().execute(run);
  } catch (error) {
    // Another importer stored one of these texts or symbols meanwhile: the retry sees it.
    if ((error as { code?: unknown } | null)?.code !== '23505') throw error;
    return db.transaction().execute(run);
  }
}

interface NewDocument extends ParsedImport {
  /** Position in the batch, for the report. */
  index: number;
  hash: string;
  symbol: string | null;
}

async function storeBatch(
  trx: Kysely<Database>,
  batch: readonly ParsedImport[],
  writer: WriteContext,
): Promise<ImportReport[]> {
  const hashes = batch.map(({ input }) => contentHash(input.text));
  const symbols = batch.map(
    ({ input, parsed }) => input.symbol?.trim() || parsed.document.symbol || input.fallbackSymbol?.trim() || null,
  );
  const storedHashes = new Set<string>();
  const storedSymbols = new Set<string>();
  if (batch.length > 0) {
    for (const row of await trx
      .selectFrom('document')
      .select('content_hash')
      .where('content_hash', 'in', hashes)
      .execute())
      storedHashes.add(row.content_hash);
    const named = symbols.filter((symbol): symbol is string => symbol !== null);
    if (named.length > 0) {
      for (const row of await trx.selectFrom('document').select('symbol').where('symbol', 'in', named).execute())
        if (row.symbol !== null) storedSymbols.add(row.symbol);
    }
  }

  const reports: ImportReport[] = new Array(batch.length);
  let pending: NewDocument[] = [];
  const flushNew = async () => {
    for (const [index, report] of await insertNewDocuments(trx, pending, writer)) reports[index] = report;
    pending = [];
  };
  for (let index = 0; index < batch.length; index++) {
    const hash = hashes[index]!;
    const symbol = symbols[index]!;
    // A text or symbol seen before (stored, or earlier in this batch) is unchanged or updated:
    // importDocument decides, after the new documents before it are written.
    if (storedHashes.has(hash) || (symbol !== null && storedSymbols.has(symbol))) {
      await flushNew();
      reports[index] = await importDocument(trx, batch[index]!.input, writer);
    } else {
      pending.push({ ...batch[index]!, index, hash, symbol });
    }
    storedHashes.add(hash);
    if (symbol !== null) storedSymbols.add(symbol);
  }
  await flushNew();
  return reports;
}

/** Rows per INSERT for rows of `columns` columns. */
function rowsPerStatement(columns: number): number {
  return Math.max(1, Math.floor(MAX_PARAMETERS / columns));
}

async function insertInChunks<Row extends object, Result>(
  rows: readonly Row[],
  insert: (chunk: Row[]) => Promise<Result[]>,
): Promise<Result[]> {
  if (rows.length === 0) return [];
  const size = rowsPerStatement(Object.keys(rows[0]!).length);
  const results: Result[] = [];
  for (let start = 0; start < rows.length; start += size)
    results.push(...(await insert(rows.slice(start, start + size))));
  return results;
}

/**
 * Writes new documents with one multi-row INSERT per table (chunked under the parameter limit):
 * documents, resolutions, paragraphs, mandates, reporting obligations; then links drafts to
 * adopted resolutions and records one audit entry per document, as `importDocument` does.
 */
async function insertNewDocuments(
  trx: Kysely<Database>,
  documents: readonly NewDocument[],
  writer: WriteContext,
): Promise<Map<number, ImportReport>> {
  const reports = new Map<number, ImportReport>();
  if (documents.length === 0) return reports;

  const documentRows = documents.map(({ parsed, input, hash, symbol }) =>
    documentColumns(parsed, input.text, hash, symbol, input.importedBy ?? actorLabel(writer.actor)),
  );
  const insertedDocuments = await insertInChunks(documentRows, (chunk) =>
    trx.insertInto('document').values(chunk).returning(['id', 'content_hash']).execute(),
  );
  const documentIdOf = new Map(insertedDocuments.map((row) => [row.content_hash, row.id]));
  const documentIds = documents.map(({ hash }) => documentIdOf.get(hash)!);

  const insertedResolutions = await insertInChunks(
    documents.flatMap(({ parsed }, index) => resolutionRowsOf(documentIds[index]!, parsed)),
    (chunk) => trx.insertInto('resolution').values(chunk).returning(['id', 'document_id', 'position']).execute(),
  );
  const resolutionIdOf = new Map(insertedResolutions.map((row) => [`${row.document_id}:${row.position}`, row.id]));
  const resolutionIds = documents.map(({ parsed }, index) =>
    parsed.resolutions.map((_, position) => resolutionIdOf.get(`${documentIds[index]!}:${position}`)!),
  );

  const pendingParagraphs = documents.map(({ parsed }, index) =>
    paragraphRowsOf(documentIds[index]!, parsed, resolutionIds[index]!),
  );
  const insertedParagraphs = await insertInChunks(
    pendingParagraphs.flat().map((item) => item.row),
    (chunk) => trx.insertInto('paragraph').values(chunk).returning(['id', 'resolution_id', 'position']).execute(),
  );

  const placedByDocument: PlacedMandate[][] = [];
  const warnings = documents.map(() => [] as ImportReport['warnings']);
  documents.forEach(({ parsed }, index) => {
    const paragraphs = storedParagraphsOf(parsed, pendingParagraphs[index]!, insertedParagraphs);
    placedByDocument.push(placeMandates(parsed, paragraphs, resolutionIds[index]!, warnings[index]!));
  });
  const mandateRows: Insertable<MandateTable>[] = placedByDocument.flatMap((placed, index) =>
    placed.map((item) => mandateRowOf(documentIds[index]!, item)),
  );
  const insertedMandates = await insertInChunks(mandateRows, (chunk) =>
    trx.insertInto('mandate').values(chunk).returning(['id', 'paragraph_id', 'clause_index']).execute(),
  );
  const mandateIdOf = new Map(insertedMandates.map((row) => [`${row.paragraph_id}:${row.clause_index}`, row.id]));

  const resolveDue = await createDueDateResolver(trx);
  const obligationCounts: number[] = [];
  const obligationRows: Insertable<ReportingObligationTable>[] = [];
  for (const placed of placedByDocument) {
    let count = 0;
    for (const item of placed) {
      const rows = obligationRowsOf(item, mandateIdOf.get(`${item.paragraph.id}:${item.clauseIndex}`)!, resolveDue);
      obligationRows.push(...rows);
      count += rows.length;
    }
    obligationCounts.push(count);
  }
  await insertInChunks(obligationRows, async (chunk) => {
    await trx.insertInto('reporting_obligation').values(chunk).execute();
    return [];
  });

  await linkAdoptedResolutions(trx, documentIds);

  for (let index = 0; index < documents.length; index++) {
    const { parsed, symbol } = documents[index]!;
    const report: ImportReport = {
      status: 'created',
      documentId: documentIds[index]!,
      symbol,
      counts: {
        resolutions: parsed.resolutions.length,
        paragraphs: pendingParagraphs[index]!.length,
        mandates: placedByDocument[index]!.length,
        obligations: obligationCounts[index]!,
      },
      carriedOver: 0,
      changes: [],
      notCarried: [],
      warnings: [...parsed.warnings, ...warnings[index]!],
    };
    reports.set(documents[index]!.index, report);
  }
  await recordImportAudits(trx, writer, documents, reports);
  return reports;
}

/**
 * The audit entry importDocument records for a created document, one per document, written with
 * multi-row INSERTs.
 */
async function recordImportAudits(
  trx: Kysely<Database>,
  writer: WriteContext,
  documents: readonly NewDocument[],
  reports: ReadonlyMap<number, ImportReport>,
): Promise<void> {
  const entries = documents.map((document): AuditRecord => {
    const report = reports.get(document.index)!;
    return {
      actor: writer.actor,
      action: 'import',
      entityType: 'document',
      entityId: report.documentId,
      before: null,
      after: {
        status: report.status,
        documentId: report.documentId,
        symbol: report.symbol,
        contentHash: document.hash,
        counts: report.counts,
        carriedOver: 0,
        changedParagraphs: 0,
        notCarriedOver: 0,
      },
      requestId: writer.requestId ?? null,
    };
  });
  await recordAudits(trx, entries);
}
