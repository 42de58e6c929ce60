import type { ImportReport, ParseResult } from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { actorLabel, recordWrite, SYSTEM_WRITE, type WriteContext } from '../audit/index.ts';
import { carryOverAdoptedSymbols, carryOverPlannerData, notCarriedOver } from './carry-over.ts';
import { contentHash } from './content-hash.ts';
import { linkAdoptedResolutions } from './link-adopted.ts';
import { matchMandates } from './match-mandates.ts';
import { paragraphChanges } from './paragraph-changes.ts';
import { existingLinkTables, loadPreviousVersion } from './previous-version.ts';
import { storeDocumentStructure, type StoredStructure } from './store-structure.ts';
import { parseImportableText } from './validate.ts';

export interface ImportDocumentInput {
  text: string;
  /** Overrides the printed symbol, for texts that do not print one (A/65/457). */
  symbol?: string | undefined;
  /** Used only when neither `symbol` is given nor the text prints one (e.g. derived from a file name). */
  fallbackSymbol?: string | undefined;
  /** Stored as the document's `imported_by`; default: the writer's label (email, 'system' or 'cli'). */
  importedBy?: string | null | undefined;
}

export function documentColumns(
  parsed: ParseResult,
  text: string,
  hash: string,
  symbol: string | null,
  importedBy: string | null,
) {
  const info = parsed.document;
  return {
    symbol,
    body: info.body,
    session: info.session,
    title: info.title,
    adopted: info.adopted,
    on_report: info.onReport,
    agenda_items: JSON.stringify(info.agendaItems),
    subjects: JSON.stringify(info.subjects),
    source_text: text,
    content_hash: hash,
    imported_at: new Date(),
    imported_by: importedBy,
    warnings: JSON.stringify(parsed.warnings),
    updated_at: new Date(),
  };
}

function countsOf(structure: StoredStructure): ImportReport['counts'] {
  return {
    resolutions: structure.resolutionIds.length,
    paragraphs: structure.paragraphs.length,
    mandates: structure.mandates.length,
    obligations: structure.obligationCount,
  };
}

/**
 * Imports one UN document: validates and parses it, then, in one transaction, stores the
 * document with its resolutions, paragraphs, mandates and reporting obligations.
 * - The same text again: `unchanged`, nothing written.
 * - A new text under a stored symbol: `updated`; the structure is replaced and each planner's
 *   status, owner, priority, notes, overrides, deliverables, links and dismissals move to the
 *   matching mandate (same place or near-identical paragraph). The report lists the paragraphs
 *   that changed and the planner data that had no match (deleted with the old version).
 * Every import, unchanged ones included, leaves one audit entry for the document (status,
 * counts and content hash) in the same transaction, in the name of `writer` (default: the
 * system, for loaders and benchmarks that run without a user).
 * Runs inside the caller's transaction when `db` is one, else opens its own.
 * @throws AppError INVALID_DOCUMENT for empty, binary, oversized or non-UN input
 */
