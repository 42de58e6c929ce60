import type { BodyId, DocumentDetail, DocumentParagraph } from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../errors.ts';
import { effective, mandatesWithContext } from '../mandates/effective.ts';

/**
 * A whole document for the reading view: its resolutions with preambular and operative
 * paragraphs and annexes, each paragraph with the mandates extracted from it.
 * @throws AppError NOT_FOUND
 */
export async function getDocument(db: Kysely<Database>, id: number): Promise<DocumentDetail> {
  const document = await db
    .selectFrom('document')
    .select([
      'id',
      'symbol',
      'title',
      'body',
      'session',
      'adopted',
      'on_report',
      'subjects',
      'agenda_items',
      'imported_at',
      'imported_by',
      'warnings',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (document === undefined) throw new AppError('NOT_FOUND', `There is no document ${id}.`);
  const resolutions = await db
    .selectFrom('resolution')
    .select(['id', 'position', 'label', 'title', 'kind', 'draft_symbol', 'adopted_symbol', 'version'])
    .where('document_id', '=', id)
    .orderBy('position')
    .execute();
  const paragraphs = await db
    .selectFrom('paragraph')
    .select(['id', 'resolution_id', 'part', 'annex_index', 'number', 'text', 'start', 'end'])
    .where('document_id', '=', id)
    .orderBy('resolution_id')
    .orderBy('position')
    .execute();
  const mandates = await mandatesWithContext(db)
    .select([
      'm.id',
      'm.paragraph_id',
      'm.clause_index',
      'm.status',
      effective.verbs.as('verbs'),
      effective.addressees.as('addressees'),
      effective.unodcFacing.as('unodc_facing'),
    ])
    .where('m.document_id', '=', id)
    .orderBy('m.paragraph_id')
    .orderBy('m.clause_index')
    .execute();
  const mandatesByParagraph = new Map<number, DocumentParagraph['mandates']>();
  for (const mandate of mandates) {
    const list = mandatesByParagraph.get(mandate.paragraph_id) ?? [];
    list.push({
      id: mandate.id,
      clauseIndex: mandate.clause_index,
      verbs: mandate.verbs,
      addressees: mandate.addressees,
      unodcFacing: mandate.unodc_facing,
      status: mandate.status,
    });
    mandatesByParagraph.set(mandate.paragraph_id, list);
  }
  const toParagraph = (row: (typeof paragraphs)[number]): DocumentParagraph => ({
    id: row.id,
    part: row.part as DocumentParagraph['part'],
    annexIndex: row.annex_index,
    number: row.number,
    text: row.text,
    start: row.start,
    end: row.end,
    mandates: mandatesByParagraph.get(row.id) ?? [],
  });
  return {
    id: document.id,
    symbol: document.symbol,
    title: document.title,
    body: document.body as BodyId | null,
    session: document.session,
    adopted: document.adopted,
    onReport: document.on_report,
    subjects: document.subjects,
    agendaItems: document.agenda_items,
    importedAt: document.imported_at,
    importedBy: document.imported_by,
    warnings: document.warnings,
    resolutions: resolutions.map((resolution) => {
      const own = paragraphs.filter((paragraph) => paragraph.resolution_id === resolution.id);
      const annexIndexes = [
        ...new Set(own.filter((row) => row.part === 'annex').map((row) => row.annex_index ?? 0)),
      ].sort((a, b) => a - b);
      return {
        id: resolution.id,
        position: resolution.position,
        label: resolution.label,
        title: resolution.title,
        kind: resolution.kind,
        draftSymbol: resolution.draft_symbol,
        adoptedSymbol: resolution.adopted_symbol,
        version: resolution.version,
        preamble: own.filter((row) => row.part === 'preamble').map(toParagraph),
        operative: own.filter((row) => row.part === 'operative').map(toParagraph),
        annexes: annexIndexes.map((index) => ({
          index,
          paragraphs: own.filter((row) => row.part === 'annex' && (row.annex_index ?? 0) === index).map(toParagraph),
        })),
      };
    }),
  };
}
