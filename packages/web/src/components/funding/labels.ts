import type { Fund, FundingState } from '@mandate-tracker/shared';

/** Names of UNODC's funds as its budget documents write them. */
export const FUND_LABELS: Readonly<Record<Fund, string>> = {
  'regular-budget': 'Regular budget',
  'general-purpose': 'General-purpose fund',
  'special-purpose': 'Special-purpose funds',
  'programme-support': 'Programme support costs',
};

/** Funding states as a donor reads them. */
export const FUNDING_STATE_LABELS: Readonly<Record<FundingState, string>> = {
  funded: 'Funded',
  'partly-funded': 'Partly funded',
  unfunded: 'Unfunded',
};

/** Badge modifier per state: the word carries the meaning, the colour only repeats it. */
export const FUNDING_STATE_BADGES: Readonly<Record<FundingState, string>> = {
  funded: 'badge--ok',
  'partly-funded': 'badge--pending',
  unfunded: 'badge--error',
};

export const DONOR_KIND_LABELS: Readonly<Record<string, string>> = {
  'member-state': 'Member State',
  multilateral: 'Multilateral',
  private: 'Private',
  other: 'Other',
};
