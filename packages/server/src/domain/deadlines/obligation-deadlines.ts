import {
  addYears,
  BODY_SHORT_NAMES,
  deadlineStatus,
  DISCHARGING_DELIVERABLE_STATUSES,
  documentationDeadline,
  dueOccurrences,
  firstDueOccurrence,
  sessionName,
  type DueOccurrence,
  type ObligationDeadline,
  type ObligationTiming,
  type SessionLookup,
} from '@mandate-tracker/shared';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/types.ts';
import { loadSessionLookup } from '../sessions/index.ts';
import { AppError } from '../errors.ts';
import { toObligationTiming } from './due-date.ts';

/** A query selecting mandate ids, e.g. `mandatesWithContext(db).select('m.id').where(…)`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any source tables: only the selected column matters
export type MandateIdQuery = SelectQueryBuilder<any, any, { id: number }>;

/** Which deadlines to compute. */
export interface DeadlineQuery {
  /** Only obligations of these mandates; all mandates when omitted. */
  mandateIds?: readonly number[];
  /** Only obligations of the mandates this subquery selects (no id list sent to the database). */
  mandateScope?: MandateIdQuery;
  /** Only occurrences due on or after this date. */
  from?: string;
  /** Only occurrences due on or before this date; also the horizon for recurring obligations. */
  to?: string;
  /** The date statuses are computed for. */
  today: string;
  /** Documentation lead time in weeks (planning assumption). */
  leadWeeks: number;
  /** Only the first occurrence of each obligation (recurring ones are not expanded). */
  firstOnly?: boolean;
}

/** Recurring obligations are expanded this many years past today when no `to` is given. */
export const DEFAULT_HORIZON_YEARS = 5;
/** Keeps `in (...)` lists well under PostgreSQL's parameter limit. */
const ID_CHUNK = 5000;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < values.length; index += size) result.push(values.slice(index, index + size));
  return result;
}

/** A stored reporting obligation, as the deadline rules read it. */
export interface StoredObligation {
  id: number;
  mandate_id: number;
  body: string;
  session: number | null;
  until_session: number | null;
  relation: string;
  due_date: string | null;
  recurrence: string | null;
}

/**
 * The effective obligations: a planner's override of `reporting` is stored as 'entered' rows
 * that replace the extracted ones (domain/mandates/effective.ts). Narrow it with
 * `.where('ro.mandate_id', …)`.
 */
export function effectiveObligations(db: Kysely<Database>) {
  return db
    .selectFrom('reporting_obligation as ro')
    .leftJoin('mandate_override as ov', (join) =>
      join.onRef('ov.mandate_id', '=', 'ro.mandate_id').on('ov.field', '=', 'reporting'),
    )
    .where((where) =>
      where.or([
        where.and([where('ov.id', 'is', null), where('ro.origin', '=', 'extracted')]),
        where.and([where('ov.id', 'is not', null), where('ro.origin', '=', 'entered')]),
      ]),
    )
    .select([
      'ro.id',
      'ro.mandate_id',
      'ro.body',
      'ro.session',
      'ro.until_session',
      'ro.relation',
      'ro.due_date',
      'ro.recurrence',
    ]);
}

/**
 * The due dates of the submitted or delivered deliverables of each obligation (null for undated
 * ones): what makes an occurrence 'met'. Every obligation when `obligationIds` is omitted.
 */
export async function loadDischargedDates(
  db: Kysely<Database>,
  obligationIds?: readonly number[],
): Promise<Map<number, (string | null)[]>> {
  const query = db
    .selectFrom('deliverable')
    .select(['reporting_obligation_id', 'due_date'])
    .where('reporting_obligation_id', 'is not', null)
    .where('status', 'in', [...DISCHARGING_DELIVERABLE_STATUSES] as ('submitted' | 'delivered')[]);
  const rows =
    obligationIds === undefined
      ? await query.execute()
      : (
          await Promise.all(
            chunks(obligationIds, ID_CHUNK).map((ids) => query.where('reporting_obligation_id', 'in', ids).execute()),
          )
        ).flat();
  const discharged = new Map<number, (string | null)[]>();
  for (const row of rows) {
    const list = discharged.get(row.reporting_obligation_id!) ?? [];
    list.push(row.due_date);
    discharged.set(row.reporting_obligation_id!, list);
  }
  return discharged;
}

/** A stored obligation's timing, or null when it cannot be dated. */
export function obligationTiming(row: StoredObligation): ObligationTiming | null {
  return toObligationTiming({
    body: row.body,
    session: row.session,
    untilSession: row.until_session,
    relation: row.relation,
    due: row.due_date,
    recurrence: row.recurrence,
  });
}

/**
 * Whether an occurrence is met: for one-off obligations any submitted or delivered deliverable,
 * for recurring ones a deliverable due on that occurrence's date (or undated, for the first).
 */
export function occurrenceMet(
  timing: ObligationTiming,
  deliveredDates: readonly (string | null)[],
  occurrence: DueOccurrence,
  index: number,
): boolean {
  return timing.recurrence === null
    ? deliveredDates.length > 0
    : deliveredDates.some((date) => date === occurrence.dueDate || (date === null && index === 0));
}

