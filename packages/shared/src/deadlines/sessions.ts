import type { BodyId } from '../ingest/types.ts';
import { addDays, fromDayNumber, isoWeekday, nearestMonday, toDayNumber } from './dates.ts';
import { BODY_SHORT_NAMES } from './ordinals.ts';

/** A session with its dates: a listed fact (with its source) or a projection (marked as such). */
export interface SessionDates {
  body: BodyId;
  /** Ordinal (CCPCJ 20) or, for ECOSOC, the year of the substantive session. */
  number: number;
  startDate: string;
  endDate: string | null;
  place: string | null;
  source: string;
  projected: boolean;
}

/** Answers "when does this session open?", from listed sessions or a projection. */
export type SessionLookup = (body: BodyId, number: number) => SessionDates | null;

/** The calendar year a session meets in, from the regularities of fixtures/data/README.md. */
export function sessionYear(body: BodyId, number: number): number | null {
  switch (body) {
    case 'ccpcj':
      return 1991 + number;
    case 'cnd':
      return 1957 + number;
    case 'ga':
      return 1945 + number;
    case 'ecosoc':
      return number;
    default:
      return null;
  }
}

/** Where a body meets, for projected sessions. */
const USUAL_PLACE: Partial<Record<BodyId, string>> = { ccpcj: 'Vienna', cnd: 'Vienna', ga: 'New York' };

/** Opening month-day used when a body has no listed session to take a median from. */
const FALLBACK_OPENING: Partial<Record<BodyId, string>> = { ccpcj: '04-20', cnd: '03-10', ecosoc: '07-01' };

/** How long a session usually lasts, in days from opening to closing (CCPCJ and CND: Monday to Friday). */
const USUAL_LENGTH_DAYS: Partial<Record<BodyId, number>> = { ccpcj: 4, cnd: 4, ecosoc: 25 };

/**
 * The General Assembly's rule 1: a regular session opens on the Tuesday of the third week of
 * September, counting from the first week that contains at least one working day. Weeks run
 * Monday to Sunday. Checked against every listed GA session (65 to 70).
 */
export function gaOpeningDate(year: number): string {
  const september1 = `${year}-09-01`;
  const weekday = isoWeekday(september1);
  // Saturday or Sunday: the first week with a working day starts the following Monday.
  const firstWeekMonday = weekday >= 6 ? addDays(september1, 8 - weekday) : addDays(september1, 1 - weekday);
  return addDays(firstWeekMonday, 14 + 1);
}

/** Day of a non-leap year (1–365) of a month-day, so medians ignore leap days. */
function dayOfYear(monthDay: string): number {
  return toDayNumber(`2001-${monthDay}`) - toDayNumber('2001-01-01') + 1;
}

function monthDayOf(day: number): string {
  return fromDayNumber(toDayNumber('2001-01-01') + Math.round(day) - 1).slice(5);
}

/** The median opening month-day of the listed, non-projected sessions of a body. */
export function medianOpening(listed: readonly SessionDates[]): string | null {
  const days = listed
    .filter((session) => !session.projected)
    .map((session) => dayOfYear(session.startDate.slice(5)))
    .sort((a, b) => a - b);
  if (days.length === 0) return null;
  const middle = Math.floor(days.length / 2);
  const median = days.length % 2 === 1 ? days[middle]! : (days[middle - 1]! + days[middle]!) / 2;
  return monthDayOf(Math.floor(median));
}

/**
 * Projects a session that is not listed, from the regularities in fixtures/data/README.md:
 * - GA session N opens in 1945 + N by rule 1 (see {@link gaOpeningDate});
 * - CCPCJ N meets in 1991 + N, CND N in 1957 + N, ECOSOC's substantive session in its year:
 *   opening on the Monday nearest the median opening day of the body's listed sessions.
 * Returns null for bodies with no regularity (Security Council, HRC, conferences of parties).
 * @param listed the body's listed sessions (facts), used for the median opening day
 */
export function projectSession(body: BodyId, number: number, listed: readonly SessionDates[]): SessionDates | null {
  const year = sessionYear(body, number);
  if (year === null || year < 1946 || year > 2200) return null;
  if (body === 'ga') {
    return {
      body,
      number,
      startDate: gaOpeningDate(year),
      endDate: null,
      place: USUAL_PLACE.ga ?? null,
      source: `Projected: GA session N opens in 1945 + N on the Tuesday of the third week of September (rules of procedure, rule 1)`,
      projected: true,
    };
  }
  const ofBody = listed.filter((session) => session.body === body);
  const median = medianOpening(ofBody);
  const monthDay = median ?? FALLBACK_OPENING[body];
  if (monthDay === undefined) return null;
  const startDate = nearestMonday(`${year}-${monthDay}`);
  const length = USUAL_LENGTH_DAYS[body];
  const yearRule = body === 'ecosoc' ? 'the substantive session of year N' : `session N meets in ${year - number} + N`;
  const basis =
    median === null
      ? `usual opening around ${monthDay}`
      : `Monday nearest the median opening day (${monthDay}) of ${ofBody.filter((s) => !s.projected).length} listed sessions`;
  return {
    body,
    number,
    startDate,
    endDate: length === undefined ? null : addDays(startDate, length),
    place: USUAL_PLACE[body] ?? null,
    source: `Projected: ${BODY_SHORT_NAMES[body]} ${yearRule}; ${basis}`,
    projected: true,
  };
}

/**
 * A lookup over listed sessions that projects any session not listed.
 * Listed sessions always win over projections. Projections are remembered: each one sorts the
 * body's listed sessions, and expanding thousands of recurring obligations asks for the same few
 * dozen sessions tens of thousands of times.
 */
export function createSessionLookup(listed: readonly SessionDates[]): SessionLookup {
  const byKey = new Map<string, SessionDates | null>(
    listed.map((session) => [`${session.body}:${session.number}`, session]),
  );
  return (body, number) => {
    const key = `${body}:${number}`;
    if (!byKey.has(key)) byKey.set(key, projectSession(body, number, listed));
    return byKey.get(key) ?? null;
  };
}
