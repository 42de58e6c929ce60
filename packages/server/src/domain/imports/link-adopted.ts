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
  const result = await sql`
    update resolution as draft set adopted_symbol = adopted_document.symbol, updated_at = now()
    from document as report, document as adopted_document, resolution as adopted
    where draft.document_id = report.id
      and adopted_document.on_report = report.symbol
      and adopted.document_id = adopted_document.id
      and adopted_document.symbol is not null
      and draft.adopted_symbol is null
      and draft.kind = 'resolution'
      and (report.id in (${list}) or adopted_document.id in (${list}))
      and (select count(*) from resolution as sibling where sibling.document_id = adopted_document.id) = 1
      and regexp_replace(lower(draft.title), '[^a-z0-9]+', '', 'g') = regexp_replace(lower(adopted.title), '[^a-z0-9]+', '', 'g')
  `.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
