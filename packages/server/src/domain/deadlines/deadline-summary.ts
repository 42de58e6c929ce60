import {
  addDays,
  addYears,
  deadlineStatus,
  dueOccurrences,
  firstDueOccurrence,
  DUE_SOON_DAYS,
  type ObligationDeadline,
} from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { loadSessionLookup } from '../sessions/index.ts';
import {
  compareDeadlines,
  DEFAULT_HORIZON_YEARS,
  effectiveObligations,
  loadDischargedDates,
  type MandateIdQuery,
  obligationTiming,
  occurrenceMet,
  toObligationDeadline,
} from './obligation-deadlines.ts';

/** The deadline figures of a set of mandates on one day. */
export interface DeadlineSummary {
  /** Occurrences not met due from today to today + {@link DUE_SOON_DAYS} days. */
  dueSoon: number;
  /** Occurrences not met whose date has passed. */
  overdue: number;
  /** Occurrences met by a submitted or delivered deliverable, up to the horizon. */
  met: number;
  /** The next occurrences not met (due soon or upcoming, up to the horizon), soonest first. */
  upcoming: ObligationDeadline[];
}

/** The `limit` smallest deadlines offered, kept sorted; the rest are dropped as they come. */
class SoonestDeadlines {
  readonly items: ObligationDeadline[] = [];
  constructor(private readonly limit: number) {}

  /** The last due date still worth generating: beyond it an occurrence cannot enter the list. */
  cutoff(horizon: string): string {
    return this.items.length < this.limit ? horizon : this.items[this.items.length - 1]!.dueDate;
  }

  offer(deadline: ObligationDeadline): void {
    if (this.limit === 0) return;
    if (this.items.length === this.limit && compareDeadlines(deadline, this.items[this.limit - 1]!) >= 0) return;
    let index = this.items.length;
    while (index > 0 && compareDeadlines(deadline, this.items[index - 1]!) < 0) index -= 1;
    this.items.splice(index, 0, deadline);
    if (this.items.length > this.limit) this.items.pop();
  }
}

/**
 * Counts the deadlines of the mandates `mandateIds` selects (a subquery, so no id list travels
 * to the database) without building a calendar: the same figures as counting the entries of
 * `listObligationDeadlines` up to `horizon` (five years past today by default), in one pass over
 * the obligations. Each recurring obligation is expanded only as far as a figure still needs it:
 * to today + 90 days for the counts, to its latest delivered date for 'met', and for `upcoming`
 * to the due date of the current `upcomingLimit`-th soonest deadline. Memory is one row per
 * obligation plus the `upcomingLimit` deadlines returned.
 */
export async function summarizeDeadlines(
  db: Kysely<Database>,
  query: {
    mandateIds: MandateIdQuery;
    today: string;
    leadWeeks: number;
    upcomingLimit: number;
    horizon?: string;
  },
): Promise<DeadlineSummary> {
  const { today, leadWeeks } = query;
  const horizon = query.horizon ?? addYears(today, DEFAULT_HORIZON_YEARS);
  const soonLimit = addDays(today, DUE_SOON_DAYS);
  const [lookup, obligations, discharged] = await Promise.all([
    loadSessionLookup(db),
    effectiveObligations(db).where('ro.mandate_id', 'in', query.mandateIds).execute(),
    loadDischargedDates(db),
  ]);
  const summary: DeadlineSummary = { dueSoon: 0, overdue: 0, met: 0, upcoming: [] };
  const soonest = new SoonestDeadlines(query.upcomingLimit);
  for (const row of obligations) {
    const timing = obligationTiming(row);
    if (timing === null) continue;
    const deliveredDates = discharged.get(row.id) ?? [];
    // An undated deliverable meets the first occurrence, a dated one the occurrence of its date.
    const metDates = deliveredDates.map((date) => date ?? firstDueOccurrence(timing, lookup)?.dueDate ?? '');
    // ISO dates compare as strings: the furthest date any figure still needs, never past the horizon.
    const needed = [soonLimit, soonest.cutoff(horizon), ...metDates].reduce((a, b) => (b > a ? b : a));
    const expandTo = needed < horizon ? needed : horizon;
    dueOccurrences(timing, lookup, expandTo).forEach((occurrence, index) => {
      if (occurrence.dueDate > horizon) return;
      const met = occurrenceMet(timing, deliveredDates, occurrence, index);
      const status = deadlineStatus({ dueDate: occurrence.dueDate, today, met });
      if (status === 'met') summary.met += 1;
      else if (status === 'overdue') summary.overdue += 1;
      else {
        if (status === 'due-soon' && occurrence.dueDate <= soonLimit) summary.dueSoon += 1;
        if (occurrence.dueDate <= soonest.cutoff(horizon)) {
          soonest.offer(toObligationDeadline(row, timing, occurrence, index, met, { today, leadWeeks }));
        }
      }
    });
  }
  summary.upcoming = soonest.items;
  return summary;
}
