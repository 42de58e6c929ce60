import type { BodyId, Recurrence, ReportingRelation } from '../ingest/types.ts';
import { addYears, toDayNumber } from './dates.ts';
import type { SessionDates, SessionLookup } from './sessions.ts';

/** What the due-date rules need of a reporting obligation (extracted or entered). */
export interface ObligationTiming {
  body: BodyId;
  session: number | null;
  untilSession: number | null;
  relation: ReportingRelation;
  /** ISO date when the text fixes one ('by-date', 'within'). */
  due: string | null;
  recurrence: Recurrence;
}

/** One occurrence of an obligation: when the report is due, and the session it goes to. */
export interface DueOccurrence {
  /** The session the report goes to, or null for date-based deadlines. */
  session: SessionDates | null;
  /** Opening day of the session, or the extracted date. */
  dueDate: string;
  /** For 'between': the report may be submitted from the close of the first session up to `dueDate`. */
  windowStart: string | null;
  /** True when the date rests on a projected session. */
  projected: boolean;
}

/** How many sessions (or years) apart recurring obligations fall. */
export const RECURRENCE_STEP: Readonly<Record<Exclude<Recurrence, null>, number>> = {
  annual: 1,
  biennial: 2,
  triennial: 3,
  quadrennial: 4,
};

/** Safety cap on recurring occurrences, whatever the horizon. */
const MAX_OCCURRENCES = 100;

/** The occurrence `shift` sessions after the obligation's own session. */
function shiftedOccurrence(obligation: ObligationTiming, shift: number, lookup: SessionLookup): DueOccurrence | null {
  if (obligation.relation === 'by-date' || obligation.relation === 'within' || obligation.session === null) {
    return obligation.due === null
      ? null
      : { session: null, dueDate: obligation.due, windowStart: null, projected: false };
  }
  if (obligation.relation === 'between') {
    // "between its twentieth and twenty-first sessions": from the close of the first to the opening of the second.
    const first = lookup(obligation.body, obligation.session + shift);
    const second = lookup(obligation.body, (obligation.untilSession ?? obligation.session + 1) + shift);
    if (second === null) return null;
    return {
      session: second,
      dueDate: second.startDate,
      windowStart: first === null ? null : (first.endDate ?? first.startDate),
      projected: second.projected || (first?.projected ?? false),
    };
  }
  // 'at', 'before', 'for-consideration-at': the report must be ready when the session opens.
  const session = lookup(obligation.body, obligation.session + shift);
  if (session === null) return null;
  return { session, dueDate: session.startDate, windowStart: null, projected: session.projected };
}

/**
 * The first due date of an obligation: its session's opening date ('at', 'before',
 * 'for-consideration-at'), the opening of the later session ('between'), or the extracted date
 * ('by-date', 'within'). Null when the session cannot be dated or the text gives no date.
 */
export function firstDueOccurrence(obligation: ObligationTiming, lookup: SessionLookup): DueOccurrence | null {
  return shiftedOccurrence(obligation, 0, lookup);
}

/**
 * Every occurrence of an obligation up to `horizon` (inclusive). A recurring obligation repeats
 * every 1–4 sessions of its body (or years, for date-based ones), starting from its first
 * occurrence; a one-off obligation has at most one occurrence, whatever the horizon.
 */
export function dueOccurrences(obligation: ObligationTiming, lookup: SessionLookup, horizon: string): DueOccurrence[] {
  const first = firstDueOccurrence(obligation, lookup);
  if (first === null) return [];
  if (obligation.recurrence === null) return [first];
  const step = RECURRENCE_STEP[obligation.recurrence];
  const horizonDay = toDayNumber(horizon);
  const occurrences: DueOccurrence[] = [];
  for (let index = 0; index < MAX_OCCURRENCES; index += 1) {
    const occurrence =
      index === 0
        ? first
        : obligation.session === null || obligation.relation === 'by-date' || obligation.relation === 'within'
          ? { ...first, dueDate: addYears(first.dueDate, index * step) }
          : shiftedOccurrence(obligation, index * step, lookup);
    if (occurrence === null || toDayNumber(occurrence.dueDate) > horizonDay) break;
    occurrences.push(occurrence);
  }
  return occurrences;
}
