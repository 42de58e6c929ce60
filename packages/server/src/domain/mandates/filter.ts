import type { TMandateFilter } from '@mandate-tracker/shared';
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { effective, effectiveOrigin, textArray } from './effective.ts';

/** Mandate `m` is linked to a budget line with money, or to a project that has some. */
export const isFunded: RawBuilder<boolean> = sql`(
  exists (select 1 from mandate_budget_line mbl join budget_line bl on bl.id = mbl.budget_line_id
          where mbl.mandate_id = m.id and bl.amount > 0)
  or exists (select 1 from mandate_project mp where mp.mandate_id = m.id and (
    exists (select 1 from budget_line bl where bl.project_id = mp.project_id and bl.amount > 0)
    or exists (select 1 from contribution c where c.project_id = mp.project_id and c.amount > 0))))`;

/**
 * The WHERE conditions of a mandate filter, over the aliases of `mandatesWithContext`
 * (`m`, `p`, `r`, `d` and the override joins). Shared by the list, the iCal feed and the exports
 * so that all of them select the same mandates.
 */
export function mandateFilterConditions(filter: TMandateFilter): Expression<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  if (filter.unodcFacing !== null && filter.unodcFacing !== undefined) {
    conditions.push(filter.unodcFacing ? sql`${effective.unodcFacing}` : sql`not ${effective.unodcFacing}`);
  }
  if (filter.addressee?.length) conditions.push(sql`${effective.addressees} ?| ${textArray(filter.addressee)}`);
  if (filter.verb?.length) conditions.push(sql`${effective.verbs} ?| ${textArray(filter.verb)}`);
  if (filter.status?.length) conditions.push(sql`m.status in (${sql.join(filter.status)})`);
  if (filter.owner !== undefined) conditions.push(sql`lower(m.owner_unit) = lower(${filter.owner})`);
  if (filter.documentId !== undefined) conditions.push(sql`m.document_id = ${filter.documentId}`);
  if (filter.resolutionId !== undefined) conditions.push(sql`m.resolution_id = ${filter.resolutionId}`);
  if (filter.subject !== undefined) {
    conditions.push(
      sql`exists (select 1 from jsonb_array_elements_text(d.subjects) as subject(term) where lower(subject.term) = lower(${filter.subject}))`,
    );
  }
  if (filter.q !== undefined && filter.q !== '')
    conditions.push(sql`p.search @@ websearch_to_tsquery('english', ${filter.q})`);
  if (filter.projectId !== undefined) {
    conditions.push(
      sql`exists (select 1 from mandate_project mp where mp.mandate_id = m.id and mp.project_id = ${filter.projectId})`,
    );
  }
  if (filter.funded !== undefined) conditions.push(filter.funded ? sql`${isFunded}` : sql`not ${isFunded}`);

  const obligation: RawBuilder<SqlBool>[] = [];
  if (filter.body?.length) obligation.push(sql`ro.body in (${sql.join(filter.body)})`);
  if (filter.session !== undefined) {
    obligation.push(sql`(ro.session = ${filter.session} or ro.until_session = ${filter.session})`);
  }
  if (filter.dueFrom !== undefined) obligation.push(sql`ro.due_date >= ${filter.dueFrom}::date`);
  if (filter.dueTo !== undefined) obligation.push(sql`ro.due_date <= ${filter.dueTo}::date`);
  if (obligation.length > 0) {
    conditions.push(sql`exists (select 1 from reporting_obligation ro
      where ro.mandate_id = m.id and ro.origin = ${effectiveOrigin} and ${sql.join(obligation, sql` and `)})`);
  }
  return conditions;
}
