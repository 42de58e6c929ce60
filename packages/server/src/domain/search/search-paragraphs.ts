import type { ParagraphSearchPage, TSearchParagraphsInput } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../errors.ts';
import { HIT_END, HIT_START, snippetSegments } from './snippet.ts';

const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

function decodeOffset(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const offset = Number(cursor);
  if (!Number.isInteger(offset) || offset < 0)
    throw new AppError('BAD_REQUEST', 'The page cursor is invalid; search again.');
  return offset;
}

/**
 * Full-text search over every stored paragraph (English stemming, web-search syntax), best
 * matches first, with snippet segments marking the hits and the document, resolution and
 * mandates of each paragraph.
 * @throws AppError BAD_REQUEST for a malformed cursor
 */
export async function searchParagraphs(
  db: Kysely<Database>,
  input: TSearchParagraphsInput,
): Promise<ParagraphSearchPage> {
  const offset = decodeOffset(input.cursor);
  const query = sql`websearch_to_tsquery('english', ${input.q})`;
  // Rank every match and count them over the paragraph ids alone, then join the documents and
  // resolutions and build headlines for the one page that is returned: joining before the
  // limit made PostgreSQL carry wide rows for every match through the count (docs/performance.md).
  let ranked = db
    .selectFrom('paragraph as hit')
    .select([
      'hit.id',
      sql<number>`ts_rank(hit.search, ${query})`.as('rank'),
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where(sql<boolean>`hit.search @@ ${query}`);
  if (input.documentId !== undefined) ranked = ranked.where('hit.document_id', '=', input.documentId);
  const page = ranked
    .orderBy(sql`ts_rank(hit.search, ${query})`, 'desc')
    .orderBy('hit.id')
    .limit(input.limit)
    .offset(offset);
  const rows = await db
    .selectFrom(page.as('ranked'))
    .innerJoin('paragraph as p', 'p.id', 'ranked.id')
    .innerJoin('document as d', 'd.id', 'p.document_id')
    .leftJoin('resolution as r', 'r.id', 'p.resolution_id')
    .select([
      'p.id',
      'p.part',
      'p.number',
      'd.id as document_id',
      'd.symbol as document_symbol',
      'd.title as document_title',
      'r.id as resolution_id',
      'r.label as resolution_label',
      'r.title as resolution_title',
      'r.adopted_symbol',
      'ranked.rank',
      'ranked.total',
      sql<string>`ts_headline('english', p.text, ${query}, ${HEADLINE_OPTIONS})`.as('headline'),
      sql<
        number[]
      >`(select coalesce(jsonb_agg(m.id order by m.clause_index), '[]'::jsonb) from mandate m where m.paragraph_id = p.id)`.as(
        'mandate_ids',
      ),
    ])
    .orderBy('ranked.rank', 'desc')
    .orderBy('ranked.id')
    .execute();
  const total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  return {
    total,
    nextCursor: offset + rows.length < total ? String(offset + rows.length) : null,
    items: rows.map((row) => ({
      paragraphId: row.id,
      part: row.part,
      number: row.number,
      snippet: snippetSegments(row.headline),
      rank: Number(row.rank),
      document: { id: row.document_id, symbol: row.document_symbol, title: row.document_title },
      resolution:
        row.resolution_id === null
          ? null
          : {
              id: row.resolution_id,
              label: row.resolution_label!,
              title: row.resolution_title!,
              adoptedSymbol: row.adopted_symbol,
            },
      mandateIds: row.mandate_ids,
    })),
  };
}
