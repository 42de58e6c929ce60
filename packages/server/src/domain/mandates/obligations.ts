import type {
  BodyId,
  MandateObligation,
  Recurrence,
  ReportingRelation,
  SessionLookup,
  Span,
} from '@mandate-tracker/shared';
import { BODY_IDS } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { loadSessionLookup } from '../sessions/index.ts';

const BODIES: ReadonlySet<string> = new Set(BODY_IDS);

interface ObligationRow {
  id: number;
  mandate_id: number;
  body: string;
  session: number | null;
  until_session: number | null;
  relation: string;
  due_date: string | null;
  recurrence: string | null;
  origin: 'extracted' | 'entered';
  inherited_from: string | null;
  span: Span | null;
}

function toObligation(row: ObligationRow, lookup: SessionLookup): MandateObligation {
  const sessionNumber =
    row.relation === 'between' ? (row.until_session ?? (row.session === null ? null : row.session + 1)) : row.session;
  const session = sessionNumber === null || !BODIES.has(row.body) ? null : lookup(row.body as BodyId, sessionNumber);
  return {
    id: row.id,
    body: row.body as BodyId,
    session: row.session,
    untilSession: row.until_session,
    relation: row.relation as ReportingRelation,
    dueDate: row.due_date ?? session?.startDate ?? null,
    recurrence: row.recurrence as Recurrence,
    origin: row.origin,
    inheritedFrom: row.inherited_from,
    span: row.span,
    sessionStart: session?.startDate ?? null,
    sessionEnd: session?.endDate ?? null,
    sessionProjected: session?.projected ?? null,
  };
}

/**
 * The reporting obligations of some mandates with their session dates, grouped by mandate.
 * `which: 'effective'` gives the entered obligations of mandates whose reporting a planner
 * overrode and the extracted ones otherwise; `'extracted'` gives the parser's.
 */
export async function loadObligations(
  db: Kysely<Database>,
  mandateIds: readonly number[],
  which: 'effective' | 'extracted' = 'effective',
): Promise<Map<number, MandateObligation[]>> {
  const grouped = new Map<number, MandateObligation[]>();
  if (mandateIds.length === 0) return grouped;
  const originCondition =
    which === 'extracted'
      ? sql`ro.origin = 'extracted'`
      : sql`ro.origin = (case when ov.id is null then 'extracted' else 'entered' end)`;
  const { rows } = await sql<ObligationRow>`
    select ro.id, ro.mandate_id, ro.body, ro.session, ro.until_session, ro.relation, ro.due_date,
      ro.recurrence, ro.origin, ro.inherited_from, ro.span
    from reporting_obligation ro
    left join mandate_override ov on ov.mandate_id = ro.mandate_id and ov.field = 'reporting'
    where ro.mandate_id in (${sql.join([...mandateIds])}) and ${originCondition}
    order by ro.mandate_id, ro.due_date nulls last, ro.id
  `.execute(db);
  const lookup = await loadSessionLookup(db);
  for (const row of rows) {
    const list = grouped.get(row.mandate_id) ?? [];
    list.push(toObligation(row, lookup));
    grouped.set(row.mandate_id, list);
  }
  return grouped;
}
