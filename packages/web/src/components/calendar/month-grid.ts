import { addMonths, eachDayOfInterval, endOfMonth, endOfWeek, format, startOfMonth, startOfWeek } from 'date-fns';

/** One day cell of the month grid. */
export interface GridDay {
  /** "2011-04-11" */
  isoDate: string;
  dayOfMonth: number;
  /** False for the days of the previous or next month that fill the first and last weeks. */
  inMonth: boolean;
}

/** Weeks start on Monday, as in the UN calendar of conferences and meetings. */
const WEEK_STARTS_ON = 1;

/** The weeks (Monday to Sunday) covering a month, as rows of seven days. `month` is 1–12. */
export function monthWeeks(year: number, month: number): GridDay[][] {
  const first = new Date(year, month - 1, 1);
  const days = eachDayOfInterval({
    start: startOfWeek(first, { weekStartsOn: WEEK_STARTS_ON }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn: WEEK_STARTS_ON }),
  });
  const weeks: GridDay[][] = [];
  for (let index = 0; index < days.length; index += 7) {
    weeks.push(
      days.slice(index, index + 7).map((day) => ({
        isoDate: format(day, 'yyyy-MM-dd'),
        dayOfMonth: day.getDate(),
        inMonth: day.getMonth() === month - 1,
      })),
    );
  }
  return weeks;
}

/** The weekday names of the grid's columns, Monday first: [["Mon", "Monday"], …]. */
export const WEEKDAYS: readonly (readonly [short: string, long: string])[] = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
];

/** The month `offset` months away: shiftMonth(2011, 12, 1) → { year: 2012, month: 1 }. */
export function shiftMonth(year: number, month: number, offset: number): { year: number; month: number } {
  const shifted = addMonths(startOfMonth(new Date(year, month - 1, 1)), offset);
  return { year: shifted.getFullYear(), month: shifted.getMonth() + 1 };
}

/** "April 2011". */
export function monthTitle(year: number, month: number): string {
  return format(new Date(year, month - 1, 1), 'MMMM yyyy');
}

/**
 * The month to open when the URL names none: the month of the next deadline from today, or of
 * the latest one when every deadline is past, or the current month when there are none.
 */
export function defaultMonth(dueDates: readonly string[], today: string): { year: number; month: number } {
  const sorted = [...dueDates].sort();
  const chosen = sorted.find((date) => date >= today) ?? sorted.at(-1) ?? today;
  return { year: Number(chosen.slice(0, 4)), month: Number(chosen.slice(5, 7)) };
}
