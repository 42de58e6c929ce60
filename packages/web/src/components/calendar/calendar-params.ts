import { ADDRESSEE_IDS, BODY_IDS, type AddresseeId, type BodyId } from '@mandate-tracker/shared';

export const CALENDAR_VIEWS = ['list', 'month'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/**
 * What the calendar shows, read from the URL so a delegate can bookmark or share it:
 * `?view=month&body=ccpcj&addressee=unodc-executive-director&unodcFacing=all&year=2011&month=4`.
 * The filter parameters carry the names the iCal feed and the CSV export read (`mandateFilterFromQuery`).
 */
export interface CalendarSelection {
  view: CalendarView;
  bodies: BodyId[];
  addressee: AddresseeId | null;
  /** False (default): only requests UNODC delivers; true: every addressee (`unodcFacing=all`). */
  allAddressees: boolean;
  year: number | null;
  /** 1–12; only meaningful with a year. */
  month: number | null;
}

function pick<T extends string>(known: readonly T[], value: string | null): T | null {
  return known.find((candidate) => candidate === value) ?? null;
}

function wholeNumber(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/** Reads the selection from the URL; unknown values are ignored rather than failing the page. */
export function selectionFromParams(params: URLSearchParams): CalendarSelection {
  const bodies = params
    .getAll('body')
    .flatMap((value) => value.split(','))
    .map((value) => pick(BODY_IDS, value.trim()))
    .filter((body) => body !== null);
  const year = wholeNumber(params.get('year'), 1945, 2200);
  return {
    view: pick(CALENDAR_VIEWS, params.get('view')) ?? 'list',
    bodies: [...new Set(bodies)],
    addressee: pick(ADDRESSEE_IDS, params.get('addressee')),
    allAddressees: params.get('unodcFacing') === 'all',
    year,
    month: year === null ? null : wholeNumber(params.get('month'), 1, 12),
  };
}

/** The URL query of a selection, parameters in a stable order, defaults left out. */
export function paramsFromSelection(selection: CalendarSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (selection.view !== 'list') params.set('view', selection.view);
  for (const body of selection.bodies) params.append('body', body);
  if (selection.addressee !== null) params.set('addressee', selection.addressee);
  if (selection.allAddressees) params.set('unodcFacing', 'all');
  if (selection.year !== null) params.set('year', String(selection.year));
  if (selection.year !== null && selection.month !== null) params.set('month', String(selection.month));
  return params;
}

/**
 * Only the mandate filters of the selection, as the iCal feed and the CSV export read them
 * ("?body=ccpcj&addressee=unodc"). The period is left out on purpose: a subscription keeps
 * receiving the deadlines that are added later.
 */
export function feedQuery(selection: CalendarSelection): string {
  const params = new URLSearchParams();
  for (const body of selection.bodies) params.append('body', body);
  if (selection.addressee !== null) params.set('addressee', selection.addressee);
  if (selection.allAddressees) params.set('unodcFacing', 'all');
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** How far ahead the calendar looks by default: recurring reports are listed up to this many years ahead. */
export const YEARS_AHEAD = 5;

/**
 * The window asked of the server: from 2000 (the oldest resolutions the tracker holds) to the end
 * of the chosen year or of five years from today, whichever is later. Months and years are then
 * cut from it in the browser, so moving between months needs no new request.
 */
export function calendarWindow(today: string, selectedYear: number | null): { from: string; to: string } {
  const lastYear = Math.max(Number(today.slice(0, 4)) + YEARS_AHEAD, selectedYear ?? 0);
  return { from: '2000-01-01', to: `${lastYear}-12-31` };
}