/** One occurrence of an obligation as a deadline with its documentation deadline and status. */
export function toObligationDeadline(
  row: StoredObligation,
  timing: ObligationTiming,
  occurrence: DueOccurrence,
  index: number,
  met: boolean,
  context: { today: string; leadWeeks: number },
): ObligationDeadline {
  return {
    obligationId: row.id,
    mandateId: row.mandate_id,
    body: timing.body,
    session: occurrence.session?.number ?? null,
    sessionName:
      occurrence.session === null ? BODY_SHORT_NAMES[timing.body] : sessionName(timing.body, occurrence.session.number),
    relation: timing.relation,
    recurrence: timing.recurrence,
    occurrence: index,
    dueDate: occurrence.dueDate,
    windowStart: occurrence.windowStart,
    projected: occurrence.projected,
    sessionStart: occurrence.session?.startDate ?? null,
    sessionEnd: occurrence.session?.endDate ?? null,
    sessionPlace: occurrence.session?.place ?? null,
    sessionSource: occurrence.session?.source ?? null,
    documentationDeadline: documentationDeadline(occurrence.dueDate, context.leadWeeks),
    leadWeeks: context.leadWeeks,
    status: deadlineStatus({ dueDate: occurrence.dueDate, today: context.today, met })!,
  };
}

/** Orders deadlines by due date, then mandate, obligation and occurrence. */
export function compareDeadlines(
  a: Pick<ObligationDeadline, 'dueDate' | 'mandateId' | 'obligationId' | 'occurrence'>,
  b: Pick<ObligationDeadline, 'dueDate' | 'mandateId' | 'obligationId' | 'occurrence'>,
): number {
  return (
    a.dueDate.localeCompare(b.dueDate) ||
    a.mandateId - b.mandateId ||
    a.obligationId - b.obligationId ||
    a.occurrence - b.occurrence
  );
}

/** The first element of `dueOccurrences(timing, lookup, horizon)`, without expanding the rest. */
function firstOccurrenceWithin(timing: ObligationTiming, lookup: SessionLookup, horizon: string): DueOccurrence[] {
  const first = firstDueOccurrence(timing, lookup);
  if (first === null) return [];
  // dueOccurrences keeps a one-off occurrence whatever the horizon, a recurring one only up to it.
  return timing.recurrence === null || first.dueDate <= horizon ? [first] : [];
}

/**
 * Every occurrence of the reporting obligations in scope with its due date, documentation
 * deadline and status. Dates are computed on read from the sessions table (listed or projected),
 * so a corrected session date moves every deadline at once; 'by-date'/'within' obligations use
 * their stored date. An occurrence is 'met' when a deliverable of the obligation was submitted
 * or delivered (see {@link occurrenceMet}). Recurring obligations are expanded only up to `to`
 * (five years past today without it), and occurrences before `from` are dropped as they are
 * generated, so the result holds only the window's deadlines. Sorted by due date.
 */
export async function listObligationDeadlines(
  db: Kysely<Database>,
  query: DeadlineQuery,
): Promise<ObligationDeadline[]> {
  const lookup = await loadSessionLookup(db);
  const obligationQuery = effectiveObligations(db);
  const obligations =
    query.mandateIds === undefined
      ? await (
          query.mandateScope === undefined
            ? obligationQuery
            : obligationQuery.where('ro.mandate_id', 'in', query.mandateScope)
        ).execute()
      : (
          await Promise.all(
            chunks(query.mandateIds, ID_CHUNK).map((ids) =>
              obligationQuery.where('ro.mandate_id', 'in', ids).execute(),
            ),
          )
        ).flat();
  if (obligations.length === 0) return [];
  const discharged = await loadDischargedDates(
    db,
    query.mandateIds === undefined ? undefined : obligations.map((row) => row.id),
  );

  const horizon = query.to ?? addYears(query.today, DEFAULT_HORIZON_YEARS);
  const deadlines: ObligationDeadline[] = [];
  for (const row of obligations) {
    const timing = obligationTiming(row);
    if (timing === null) continue;
    const deliveredDates = discharged.get(row.id) ?? [];
    const occurrences = query.firstOnly
      ? firstOccurrenceWithin(timing, lookup, horizon)
      : dueOccurrences(timing, lookup, horizon);
    occurrences.forEach((occurrence, index) => {
      if (query.from !== undefined && occurrence.dueDate < query.from) return;
      if (query.to !== undefined && occurrence.dueDate > query.to) return;
      const met = occurrenceMet(timing, deliveredDates, occurrence, index);
      deadlines.push(toObligationDeadline(row, timing, occurrence, index, met, query));
    });
  }
  return deadlines.sort(compareDeadlines);
}

/**
 * Every deadline of one mandate (all occurrences up to five years from today), for the mandate
 * page; NOT_FOUND when the mandate does not exist.
 */
export async function mandateDeadlines(
  db: Kysely<Database>,
  input: { mandateId: number; today: string; leadWeeks: number },
): Promise<ObligationDeadline[]> {
  const mandate = await db.selectFrom('mandate').select('id').where('id', '=', input.mandateId).executeTakeFirst();
  if (mandate === undefined) throw new AppError('NOT_FOUND', `No mandate with id ${input.mandateId}`);
  return listObligationDeadlines(db, { mandateIds: [input.mandateId], today: input.today, leadWeeks: input.leadWeeks });
}
