import {
  type AddresseeId,
  type MandateVerb,
  type ReportingObligation,
  type ResourceKind,
} from '@mandate-tracker/shared';
import { formatDate, formatSession } from '../../format.ts';

const ADDRESSEE_LABELS: Readonly<Record<AddresseeId, string>> = {
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
  'cop-untoc': 'COP UNTOC',
  'cosp-uncac': 'CoSP UNCAC',
  'pni-institutes': 'PNI institutes',
  'un-system': 'UN system',
  donors: 'Donors',
  other: 'Other',
};

const VERB_LABELS: Readonly<Record<MandateVerb, string>> = {
  request: 'requests',
  urge: 'urges',
  'call upon': 'calls upon',
  invite: 'invites',
  encourage: 'encourages',
  recommend: 'recommends',
  direct: 'directs',
  decide: 'decides',
  authorize: 'authorizes',
  'reiterate-request': 'reiterates its request',
};

const RESOURCE_LABELS: Readonly<Record<ResourceKind, string>> = {
  'within-existing-resources': 'within existing resources',
  extrabudgetary: 'extrabudgetary resources',
  'voluntary-contributions': 'voluntary contributions',
  'regular-budget': 'regular budget',
  'adequate-resources': 'adequate resources',
};

/** "Secretary-General, UNODC" */
export function addresseeList(addressees: readonly AddresseeId[]): string {
  return addressees.length === 0 ? 'no addressee found' : addressees.map((id) => ADDRESSEE_LABELS[id]).join(', ');
}

/** "requests, urges": each label once ("Reiterates its request" also carries `request`). */
export function verbList(verbs: readonly MandateVerb[]): string {
  return [...new Set(verbs.map((verb) => VERB_LABELS[verb]))].join(', ');
}

export function resourceLabel(kind: ResourceKind): string {
  return RESOURCE_LABELS[kind];
}

/** "report at GA, 66th session", "report by 11 Apr 2011", with "annual" where the text repeats it. */
export function deadlineText(obligation: ReportingObligation): string {
  const session =
    obligation.session === null
      ? null
      : obligation.untilSession !== null
        ? `between ${formatSession(obligation.body, obligation.session)} and ${formatSession(obligation.body, obligation.untilSession)}`
        : formatSession(obligation.body, obligation.session);
  const due = obligation.due === null ? null : `by ${formatDate(obligation.due)}`;
  const when = [session, due].filter((part) => part !== null).join(', ') || formatSession(obligation.body, null);
  return obligation.recurrence === null ? when : `${when} (${obligation.recurrence})`;
}
