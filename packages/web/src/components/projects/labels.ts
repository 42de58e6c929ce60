import type { DonorKind, Fund, ProjectStatus } from '@mandate-tracker/shared';

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  pipeline: 'Pipeline',
  active: 'Active',
  closed: 'Closed',
};

export const FUND_LABELS: Readonly<Record<Fund, string>> = {
  'regular-budget': 'Regular budget',
  'general-purpose': 'General-purpose fund',
  'special-purpose': 'Special-purpose fund',
  'programme-support': 'Programme support cost',
};

export const DONOR_KIND_LABELS: Readonly<Record<DonorKind, string>> = {
  'member-state': 'Member State',
  multilateral: 'Multilateral',
  private: 'Private',
  other: 'Other',
};
