import type {
  AddresseeId,
  DeliverableKind,
  DeliverableStatus,
  FundingState,
  MandatePriority,
  MandateStatus,
  MandateVerb,
  ResourceKind,
} from '@mandate-tracker/shared';

/** How planners name each addressee; the ids are the extractor's. */
export const ADDRESSEE_LABELS: Readonly<Record<AddresseeId, string>> = {
  unodc: 'UNODC',
  'unodc-executive-director': 'UNODC Executive Director',
  'secretary-general': 'Secretary-General',
  secretariat: 'Secretariat',
  'member-states': 'Member States',
  'states-parties': 'States parties',
  ccpcj: 'CCPCJ',
  cnd: 'CND',
  ga: 'General Assembly',
  ecosoc: 'ECOSOC',
  sc: 'Security Council',
  'cop-untoc': 'COP to UNTOC',
  'cosp-uncac': 'CoSP to UNCAC',
  'pni-institutes': 'PNI institutes',
  'un-system': 'UN system',
  donors: 'Donors',
  other: 'Other',
};

/** The operative verb as printed in resolutions. */
export const VERB_LABELS: Readonly<Record<MandateVerb, string>> = {
  request: 'Requests',
  urge: 'Urges',
  'call upon': 'Calls upon',
  invite: 'Invites',
  encourage: 'Encourages',
  recommend: 'Recommends',
  direct: 'Directs',
  decide: 'Decides',
  authorize: 'Authorizes',
  'reiterate-request': 'Reiterates its request',
};

/** Verbs offered in filters and corrections. */
export const SELECTABLE_VERBS: readonly MandateVerb[] = Object.keys(VERB_LABELS) as MandateVerb[];

export const MANDATE_STATUS_LABELS: Readonly<Record<MandateStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  completed: 'Completed',
  closed: 'Closed',
};

export const PRIORITY_LABELS: Readonly<Record<MandatePriority, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const DELIVERABLE_STATUS_LABELS: Readonly<Record<DeliverableStatus, string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  submitted: 'Submitted',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

export const DELIVERABLE_KIND_LABELS: Readonly<Record<DeliverableKind, string>> = {
  report: 'Report',
  'technical-assistance': 'Technical assistance',
  publication: 'Publication',
  meeting: 'Meeting',
};

export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, string>> = {
  'within-existing-resources': 'Within existing resources',
  extrabudgetary: 'Extrabudgetary resources',
  'voluntary-contributions': 'Voluntary contributions',
  'regular-budget': 'Regular budget',
  'adequate-resources': 'Adequate resources',
};

export const FUNDING_STATE_LABELS: Readonly<Record<FundingState, string>> = {
  funded: 'Funded',
  'partly-funded': 'Partly funded',
  unfunded: 'Unfunded',
};

/** "UNODC Executive Director, Secretary-General"; ids without a label are shown as they are. */
export function addresseeList(addressees: readonly AddresseeId[]): string {
  return addressees.map((id) => ADDRESSEE_LABELS[id] ?? id).join(', ');
}

/** "Requests, Urges" without the duplicate spelling of "calls upon". */
export function verbList(verbs: readonly MandateVerb[]): string {
  return [...new Set(verbs.map((verb) => VERB_LABELS[verb] ?? verb))].join(', ');
}
