import type {
  AddresseeId,
  MandateListItem,
  MandateListPage,
  MandateVerb,
  OverrideField,
  TMandateListInput,
} from '@mandate-tracker/shared';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/types.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { effective, mandatesWithContext, nextDue, overriddenFields } from './effective.ts';
import { mandateFilterConditions } from './filter.ts';
import { loadObligations } from './obligations.ts';

const NO_DUE_DATE = '9999-12-31';

/** The sort key of each order; ties are broken by mandate id, which follows document order. */
function sortKey(sort: TMandateListInput['sort']): RawBuilder<string | number> {
  switch (sort) {
    case 'due':
      return sql`coalesce(${nextDue}, ${NO_DUE_DATE}::date)`;
    case 'status':
      return sql`(case m.status when 'open' then 0 when 'in-progress' then 1 when 'completed' then 2 else 3 end)`;
    case 'resolution':
      return sql`m.document_id`;
  }
}

/** The columns of a list row, read through the effective-value expressions. */
export function listColumns() {
  return [
    'm.id',
    'm.document_id',
    'd.symbol as document_symbol',
    'm.resolution_id',
    'r.label as resolution_label',
    'r.title as resolution_title',
    'r.adopted_symbol',
    'p.number as paragraph_number',
    'p.part',
    'm.clause_index',
    'm.programmes',
    'm.status',
    'm.owner_unit',
    'm.priority',
    'm.version',
    effective.verbs.as('verbs'),
    effective.addressees.as('addressees'),
    effective.action.as('action'),
    effective.unodcFacing.as('unodc_facing'),
    nextDue.as('next_due'),
    overriddenFields.as('overridden'),
    sql<number>`(select count(*) from mandate_project mp where mp.mandate_id = m.id)`.as('project_count'),
    sql<number>`(select count(*) from mandate_budget_line mbl where mbl.mandate_id = m.id)`.as('budget_line_count'),
  ] as const;
}

type ListRow = {
  id: number;
  document_id: number;
  document_symbol: string | null;
  resolution_id: number;
  resolution_label: string;
  resolution_title: string;
  adopted_symbol: string | null;
  paragraph_number: string | null;
  part: string;
  clause_index: number;
  programmes: string[];
  status: MandateListItem['status'];
  owner_unit: string | null;
  priority: MandateListItem['priority'];
  version: number;
  verbs: string[];
  addressees: string[];
  action: string;
  unodc_facing: boolean;
  next_due: string | null;
  overridden: string[];
  project_count: number | string;
  budget_line_count: number | string;
};

/** Maps list rows to API items, loading their effective obligations in one query. */
export async function toListItems(db: Kysely<Database>, rows: readonly ListRow[]): Promise<MandateListItem[]> {
  const obligations = await loadObligations(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    documentSymbol: row.document_symbol,
    resolutionId: row.resolution_id,
    resolutionLabel: row.resolution_label,
    resolutionTitle: row.resolution_title,
    adoptedSymbol: row.adopted_symbol,
    paragraphNumber: row.paragraph_number,
    part: row.part === 'annex' ? 'annex' : 'operative',
    clauseIndex: row.clause_index,
    verbs: row.verbs as MandateVerb[],
    addressees: row.addressees as AddresseeId[],
    action: row.action,
    programmes: row.programmes,
    unodcFacing: row.unodc_facing,
    status: row.status,
    ownerUnit: row.owner_unit,
    priority: row.priority,
    version: row.version,
    nextDue: row.next_due,
    obligations: obligations.get(row.id) ?? [],
    overridden: row.overridden as OverrideField[],
    projectCount: Number(row.project_count),
    budgetLineCount: Number(row.budget_line_count),
  }));
}

/**
 * One page of mandates matching a filter, in the chosen order, with a keyset cursor for the
 * next page (`null` on the last page). Filtering and ordering happen in SQL.
 * @throws AppError BAD_REQUEST for a cursor of another order
 */
export async function listMandates(db: Kysely<Database>, input: TMandateListInput): Promise<MandateListPage> {
  const key = sortKey(input.sort);
  const descending = input.direction === 'desc';
  let query = mandatesWithContext(db)
    .select(listColumns())
    .select(key.as('sort_key'))
    .where((eb) => eb.and(mandateFilterConditions(input)));
  if (input.cursor) {
    const cursor = decodeCursor(input.cursor, input.sort, input.direction);
    const cursorKey = input.sort === 'due' ? sql`${cursor.key}::date` : sql`${cursor.key}::integer`;
    query = query.where(
      descending
        ? sql<boolean>`(${key}, m.id) < (${cursorKey}, ${cursor.id})`
        : sql<boolean>`(${key}, m.id) > (${cursorKey}, ${cursor.id})`,
    );
  }
  const rows = await query
    .orderBy(key, descending ? 'desc' : 'asc')
    .orderBy('m.id', descending ? 'desc' : 'asc')
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > input.limit && last !== undefined
      ? encodeCursor({
          sort: input.sort,
          direction: input.direction,
          key: last.sort_key as string | number,
          id: last.id,
        })
      : null;
  return { items: await toListItems(db, page as ListRow[]), nextCursor };
}
