import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { CalendarEntry } from '@mandate-tracker/shared';
import { addDays } from '@mandate-tracker/shared';
import { AppError } from '../errors.ts';

function dateArray(isoDate: string): DateArray {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [year!, month!, day!];
}

/** Stable across feeds and re-imports of the same obligation row: calendar apps update in place. */
export function deadlineUid(entry: Pick<CalendarEntry, 'obligationId' | 'occurrence'>): string {
  return entry.occurrence === 0
    ? `obligation-${entry.obligationId}@mandate-tracker`
    : `obligation-${entry.obligationId}-${entry.occurrence}@mandate-tracker`;
}

/** "Report due: CCPCJ, 20th session — A/65/457 I.14". */
export function deadlineSummary(entry: Pick<CalendarEntry, 'sessionName' | 'reference'>): string {
  return `Report due: ${entry.sessionName} — ${entry.reference}`;
}

function description(entry: CalendarEntry, mandateUrl: string): string {
  const lines = [
    `${entry.reference}: ${entry.paragraphText}`,
    '',
    entry.session === null
      ? `Due ${entry.dueDate} (date given in the text).`
      : `Due at the opening of the ${entry.sessionName} on ${entry.dueDate}${entry.projected ? ' (projected date, not yet confirmed)' : ''}; source: ${entry.sessionSource ?? 'unknown'}.`,
  ];
  if (entry.windowStart !== null) lines.push(`The report may be submitted from ${entry.windowStart}.`);
  lines.push(
    `Documentation deadline (planning assumption: ${entry.leadWeeks} weeks before): ${entry.documentationDeadline}.`,
    `Status: ${entry.status}.`,
    '',
    mandateUrl,
  );
  return lines.join('\n');
}

/**
 * An iCalendar feed with one all-day event per reporting deadline on its due date, with a
 * stable UID, the paragraph text and a link to the mandate in the app.
 * @param mandateUrl builds the link to a mandate page, e.g. `https://host/mandates/12`
 */
export function deadlinesIcal(
  entries: readonly CalendarEntry[],
  options: { mandateUrl: (mandateId: number) => string; calendarName?: string },
): string {
  const events: EventAttributes[] = entries.map((entry) => {
    const url = options.mandateUrl(entry.mandateId);
    return {
      uid: deadlineUid(entry),
      title: deadlineSummary(entry),
      description: description(entry, url),
      url,
      start: dateArray(entry.dueDate),
      end: dateArray(addDays(entry.dueDate, 1)),
      location: entry.sessionPlace ?? undefined,
      categories: [entry.body.toUpperCase(), entry.status],
      status: entry.projected ? 'TENTATIVE' : 'CONFIRMED',
      transp: 'TRANSPARENT',
      productId: 'mandate-tracker',
      calName: options.calendarName ?? 'UNODC reporting deadlines',
    };
  });
  const { error, value } = createEvents(events, {
    productId: 'mandate-tracker',
    calName: options.calendarName ?? 'UNODC reporting deadlines',
  });
  if (error !== null || value === null) {
    throw new AppError('UNAVAILABLE', 'The calendar feed could not be built', { cause: error });
  }
  return value;
}
