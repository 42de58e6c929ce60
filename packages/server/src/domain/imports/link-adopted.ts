import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';

/**
 * Fills in the adopted symbol of draft resolutions in a report from the adopted resolutions
 * that name the report (A/RES/65/232 was adopted "on the report of the Third Committee
 * (A/65/457)"): the draft with the same title gets the resolution's symbol. Works in either
 * import order; never overwrites a symbol already set (by a planner or an earlier import).
 * Several documents at once (a bulk import's batch) link as they would one after another,
 * except when two adopted texts of the batch match the same draft (then either may win).
 * @returns how many drafts were linked
 */
export async function linkAdoptedResolutions(
  trx: Kysely<Database>,
  documentIds: number | readonly number[],
): Promise<number> {
  const ids = typeof documentIds === 'number' ? [documentIds] : documentIds;
  if (ids.length === 0) return 0;
  const list = sql.join(ids.map((id) => sql`${id}`));
  // The pairs (draft of a report, document adopted on that report) are found first by symbol,
  // starting from the given documents, and only then compared by title. Written as one join,
  // PostgreSQL matched every stored draft against every adopted resolution by title when its
  // statistics lagged behind a bulk import (5-12 s per batch at a few thousand documents).
  const result = await sql`
    with pair as materialized (
      select draft.id as draft_id, draft.title as draft_title, adopted_document.id as adopted_id, adopted_document.symbol
      from document as report
      join resolution as draft on draft.document_id = report.id
      join document as adopted_document on adopted_document.on_report = report.symbol
      where report.id in (${list}) and draft.adopted_symbol is null and draft.kind = 'resolution'
        and adopted_document.symbol is not null
      union
      select draft.id, draft.title, adopted_document.id, adopted_document.symbol
      from document as adopted_document
      join document as report on report.symbol = adopted_document.on_report
      join resolution as draft on draft.document_id = report.id
      where adopted_document.id in (${list}) and draft.adopted_symbol is null and draft.kind = 'resolution'
        and adopted_document.symbol is not null
    ),
    matched as materialized (
      select pair.draft_id, pair.symbol
      from pair
      join resolution as adopted on adopted.document_id = pair.adopted_id
      where (select count(*) from resolution as sibling where sibling.document_id = pair.adopted_id) = 1
        and regexp_replace(lower(pair.draft_title), '[^a-z0-9]+', '', 'g') = regexp_replace(lower(adopted.title), '[^a-z0-9]+', '', 'g')
    )
    update resolution as draft set adopted_symbol = matched.symbol, updated_at = now()
    from matched
    where draft.id = matched.draft_id and draft.adopted_symbol is null
  `.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
