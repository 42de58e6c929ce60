import { type BodyId, BODY_SHORT_NAMES, sessionName } from '@mandate-tracker/shared';
import { format, isValid, parseISO } from 'date-fns';

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

/**
 * Names a session the way documents cite it: "CCPCJ, 20th session", "GA, 66th session",
 * "ECOSOC, 2011 session" (ECOSOC numbers its sessions by year). Bodies without numbered sessions
 * (the Security Council) pass `null` and get the body's name alone. The naming rules live in
 * `shared` so the server's calendar feed and the screens agree.
 */
export function formatSession(body: BodyId, session: number | null): string {
  return session === null ? BODY_SHORT_NAMES[body] : sessionName(body, session);
}

/** A moment to the second, in the browser's time zone: "29 Nov 2026, 19:05:42". */
export function formatDateTime(value: Date): string {
  if (!isValid(value)) throw new RangeError(`formatDateTime: not a date: ${String(value)}`);
  return format(value, 'd MMM yyyy, HH:mm:ss');
}

/** A running time in whole units, largest two only: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return `${minutes} min`;
  return `${seconds} s`;
}
