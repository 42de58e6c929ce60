import { MANDATE_SORTS, mandateFilterFromQuery, type MandateSort, type TMandateFilter } from '@mandate-tracker/shared';

/**
 * The URL parameters of the mandate filters. They are the ones the CSV export and the iCal feed
 * read (`mandateFilterFromQuery`), so the workspace URL's query string can be handed to them as is.
 */
export const FILTER_PARAMS = [
  'addressee',
  'verb',
  'body',
  'session',
  'status',
  'owner',
  'funded',
  'project',
  'subject',
  'q',
  'unodcFacing',
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** The filter the URL asks for, or the default filter with `invalid` set when the URL holds a bad value. */
export function filterFromSearchParams(params: URLSearchParams): { filter: TMandateFilter; invalid: boolean } {
  const query: Record<string, string[]> = {};
  for (const key of FILTER_PARAMS) {
    const values = params.getAll(key);
    if (values.length > 0) query[key] = values;
  }
  try {
    return { filter: mandateFilterFromQuery(query), invalid: false };
  } catch {
    return { filter: mandateFilterFromQuery({}), invalid: true };
  }
}

/** Sort order of the table, from `?sort=due&dir=desc`; by resolution, ascending, by default. */
export function sortFromSearchParams(params: URLSearchParams): { sort: MandateSort; direction: 'asc' | 'desc' } {
  const sort = params.get('sort');
  return {
    sort: (MANDATE_SORTS as readonly string[]).includes(sort ?? '') ? (sort as MandateSort) : 'resolution',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** Only the filter parameters of the URL, for the export and feed links ("?addressee=unodc&q=prison"). */
export function filterQueryString(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of FILTER_PARAMS) for (const value of params.getAll(key)) if (value !== '') kept.append(key, value);
  const text = kept.toString();
  return text === '' ? '' : `?${text}`;
}

/** A copy of `params` with `key` set to `value`, or removed when `value` is empty. */
export function withParam(params: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null || value.trim() === '') next.delete(key);
  else next.set(key, value);
  return next;
}
