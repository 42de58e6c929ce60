import { z } from 'zod';
import { databaseId, isoDate } from './common.ts';
import type { DeadlineStatus } from '../deadlines/status.ts';
import type { BodyId, Recurrence, ReportingRelation } from '../ingest/types.ts';
import { ZMandateFilter } from './mandates.ts';

/** Optional "today" for status computation; the server's UTC date when omitted. */
const today = isoDate.optional();

/**
 * Reporting deadlines due between `from` and `to` (inclusive), for the mandates matching the
 * mandate-list filter (its `dueFrom`/`dueTo` are ignored here: the range is the window).
 */
export const ZCalendarRange = ZMandateFilter.extend({
  from: isoDate,
  to: isoDate,
  today,
}).refine((input) => input.from <= input.to, { message: '"from" must not be after "to"', path: ['to'] });
export type TCalendarRange = z.infer<typeof ZCalendarRange>;

export const ZMandateDeadlines = z.object({ mandateId: databaseId, today });
export type TMandateDeadlines = z.infer<typeof ZMandateDeadlines>;

/** One occurrence of a reporting obligation with its dates, status and the session it goes to. */
export interface ObligationDeadline {
  obligationId: number;
  mandateId: number;
  body: BodyId;
  /** Session the report goes to (for 'between': the later one); null for date-based deadlines. */
  session: number | null;
  /** "CCPCJ, 20th session", or the body's name for date-based deadlines. */
  sessionName: string;
  relation: ReportingRelation;
  recurrence: Recurrence;
  /** 0 for the first occurrence; recurring obligations have one entry per occurrence. */
  occurrence: number;
  dueDate: string;
  /** For 'between': the report may be submitted from this date (close of the earlier session). */
  windowStart: string | null;
  /** True when the session date is projected from a regularity, not listed. */
  projected: boolean;
  sessionStart: string | null;
  sessionEnd: string | null;
  sessionPlace: string | null;
  /** Where the session date comes from (document symbol, press release, or the projection rule). */
  sessionSource: string | null;
  /** Due date minus the documentation lead time: a planning assumption, not a UN rule. */
  documentationDeadline: string;
  leadWeeks: number;
  status: DeadlineStatus;
}

/** A calendar entry: the deadline plus the mandate and paragraph that ask for the report. */
export interface CalendarEntry extends ObligationDeadline {
  documentSymbol: string | null;
  resolutionLabel: string;
  adoptedSymbol: string | null;
  paragraphNumber: string | null;
  /** "A/65/457 I.14" or "A/RES/65/232 para. 36". */
  reference: string;
  /** The start of the paragraph text, for context. */
  excerpt: string;
  paragraphText: string;
  addressees: string[];
  mandateStatus: string;
}

/** Deadlines of one session (or of one body's date-based deadlines). */
export interface CalendarSessionGroup {
  body: BodyId;
  session: number | null;
  sessionName: string;
  startDate: string | null;
  endDate: string | null;
  place: string | null;
  source: string | null;
  projected: boolean;
  entries: CalendarEntry[];
}

export interface CalendarRangeResult {
  from: string;
  to: string;
  today: string;
  leadWeeks: number;
  groups: CalendarSessionGroup[];
  total: number;
}

/** Input of the planner dashboard (`stats.dashboard`). */
export const ZDashboardInput = z.object({ today }).default({});
export type TDashboardInput = z.infer<typeof ZDashboardInput>;
