import type {
  CalendarEntry,
  CalendarSessionGroup,
  DeadlineStatus,
  Recurrence,
  ReportingRelation,
} from '@mandate-tracker/shared';
import type { CalendarSelection } from './calendar-params.ts';

/**
 * The session groups the selection shows. The server filters mandates (a mandate that reports
 * to the CCPCJ and to the CND matches `body=ccpcj`); here each deadline is also kept only when it
 * goes to a chosen body and falls in the chosen year and month, so "CCPCJ" shows CCPCJ deadlines only.
 */
export function visibleGroups(
  groups: readonly CalendarSessionGroup[],
  selection: Pick<CalendarSelection, 'bodies' | 'year' | 'month'>,
): CalendarSessionGroup[] {
  const period =
    selection.year === null
      ? null
      : selection.month === null
        ? `${selection.year}-`
        : `${selection.year}-${String(selection.month).padStart(2, '0')}-`;
  return groups
    .filter((group) => selection.bodies.length === 0 || selection.bodies.includes(group.body))
    .map((group) => ({
      ...group,
      entries: group.entries.filter((entry) => period === null || entry.dueDate.startsWith(period)),
    }))
    .filter((group) => group.entries.length > 0);
}

/** Deadlines keyed by due date ("2011-04-11"), for the month grid. */
export function entriesByDueDate(groups: readonly CalendarSessionGroup[]): Map<string, CalendarEntry[]> {
  const byDate = new Map<string, CalendarEntry[]>();
  for (const group of groups) {
    for (const entry of group.entries) byDate.set(entry.dueDate, [...(byDate.get(entry.dueDate) ?? []), entry]);
  }
  return byDate;
}

/** What the paragraph asks, in words: "Report to the session", "Report before the session". */
export const RELATION_LABELS: Readonly<Record<ReportingRelation, string>> = {
  at: 'Report to the session',
  before: 'Report before the session',
  between: 'Report between two sessions',
  'for-consideration-at': 'For consideration at the session',
  'by-date': 'Report by the date given',
  within: 'Report within the period given',
};

export const RECURRENCE_LABELS: Readonly<Record<Exclude<Recurrence, null>, string>> = {
  annual: 'every year',
  biennial: 'every two years',
  triennial: 'every three years',
  quadrennial: 'every four years',
};

export const DEADLINE_STATUS_LABELS: Readonly<Record<DeadlineStatus, string>> = {
  met: 'Met',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  upcoming: 'Upcoming',
};

export const DEADLINE_STATUS_BADGES: Readonly<Record<DeadlineStatus, string>> = {
  met: 'badge--ok',
  overdue: 'badge--error',
  'due-soon': 'badge--warning',
  upcoming: 'badge--pending',
};
