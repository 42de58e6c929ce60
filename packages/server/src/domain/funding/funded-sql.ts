import { sql, type RawBuilder } from 'kysely';

/**
 * SQL over a mandate aliased `m`: true when some money reaches it, i.e. its funding state (see
 * ledger.ts) is 'funded' or 'partly-funded'. A contribution above zero reaches a mandate when it
 * goes to a linked project, to a directly linked budget line, or to a line of a linked project.
 * For list filters that must agree with the funding views and the dashboard's "unfunded" figure.
 */
export const reachedByFunding: RawBuilder<boolean> = sql<boolean>`exists (
  select 1 from contribution c
  where c.amount > 0 and (
    c.project_id in (select mp.project_id from mandate_project mp where mp.mandate_id = m.id)
    or c.budget_line_id in (select mbl.budget_line_id from mandate_budget_line mbl where mbl.mandate_id = m.id)
    or c.budget_line_id in (
      select bl.id from budget_line bl join mandate_project mp on mp.project_id = bl.project_id
      where mp.mandate_id = m.id)))`;
