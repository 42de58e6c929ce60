import { UNODC_FACING } from '@mandate-tracker/shared';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/types.ts';

/**
 * The effective mandate is the extracted row with a planner's overrides applied. Every query
 * that filters or shows mandates joins the overrides with these aliases and reads the
 * effective values through the expressions below, so filters and pages agree.
 *
 * Reporting obligations: rows with `origin = 'extracted'` come from the parser; when a planner
 * overrides `reporting`, the override is materialised as rows with `origin = 'entered'` and
 * those replace the extracted ones (see {@link effectiveOrigin}).
 */
export function mandatesWithContext(db: Kysely<Database>) {
  return mandatesWithOverrides(db)
    .innerJoin('paragraph as p', 'p.id', 'm.paragraph_id')
    .innerJoin('resolution as r', 'r.id', 'm.resolution_id')
    .innerJoin('document as d', 'd.id', 'm.document_id');
}

/**
 * Mandates `m` with their override joins only: enough for filters that read neither the
 * paragraph (`q`) nor the document (`subject`). Every mandate has its paragraph, resolution and
 * document (not-null foreign keys), so leaving those joins out selects the same mandates with
 * less work per row (the calendar's scope runs once per reporting obligation).
 */
export function mandatesWithOverrides(db: Kysely<Database>) {
  return db
    .selectFrom('mandate as m')
    .leftJoin('mandate_override as ov_verbs', (join) =>
      join.onRef('ov_verbs.mandate_id', '=', 'm.id').on('ov_verbs.field', '=', 'verbs'),
    )
    .leftJoin('mandate_override as ov_addressees', (join) =>
      join.onRef('ov_addressees.mandate_id', '=', 'm.id').on('ov_addressees.field', '=', 'addressees'),
    )
    .leftJoin('mandate_override as ov_action', (join) =>
      join.onRef('ov_action.mandate_id', '=', 'm.id').on('ov_action.field', '=', 'action'),
    )
    .leftJoin('mandate_override as ov_resources', (join) =>
      join.onRef('ov_resources.mandate_id', '=', 'm.id').on('ov_resources.field', '=', 'resources'),
    )
    .leftJoin('mandate_override as ov_reporting', (join) =>
      join.onRef('ov_reporting.mandate_id', '=', 'm.id').on('ov_reporting.field', '=', 'reporting'),
    );
}

const FACING_LIST = sql.join([...UNODC_FACING].map((addressee) => sql.lit(addressee)));

export const effective = {
  verbs: sql<string[]>`coalesce(ov_verbs.value, m.verbs)`,
  addressees: sql<string[]>`coalesce(ov_addressees.value, m.addressees)`,
  action: sql<string>`coalesce(ov_action.value #>> '{}', m.action)`,
  resources: sql<unknown[]>`coalesce(ov_resources.value, m.resources)`,
  unodcFacing: sql<boolean>`(case when ov_addressees.id is null then m.unodc_facing else ov_addressees.value ?| array[${FACING_LIST}] end)`,
};

/** Which obligation rows count for mandate `m`: the entered ones once `reporting` is overridden. */
export const effectiveOrigin: RawBuilder<string> = sql`(case when ov_reporting.id is null then 'extracted' else 'entered' end)`;

/** The earliest due date among the effective obligations of mandate `m`. */
export const nextDue: RawBuilder<string | null> =
  sql`(select min(ro.due_date) from reporting_obligation ro where ro.mandate_id = m.id and ro.origin = ${effectiveOrigin})`;

/** Overridden field names of mandate `m`, sorted. */
export const overriddenFields: RawBuilder<string[]> =
  sql`(select coalesce(jsonb_agg(o.field order by o.field), '[]'::jsonb) from mandate_override o where o.mandate_id = m.id)`;

/** A `text[]` literal from values, for the jsonb `?|` operator. */
export function textArray(values: readonly string[]): RawBuilder<string[]> {
  return sql`array[${sql.join(values.map((value) => sql`${value}::text`))}]`;
}
