import {
  BODY_SHORT_NAMES,
  type CalendarEntry,
  type CalendarRangeResult,
  type CalendarSessionGroup,
  type ObligationDeadline,
  type TCalendarRange,
} from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { documentationLeadWeeks, listObligationDeadlines, todayUtc } from '../deadlines/index.ts';
import { filteredMandateIds, mandateContexts, type MandateContext } from './filtered-mandates.ts';

/** How much of the paragraph a calendar entry quotes. */
const EXCERPT_LENGTH = 240;

/** The first words of a paragraph, cut at a word boundary. */
export function excerptOf(text: string, length: number = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A deadline with the mandate and paragraph that ask for it. */
export function toCalendarEntry(deadline: ObligationDeadline, mandate: MandateContext): CalendarEntry {
  return {
    ...deadline,
    documentSymbol: mandate.documentSymbol,
    resolutionLabel: mandate.resolutionLabel,
    adoptedSymbol: mandate.adoptedSymbol,
    paragraphNumber: mandate.paragraphNumber,
    reference: mandate.reference,
    excerpt: excerptOf(mandate.paragraphText),
    paragraphText: mandate.paragraphText,
    addressees: mandate.addressees,
    mandateStatus: mandate.status,
  };
}

/**
 * The deadlines of the filtered mandates (the same filter as {@link filteredMandateIds}) that fall in the window
 * (`from`/`to`, else the filter's `dueFrom`/`dueTo`), each with its mandate, paragraph reference
 * and excerpt. Without an end, recurring obligations run five years past today.
 */
export async function calendarEntries(
  db: Kysely<Database>,
  input: Omit<TCalendarRange, 'from' | 'to'> & { from?: string; to?: string },
  options: { leadWeeks?: number } = {},
): Promise<{ entries: CalendarEntry[]; today: string; leadWeeks: number }> {
  const today = input.today ?? todayUtc();
  const leadWeeks = options.leadWeeks ?? documentationLeadWeeks();
  // Mandates are scoped by a subquery, and their paragraphs loaded only for those with a
  // deadline in the window: a calendar month of a large database reads few paragraphs.
  const deadlines = await listObligationDeadlines(db, {
    mandateScope: filteredMandateIds(db, { ...input, dueFrom: undefined, dueTo: undefined }),
    from: input.from ?? input.dueFrom,
    to: input.to ?? input.dueTo,
    today,
    leadWeeks,
  });
  // The body and session filters pick mandates by their obligations; the calendar then shows only
  // the deadlines of that body and session (I.14 filtered to the CCPCJ has no CND entry).
  const wanted = deadlines.filter(
    (deadline) =>
      (input.body === undefined || input.body.length === 0 || input.body.includes(deadline.body)) &&
      (input.session === undefined || deadline.session === input.session),
  );
  const byId = await mandateContexts(
    db,
    wanted.map((deadline) => deadline.mandateId),
  );
  return {
    entries: wanted.map((deadline) => toCalendarEntry(deadline, byId.get(deadline.mandateId)!)),
    today,
    leadWeeks,
  };
}

/**
 * Reporting deadlines between `from` and `to`, grouped by body and session in date order
 * (date-based deadlines form one group per body). Each group carries the session's dates, place
 * and source, and whether they are projected.
 */
export async function calendarRange(
  db: Kysely<Database>,
  input: TCalendarRange,
  options: { leadWeeks?: number } = {},
): Promise<CalendarRangeResult> {
  const { entries, today, leadWeeks } = await calendarEntries(db, input, options);
  const groups = new Map<string, CalendarSessionGroup>();
  for (const entry of entries) {
    const key = `${entry.body}:${entry.session ?? 'date'}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        body: entry.body,
        session: entry.session,
        sessionName:
          entry.session === null ? `${BODY_SHORT_NAMES[entry.body]}, date-based deadlines` : entry.sessionName,
        startDate: entry.sessionStart,
        endDate: entry.sessionEnd,
        place: entry.sessionPlace,
        source: entry.sessionSource,
        projected: entry.projected,
        entries: [],
      };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      (a.startDate ?? a.entries[0]!.dueDate).localeCompare(b.startDate ?? b.entries[0]!.dueDate) ||
      a.body.localeCompare(b.body),
  );
  return { from: input.from, to: input.to, today, leadWeeks, groups: sorted, total: entries.length };
}
