import {
  UNODC_FACING,
  type ExtractedMandate,
  type ParsedParagraph,
  type ParseResult,
  type ParseWarning,
} from '@mandate-tracker/shared';
import type { Insertable, Kysely } from 'kysely';
import type {
  MandateTable,
  ParagraphPart,
  ParagraphTable,
  ReportingObligationTable,
  ResolutionTable,
} from '../../db/tables/documents.ts';
import type { Database } from '../../db/types.ts';
import { createDueDateResolver } from '../deadlines/due-date.ts';

/** Due dates from sessions loaded once per transaction. */
export type DueDateResolver = Awaited<ReturnType<typeof createDueDateResolver>>;

/** Rows per multi-row INSERT: well under PostgreSQL's 65,535 bind parameters for every table here. */
const CHUNK_ROWS = 1000;

/** A stored paragraph, as the importer needs it to attach mandates and to compare versions. */
export interface StoredParagraph {
  id: number;
  resolutionId: number;
  resolutionLabel: string;
  part: Exclude<ParagraphPart, 'report'>;
  annexIndex: number | null;
  number: string | null;
  text: string;
  start: number;
  end: number;
}

/** A stored mandate with the keys used to match it across versions. */
export interface StoredMandate {
  id: number;
  paragraph: StoredParagraph;
  clauseIndex: number;
  action: string;
  /** (body, session, relation) → obligation id, to re-attach deliverables on re-import. */
  obligations: { id: number; body: string; session: number | null; relation: string }[];
}

export interface StoredStructure {
  resolutionIds: number[];
  paragraphs: StoredParagraph[];
  mandates: StoredMandate[];
  obligationCount: number;
  /** Mandates the importer could not place in a paragraph. */
  warnings: ParseWarning[];
}

async function insertChunked<T extends keyof Database & string, R>(
  trx: Kysely<Database>,
  rows: readonly Insertable<Database[T]>[],
  insert: (chunk: Insertable<Database[T]>[]) => Promise<R[]>,
): Promise<R[]> {
  const results: R[] = [];
  for (let index = 0; index < rows.length; index += CHUNK_ROWS) {
    results.push(...(await insert(rows.slice(index, index + CHUNK_ROWS))));
  }
  return results;
}

export interface PendingParagraph {
  row: Insertable<ParagraphTable>;
  resolutionIndex: number;
  source: ParsedParagraph;
}

/**
 * Stores the resolutions, paragraphs, mandates and reporting obligations of a parse result under
 * `documentId`, one multi-row INSERT per table (chunked for very large documents).
 */
export async function storeDocumentStructure(
  trx: Kysely<Database>,
  documentId: number,
  parsed: ParseResult,
): Promise<StoredStructure> {
  const warnings: ParseWarning[] = [];
  const resolutionRows = resolutionRowsOf(documentId, parsed);
  const insertedResolutions = await insertChunked<'resolution', { id: number; position: number }>(
    trx,
    resolutionRows,
    (chunk) => trx.insertInto('resolution').values(chunk).returning(['id', 'position']).execute(),
  );
  const resolutionIds: number[] = [];
  for (const row of insertedResolutions) resolutionIds[row.position] = row.id;

  const pending = paragraphRowsOf(documentId, parsed, resolutionIds);
  const insertedParagraphs = await insertChunked<
    'paragraph',
    { id: number; resolution_id: number | null; position: number }
  >(
    trx,
    pending.map((item) => item.row),
    (chunk) => trx.insertInto('paragraph').values(chunk).returning(['id', 'resolution_id', 'position']).execute(),
  );
  const paragraphs = storedParagraphsOf(parsed, pending, insertedParagraphs);

  const placed = placeMandates(parsed, paragraphs, resolutionIds, warnings);
  const insertedMandates = await insertChunked<'mandate', { id: number; paragraph_id: number; clause_index: number }>(
    trx,
    placed.map((item) => mandateRowOf(documentId, item)),
    (chunk) => trx.insertInto('mandate').values(chunk).returning(['id', 'paragraph_id', 'clause_index']).execute(),
  );
  const mandateIdOf = new Map(insertedMandates.map((row) => [`${row.paragraph_id}:${row.clause_index}`, row.id]));

  // Sessions are loaded once; each obligation gets its session's opening date (listed or projected).
  const resolveDue = await createDueDateResolver(trx);
  const obligationRows = placed.flatMap((item) =>
    obligationRowsOf(item, mandateIdOf.get(`${item.paragraph.id}:${item.clauseIndex}`)!, resolveDue),
  );
  const insertedObligations = await insertChunked<
    'reporting_obligation',
    { id: number; mandate_id: number; body: string; session: number | null; relation: string }
  >(trx, obligationRows, (chunk) =>
    trx
      .insertInto('reporting_obligation')
      .values(chunk)
      .returning(['id', 'mandate_id', 'body', 'session', 'relation'])
      .execute(),
  );

  const mandates: StoredMandate[] = placed.map(({ mandate, paragraph, clauseIndex }) => {
    const id = mandateIdOf.get(`${paragraph.id}:${clauseIndex}`)!;
    return {
      id,
      paragraph,
      clauseIndex,
      action: mandate.action,
      obligations: insertedObligations
        .filter((row) => row.mandate_id === id)
        .map(({ id: obligationId, body, session, relation }) => ({ id: obligationId, body, session, relation })),
    };
  });
  return { resolutionIds, paragraphs, mandates, obligationCount: insertedObligations.length, warnings };
}

