/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') in UTC, so the result never depends on the
 * machine's time zone. No clock: callers pass "today" in.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date; throws on a malformed or impossible date. */
export function toDayNumber(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${isoDate}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: "${isoDate}"`);
  }
  return time / MS_PER_DAY;
}

/** The ISO date of a day number. */
export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `isoDate` shifted by `days` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/** `isoDate` shifted by whole years; 29 February falls back to 28 February. */
export function addYears(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  const monthDay = isoDate.slice(5);
  const candidate = `${String(year).padStart(4, '0')}-${monthDay}`;
  return monthDay === '02-29' && !isLeapYear(year) ? `${String(year).padStart(4, '0')}-02-28` : candidate;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDayNumber(isoDate) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week that holds `isoDate`. */
export function mondayOfWeek(isoDate: string): string {
  return addDays(isoDate, 1 - isoWeekday(isoDate));
}

/** The Monday nearest to `isoDate`: Tuesday to Thursday go back, Friday to Sunday go forward. */
export function nearestMonday(isoDate: string): string {
  const weekday = isoWeekday(isoDate);
  return addDays(isoDate, weekday <= 4 ? 1 - weekday : 8 - weekday);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for a well-formed calendar date string. */
export function isIsoDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}
