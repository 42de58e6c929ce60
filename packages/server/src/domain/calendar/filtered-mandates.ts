import { mandateReference, type TMandateFilter } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { effective, mandateFilterConditions, mandatesWithContext, mandatesWithOverrides } from '../mandates/index.ts';

/** A mandate with what calendars and exports show beside its deadlines. */
export interface MandateContext {
  id: number;
  documentSymbol: string | null;
  resolutionLabel: string;
  resolutionTitle: string;
  adoptedSymbol: string | null;
  paragraphNumber: string | null;
  paragraphText: string;
  reference: string;
  verbs: string[];
  addressees: string[];
  action: string;
  status: string;
  ownerUnit: string | null;
}

function mandateContextQuery(db: Kysely<Database>) {
  return mandatesWithContext(db).select([
    'm.id',
    'd.symbol',
    'r.label',
    'r.title as resolution_title',
    'r.adopted_symbol',
    'p.number',
    'p.text',
    'm.status',
    'm.owner_unit',
    effective.verbs.as('verbs'),
    effective.addressees.as('addressees'),
    effective.action.as('action'),
  ]);
}

type MandateContextRow = Awaited<ReturnType<ReturnType<typeof mandateContextQuery>['execute']>>[number];

function toMandateContext(row: MandateContextRow): MandateContext {
  return {
    id: row.id,
    documentSymbol: row.symbol,
    resolutionLabel: row.label,
    resolutionTitle: row.resolution_title,
    adoptedSymbol: row.adopted_symbol,
    paragraphNumber: row.number,
    paragraphText: row.text,
    reference: mandateReference(row.symbol, row.label, row.number),
    verbs: row.verbs,
    addressees: row.addressees,
    action: row.action,
    status: row.status,
    ownerUnit: row.owner_unit,
  };
}

/**
 * The ids of the mandates matching a mandate-list filter, as a subquery: for callers that need
 * only figures over the mandates, not their rows.
 */
export function filteredMandateIds(db: Kysely<Database>, filter: TMandateFilter) {
  const conditions = mandateFilterConditions(filter);
  // Only `q` reads the paragraph and only `subject` the document; without them the joins are dropped.
  const source =
    (filter.q === undefined || filter.q === '') && filter.subject === undefined
      ? mandatesWithOverrides(db)
      : mandatesWithContext(db);
  return source.select('m.id').where((where) => where.and(conditions));
}

/** The context of the mandates with these ids (e.g. those with deadlines in a window), keyed by id. */
export async function mandateContexts(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, MandateContext>> {
  if (ids.length === 0) return new Map();
  const rows = await mandateContextQuery(db)
    .where('m.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, toMandateContext(row)]));
}

/**
 * The mandates matching a mandate-list filter (the same SQL conditions as `mandates.list`), in
 * document order, with their effective (override-applied) values.
 * @param options.ignoreDueRange drop `dueFrom`/`dueTo`, for callers that window by occurrence
 */
export async function filteredMandates(
  db: Kysely<Database>,
  filter: TMandateFilter,
  options: { ignoreDueRange?: boolean } = {},
): Promise<MandateContext[]> {
  const conditions = mandateFilterConditions(
    options.ignoreDueRange ? { ...filter, dueFrom: undefined, dueTo: undefined } : filter,
  );
  const rows = await mandateContextQuery(db)
    .where((where) => where.and(conditions))
    .orderBy('m.document_id')
    .orderBy(sql`r.position`)
    .orderBy('p.position')
    .orderBy('m.clause_index')
    .execute();
  return rows.map(toMandateContext);
}