export async function importDocument(
  db: Kysely<Database>,
  input: ImportDocumentInput,
  writer: WriteContext = SYSTEM_WRITE,
): Promise<ImportReport> {
  const parsed = parseImportableText(input.text);
  const run = async (trx: Kysely<Database>) => {
    const { report, previous } = await importParsed(trx, parsed, input, writer);
    await recordWrite(trx, writer, {
      action: 'import',
      entityType: 'document',
      entityId: report.documentId,
      before: previous,
      after: {
        status: report.status,
        documentId: report.documentId,
        symbol: report.symbol,
        contentHash: contentHash(input.text),
        counts: report.counts,
        carriedOver: report.carriedOver,
        changedParagraphs: report.changes.length,
        notCarriedOver: report.notCarried.length,
      },
    });
    return report;
  };
  if (db.isTransaction) return run(db);
  try {
    return await db.transaction().execute(run);
  } catch (error) {
    // Two imports of the same new text (or symbol) at once: the loser hits a unique index.
    // Running again finds the winner's document and answers unchanged or updated.
    if (!isUniqueViolation(error)) throw error;
    return db.transaction().execute(run);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** The stored document an import replaced, as the audit log keeps it (null when there was none). */
interface PreviousDocument {
  documentId: number;
  symbol: string | null;
  contentHash: string;
}

async function importParsed(
  trx: Kysely<Database>,
  parsed: ParseResult,
  input: ImportDocumentInput,
  writer: WriteContext,
): Promise<{ report: ImportReport; previous: PreviousDocument | null }> {
  const hash = contentHash(input.text);
  const symbol = input.symbol?.trim() || parsed.document.symbol || input.fallbackSymbol?.trim() || null;
  const importedBy = input.importedBy ?? actorLabel(writer.actor);

  const same = await trx
    .selectFrom('document')
    .select(['id', 'symbol'])
    .where('content_hash', '=', hash)
    .executeTakeFirst();
  if (same !== undefined) {
    const report = await unchangedReport(trx, same.id, same.symbol, parsed);
    return { report, previous: { documentId: same.id, symbol: same.symbol, contentHash: hash } };
  }

  const existing =
    symbol === null
      ? undefined
      : await trx
          .selectFrom('document')
          .select(['id', 'content_hash'])
          .where('symbol', '=', symbol)
          .forUpdate()
          .executeTakeFirst();
  const columns = documentColumns(parsed, input.text, hash, symbol, importedBy);

  if (existing === undefined) {
    const { id } = await trx.insertInto('document').values(columns).returning('id').executeTakeFirstOrThrow();
    const structure = await storeDocumentStructure(trx, id, parsed);
    await linkAdoptedResolutions(trx, id);
    const report: ImportReport = {
      status: 'created',
      documentId: id,
      symbol,
      counts: countsOf(structure),
      carriedOver: 0,
      changes: [],
      notCarried: [],
      warnings: [...parsed.warnings, ...structure.warnings],
    };
    return { report, previous: null };
  }

  const linkTables = await existingLinkTables(trx);
  const previous = await loadPreviousVersion(trx, existing.id, linkTables);
  await trx.updateTable('document').set(columns).where('id', '=', existing.id).execute();
  const structure = await storeDocumentStructure(trx, existing.id, parsed);
  const matches = matchMandates(previous.mandates, structure.mandates);
  await carryOverPlannerData(trx, matches, linkTables);
  await carryOverAdoptedSymbols(
    trx,
    previous,
    parsed.resolutions.map((resolution) => resolution.label),
    structure,
  );
  const previousResolutionIds = previous.resolutions.map((resolution) => resolution.id);
  if (previousResolutionIds.length > 0) {
    // Cascades to the old paragraphs, mandates, obligations and whatever planner data had no match.
    await trx.deleteFrom('resolution').where('id', 'in', previousResolutionIds).execute();
  }
  await linkAdoptedResolutions(trx, existing.id);
  const report: ImportReport = {
    status: 'updated',
    documentId: existing.id,
    symbol,
    counts: countsOf(structure),
    carriedOver: matches.length,
    changes: paragraphChanges(previous.paragraphs, structure.paragraphs),
    notCarried: notCarriedOver(previous.mandates, matches),
    warnings: [...parsed.warnings, ...structure.warnings],
  };
  return { report, previous: { documentId: existing.id, symbol, contentHash: existing.content_hash } };
}

async function unchangedReport(
  trx: Kysely<Database>,
  documentId: number,
  symbol: string | null,
  parsed: ParseResult,
): Promise<ImportReport> {
  const count = async (table: 'resolution' | 'paragraph' | 'mandate') =>
    Number(
      (
        await trx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('document_id', '=', documentId)
          .executeTakeFirstOrThrow()
      ).count,
    );
  const obligations = await trx
    .selectFrom('reporting_obligation')
    .innerJoin('mandate', 'mandate.id', 'reporting_obligation.mandate_id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('mandate.document_id', '=', documentId)
    .executeTakeFirstOrThrow();
  return {
    status: 'unchanged',
    documentId,
    symbol,
    counts: {
      resolutions: await count('resolution'),
      paragraphs: await count('paragraph'),
      mandates: await count('mandate'),
      obligations: Number(obligations.count),
    },
    carriedOver: 0,
    changes: [],
    notCarried: [],
    warnings: parsed.warnings,
  };
}
