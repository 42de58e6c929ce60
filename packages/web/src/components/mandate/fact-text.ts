import type { MandateObligation, MandateResource, ReportingRelation } from '@mandate-tracker/shared';
import { formatDate, formatSession } from '../../format.ts';
import { RESOURCE_KIND_LABELS } from '../workspace/labels.ts';

export const RELATION_LABELS: Readonly<Record<ReportingRelation, string>> = {
  at: 'at',
  before: 'before',
  between: 'between',
  'for-consideration-at': 'for consideration at',
  'by-date': 'by',
  within: 'within',
};

/** "report at CCPCJ, 20th session", "report by 31 Dec 2012", "annual, from CND, 55th session". */
export function obligationText(
  obligation: Pick<MandateObligation, 'body' | 'session' | 'untilSession' | 'relation' | 'dueDate' | 'recurrence'>,
): string {
  const where =
    obligation.session === null
      ? obligation.dueDate === null
        ? formatSession(obligation.body, null)
        : `${formatSession(obligation.body, null)}, ${formatDate(obligation.dueDate)}`
      : formatSession(obligation.body, obligation.session);
  const until =
    obligation.relation === 'between' && obligation.untilSession !== null
      ? ` and ${formatSession(obligation.body, obligation.untilSession)}`
      : '';
  const recurrence = obligation.recurrence === null ? '' : ` (${obligation.recurrence})`;
  return `${RELATION_LABELS[obligation.relation]} ${where}${until}${recurrence}`;
}

/** "Extrabudgetary resources: “subject to the availability of extrabudgetary resources”". */
export function resourceText(resource: Pick<MandateResource, 'kind' | 'text'>): string {
  return `${RESOURCE_KIND_LABELS[resource.kind]}: “${resource.text}”`;
}
