import { addDays, daysBetween } from './dates.ts';

export const DEADLINE_STATUSES = ['met', 'overdue', 'due-soon', 'upcoming'] as const;
/** Where a reporting deadline stands, derived from dates and deliverables, never stored. */
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** A deadline is "due soon" within this many days. */
export const DUE_SOON_DAYS = 90;

/** Default planning assumption: documentation goes to conference services ten weeks before a session opens. */
export const DEFAULT_DOC_LEAD_WEEKS = 10;

/**
 * The status of a deadline on `today`: 'met' when a deliverable of the obligation was submitted or
 * delivered (whatever the date), otherwise 'overdue' once the due date has passed, 'due-soon' within
 * {@link DUE_SOON_DAYS} days, else 'upcoming'. Null when there is no due date and nothing was delivered.
 */
export function deadlineStatus(input: { dueDate: string | null; today: string; met: boolean }): DeadlineStatus | null {
  if (input.met) return 'met';
  if (input.dueDate === null) return null;
  const daysLeft = daysBetween(input.today, input.dueDate);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'due-soon';
  return 'upcoming';
}

/**
 * The documentation deadline: the due date minus the lead time per body, a planning assumption
 * (not a UN rule) that the UI shows as such.
 */
export function documentationDeadline(dueDate: string, leadWeeks: number = DEFAULT_DOC_LEAD_WEEKS): string {
  return addDays(dueDate, -7 * leadWeeks);
}

/** Deliverable statuses that discharge an obligation. */
export const DISCHARGING_DELIVERABLE_STATUSES: ReadonlySet<string> = new Set(['submitted', 'delivered']);
