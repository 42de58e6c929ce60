import {
  addYears,
  BODY_SHORT_NAMES,
  deadlineStatus,
  DISCHARGING_DELIVERABLE_STATUSES,
  documentationDeadline,
  dueOccurrences,
  sessionName,
  type ObligationDeadline,
} from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { loadSessionLookup } from '../sessions/index.ts';
import { AppError } from '../errors.ts';
import { toObligationTiming } from './due-date.ts';

/** Which deadlines to compute. */
export interface DeadlineQuery {
  /** Only obligations of these mandates; all mandates when omitted. */
  mandateIds?: readonly number[];
  /** Only occurrences due on or after this date. */
  from?: string;
  /** Only occurrences due on or before this date; also the horizon for recurring obligations. */
  to?: string;
  /** The date statuses are computed for. */
  today: string;
  /** Documentation lead time in weeks (planning assumption). */
  leadWeeks: number;
}

/** Recurring obligations are expanded this many years past today when no `to` is given. */
const DEFAULT_HORIZON_YEARS = 5;
/** Keeps `in (...)` lists well under PostgreSQL's parameter limit. */
const ID_CHUNK = 5000;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < values.length; index += size) result.push(values.slice(index, index + size));
  return result;
}

/**
 * Every occurrence of the reporting obligations in scope with its due date, documentation
 * deadline and status. Dates are computed on read from the sessions table (listed or projected),
 * so a corrected session date moves every deadline at once; 'by-date'/'within' obligations use
 * their stored date. An occurrence is 'met' when a deliverable of the obligation was submitted
 * or delivered: for one-off obligations any such deliverable, for recurring ones a deliverable
 * due on that occurrence's date (or undated, for the first occurrence).
 * Sorted by due date.
 */
export async function listObligationDeadlines(
  db: Kysely<Database>,
  query: DeadlineQuery,
): Promise<ObligationDeadline[]> {
  const lookup = await loadSessionLookup(db);
  // The effective obligations: a planner's override of `reporting` is stored as 'entered' rows
  // that replace the extracted ones (domain/mandates/effective.ts).
  const obligationQuery = db
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
  const obligations =
    query.mandateIds === undefined
      ? await obligationQuery.execute()
      : (
          await Promise.all(
            chunks(query.mandateIds, ID_CHUNK).map((ids) =>
              obligationQuery.where('ro.mandate_id', 'in', ids).execute(),
            ),
          )
        ).flat();
  if (obligations.length === 0) return [];

  const discharged = new Map<number, (string | null)[]>();
  for (const ids of chunks(
    obligations.map((row) => row.id),
    ID_CHUNK,
  )) {
    const rows = await db
      .selectFrom('deliverable')
      .select(['reporting_obligation_id', 'due_date'])
      .where('reporting_obligation_id', 'in', ids)
      .where('status', 'in', [...DISCHARGING_DELIVERABLE_STATUSES] as ('submitted' | 'delivered')[])
      .execute();
    for (const row of rows) {
      const list = discharged.get(row.reporting_obligation_id!) ?? [];
      list.push(row.due_date);
      discharged.set(row.reporting_obligation_id!, list);
    }
  }

  const horizon = query.to ?? addYears(query.today, DEFAULT_HORIZON_YEARS);
  const deadlines: ObligationDeadline[] = [];
  for (const row of obligations) {
    const timing = toObligationTiming({
      body: row.body,
      session: row.session,
      untilSession: row.until_session,
      relation: row.relation,
      due: row.due_date,
      recurrence: row.recurrence,
    });
    if (timing === null) continue;
    const deliveredDates = discharged.get(row.id) ?? [];
    dueOccurrences(timing, lookup, horizon).forEach((occurrence, index) => {
      if (query.from !== undefined && occurrence.dueDate < query.from) return;
      if (query.to !== undefined && occurrence.dueDate > query.to) return;
      const met =
        timing.recurrence === null
          ? deliveredDates.length > 0
          : deliveredDates.some((date) => date === occurrence.dueDate || (date === null && index === 0));
      deadlines.push({
        obligationId: row.id,
        mandateId: row.mandate_id,
        body: timing.body,
        session: occurrence.session?.number ?? null,
        sessionName:
          occurrence.session === null
            ? BODY_SHORT_NAMES[timing.body]
            : sessionName(timing.body, occurrence.session.number),
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
        documentationDeadline: documentationDeadline(occurrence.dueDate, query.leadWeeks),
        leadWeeks: query.leadWeeks,
        status: deadlineStatus({ dueDate: occurrence.dueDate, today: query.today, met })!,
      });
    });
  }
  return deadlines.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.mandateId - b.mandateId || a.obligationId - b.obligationId,
  );
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