/** The resolution rows of a parse result, in document order (`position`). */
export function resolutionRowsOf(documentId: number, parsed: ParseResult): Insertable<ResolutionTable>[] {
  return parsed.resolutions.map((resolution, position) => ({
    document_id: documentId,
    position,
    label: resolution.label,
    title: resolution.title,
    kind: resolution.kind,
    draft_symbol: resolution.draftSymbol,
    // An adopted resolution (label "65/232") printed with its own symbol is its own adopted symbol.
    adopted_symbol: adoptedSymbolOf(resolution.label, parsed.document.symbol, parsed.resolutions.length),
    start: resolution.start,
    end: resolution.end,
  }));
}

/** The paragraph rows of a parse result: preamble, operative, then annex paragraphs of each resolution. */
export function paragraphRowsOf(
  documentId: number,
  parsed: ParseResult,
  resolutionIds: readonly number[],
): PendingParagraph[] {
  const pending: PendingParagraph[] = [];
  parsed.resolutions.forEach((resolution, resolutionIndex) => {
    const resolutionId = resolutionIds[resolutionIndex]!;
    let position = 0;
    const add = (part: StoredParagraph['part'], annexIndex: number | null, source: ParsedParagraph) => {
      pending.push({
        resolutionIndex,
        source,
        row: {
          document_id: documentId,
          resolution_id: resolutionId,
          part,
          annex_index: annexIndex,
          number: source.number,
          position: position++,
          text: source.text,
          start: source.start,
          end: source.end,
        },
      });
    };
    for (const paragraph of resolution.preamble) add('preamble', null, paragraph);
    for (const paragraph of resolution.operative) add('operative', null, paragraph);
    resolution.annexes.forEach((annex, annexIndex) => {
      for (const paragraph of annex.paragraphs) add('annex', annexIndex, paragraph);
    });
  });
  return pending;
}

/** The paragraphs as stored, from their rows and the ids the INSERT returned. */
export function storedParagraphsOf(
  parsed: ParseResult,
  pending: readonly PendingParagraph[],
  inserted: readonly { id: number; resolution_id: number | null; position: number }[],
): StoredParagraph[] {
  const paragraphIdOf = new Map(inserted.map((row) => [`${row.resolution_id}:${row.position}`, row.id]));
  return pending.map((item) => ({
    id: paragraphIdOf.get(`${item.row.resolution_id}:${item.row.position}`)!,
    resolutionId: item.row.resolution_id!,
    resolutionLabel: parsed.resolutions[item.resolutionIndex]!.label,
    part: item.row.part as StoredParagraph['part'],
    annexIndex: item.row.annex_index ?? null,
    number: item.source.number,
    text: item.source.text,
    start: item.source.start,
    end: item.source.end,
  }));
}

