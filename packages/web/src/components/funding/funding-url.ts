import { FUNDING_STATES, type FundingState } from '@mandate-tracker/shared';

/** The breakdowns of the funding screen, chosen with `?by=`. */
export const FUNDING_BREAKDOWNS = ['theme', 'fund', 'donor'] as const;
export type FundingBreakdown = (typeof FUNDING_BREAKDOWNS)[number];

export const BREAKDOWN_LABELS: Readonly<Record<FundingBreakdown, string>> = {
  theme: 'By theme',
  fund: 'By fund',
  donor: 'By donor',
};

/** `?by=fund` → "fund"; anything else falls back to the theme breakdown. */
export function breakdownFromParams(params: URLSearchParams): FundingBreakdown {
  const by = params.get('by');
  return FUNDING_BREAKDOWNS.find((breakdown) => breakdown === by) ?? 'theme';
}

/** `?state=unfunded` → "unfunded"; missing or unknown → null (every state). */
export function stateFromParams(params: URLSearchParams): FundingState | null {
  const state = params.get('state');
  return FUNDING_STATES.find((known) => known === state) ?? null;
}

/**
 * The planner workspace's mandate table filtered to the same mandates. The workspace filter
 * `funded` (ZMandateFilter) is a yes/no: "linked to money" or not, so both partly funded and
 * funded mandates open as `funded=true`.
 */
export function workspaceLinkForState(state: FundingState): string {
  return state === 'unfunded' ? '/?funded=false' : '/?funded=true';
}

/** The current query string with one parameter set (or removed when `value` is null), as "?…". */
export function searchWith(params: URLSearchParams, key: string, value: string | null): string {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(key);
  else next.set(key, value);
  const query = next.toString();
  return query === '' ? '?' : `?${query}`;
}
