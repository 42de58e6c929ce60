import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/types.ts';

/**
 * Draft–adopted pairs that may be linked: a draft resolution of a report, and the only
 * resolution of a document adopted on that report, with the same title (letters and digits).
 * `side` restricts the pairs to those whose report (or adopted document) is in `ids`, so the
 * join starts from the documents just imported instead of from every stored resolution.
 */
function candidatePairs(side: 'report' | 'adopted_document', ids: RawBuilder<unknown>) {
  return sql`
    select draft.id as draft_id, adopted_document.symbol as symbol
    from document as report
    join resolution as draft on draft.document_id = report.id
    join document as adopted_document on adopted_document.on_report = report.symbol
    join resolution as adopted on adopted.document_id = adopted_document.id
    where ${sql.ref(`${side}.id`)} in (${ids})
      and adopted_document.symbol is not null
      and draft.adopted_symbol is null
      and draft.kind = 'resolution'
      and (select count(*) from resolution as sibling where sibling.document_id = adopted_document.id) = 1
      and regexp_replace(lower(draft.title), '[^a-z0-9]+', '', 'g') = regexp_replace(lower(adopted.title), '[^a-z0-9]+', '', 'g')`;
}

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
  // Two joins, one from each side, instead of one join with "report in ids or adopted in ids":
  // with the OR, PostgreSQL matched every draft against every adopted resolution by title
  // before filtering (5 s per batch at 3,000 documents, growing with the table).
  const result = await sql`
    with pair as (${candidatePairs('report', list)} union ${candidatePairs('adopted_document', list)})
    update resolution as draft set adopted_symbol = pair.symbol, updated_at = now()
    from pair
    where draft.id = pair.draft_id and draft.adopted_symbol is null
  `.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