/** The mandate row of a placed mandate. */
export function mandateRowOf(
  documentId: number,
  { mandate, paragraph, clauseIndex }: PlacedMandate,
): Insertable<MandateTable> {
  return {
    document_id: documentId,
    resolution_id: paragraph.resolutionId,
    paragraph_id: paragraph.id,
    clause_index: clauseIndex,
    verbs: JSON.stringify(mandate.verbs),
    addressees: JSON.stringify(mandate.addressees),
    action: mandate.action,
    resources: JSON.stringify(mandate.resources),
    programmes: JSON.stringify(mandate.programmes),
    spans: JSON.stringify(mandate.spans),
    start: mandate.start,
    end: mandate.end,
    unodc_facing: mandate.addressees.some((addressee) => UNODC_FACING.has(addressee)),
  };
}

/** The reporting obligation rows of a placed mandate stored under `mandateId`. */
export function obligationRowsOf(
  { mandate }: PlacedMandate,
  mandateId: number,
  resolveDue: DueDateResolver,
): Insertable<ReportingObligationTable>[] {
  return mandate.reporting.map((obligation) => ({
    mandate_id: mandateId,
    body: obligation.body,
    session: obligation.session,
    until_session: obligation.untilSession,
    relation: obligation.relation,
    due_date: resolveDue(obligation) ?? obligation.due,
    recurrence: obligation.recurrence,
    origin: 'extracted' as const,
    inherited_from: obligation.inheritedFrom,
    span: JSON.stringify(obligation.span),
  }));
}

/** "65/232" in A/RES/65/232 → that symbol; drafts in a report have none until adopted. */
function adoptedSymbolOf(label: string, documentSymbol: string | null, resolutionCount: number): string | null {
  if (documentSymbol === null || resolutionCount !== 1) return null;
  return /\/RES\//.test(documentSymbol) && documentSymbol.endsWith(label) ? documentSymbol : null;
}

export interface PlacedMandate {
  mandate: ExtractedMandate;
  paragraph: StoredParagraph;
  clauseIndex: number;
}

/**
 * Finds each mandate's paragraph: the paragraph of its resolution and part whose offsets contain
 * the clause, else the one with its printed number. Clause indexes count mandates per paragraph
 * in text order.
 */
export function placeMandates(
  parsed: ParseResult,
  paragraphs: readonly StoredParagraph[],
  resolutionIds: readonly number[],
  warnings: ParseWarning[],
): PlacedMandate[] {
  const byResolution = new Map<number, StoredParagraph[]>();
  for (const paragraph of paragraphs) {
    const list = byResolution.get(paragraph.resolutionId) ?? [];
    list.push(paragraph);
    byResolution.set(paragraph.resolutionId, list);
  }
  const clauseCounts = new Map<number, number>();
  const placed: PlacedMandate[] = [];
  const ordered = [...parsed.mandates].sort((a, b) => a.start - b.start);
  for (const mandate of ordered) {
    const resolutionPosition = parsed.resolutions.findIndex((resolution) => resolution.index === mandate.resolution);
    const candidates = (byResolution.get(resolutionIds[resolutionPosition] ?? -1) ?? []).filter(
      (paragraph) => paragraph.part === mandate.part,
    );
    const paragraph =
      candidates.find((candidate) => candidate.start <= mandate.start && mandate.start < candidate.end) ??
      candidates.find((candidate) => mandate.paragraph !== null && candidate.number === String(mandate.paragraph));
    if (paragraph === undefined) {
      warnings.push({
        code: 'MANDATE_WITHOUT_PARAGRAPH',
        message: `A mandate of resolution ${mandate.resolution}, paragraph ${mandate.paragraph ?? '?'} could not be placed in a paragraph and was not stored.`,
        start: mandate.start,
      });
      continue;
    }
    const clauseIndex = clauseCounts.get(paragraph.id) ?? 0;
    clauseCounts.set(paragraph.id, clauseIndex + 1);
    placed.push({ mandate, paragraph, clauseIndex });
  }
  return placed;
}
