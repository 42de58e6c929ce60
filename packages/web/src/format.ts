import type { BodyId } from '@mandate-tracker/shared';
import { format, isValid, parseISO } from 'date-fns';

/** Short names of the bodies, as UNODC staff and delegates write them. */
export const BODY_LABELS: Readonly<Record<BodyId, string>> = {
  ga: 'GA',
  ecosoc: 'ECOSOC',
  ccpcj: 'CCPCJ',
  cnd: 'CND',
  sc: 'Security Council',
  hrc: 'HRC',
  'cop-untoc': 'COP UNTOC',
  'cosp-uncac': 'CoSP UNCAC',
};

/**
 * Shows a date unambiguously in every locale: "11 Apr 2011".
 *
 * A date-only ISO string ("2011-04-11") is read as that calendar day, whatever the browser's time
 * zone; a timestamp or `Date` is shown as the day it falls on locally.
 * @throws RangeError when the value is not a date, so a bad value fails loudly in tests.
 */
export function formatDate(value: string | Date): string {
  const date = typeof value === 'string' ? parseISO(value) : value;
  if (!isValid(date)) throw new RangeError(`formatDate: not a date: ${String(value)}`);
  return format(date, 'd MMM yyyy');
}

/** English ordinal of a positive whole number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th. */
export function ordinal(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  switch (value % 10) {
    case 1:
      return `${value}st`;
    case 2:
      return `${value}nd`;
    case 3:
      return `${value}rd`;
    default:
      return `${value}th`;
  }
}

/**
 * Names a session the way documents cite it: "CCPCJ, 20th session", "GA, 66th session".
 * ECOSOC numbers its substantive sessions by year ("ECOSOC, 2011 session"); bodies without
 * numbered sessions (the Security Council) pass `null` and get the body's name alone.
 */
export function formatSession(body: BodyId, session: number | null): string {
  const label = BODY_LABELS[body];
  if (session === null) return label;
  return body === 'ecosoc' ? `${label}, ${session} session` : `${label}, ${ordinal(session)} session`;
}
