import type { AuditEntry } from '@mandate-tracker/shared';
import { Link } from 'react-router';
import { ENTITY_LABELS } from './audit-diff.ts';

function numberField(value: unknown, field: string): number | null {
  const found = (value as Record<string, unknown> | null)?.[field];
  return typeof found === 'number' ? found : null;
}

/** Where an entry's entity can be seen in the app, or null when it has no page of its own. */
export function entityPath(entry: Pick<AuditEntry, 'entityType' | 'entityId' | 'before' | 'after'>): string | null {
  switch (entry.entityType) {
    case 'mandate':
      return `/mandates/${entry.entityId}`;
    case 'project':
      return `/projects/${entry.entityId}`;
    case 'budget-line':
      return `/budget-lines/${entry.entityId}`;
    case 'document':
      return `/documents/${entry.entityId}`;
    case 'deliverable': {
      // A deliverable is shown on its mandate's page.
      const mandateId = numberField(entry.after, 'mandateId') ?? numberField(entry.before, 'mandateId');
      return mandateId === null ? null : `/mandates/${mandateId}`;
    }
    default:
      return null;
  }
}

/** "Mandate 12" as a link to its page when it has one (deleted entities keep their link, which then says so). */
export function EntityLink({ entry }: { entry: AuditEntry }) {
  const label = `${ENTITY_LABELS[entry.entityType] ?? entry.entityType} ${entry.entityId}`;
  const path = entityPath(entry);
  return path === null ? <span>{label}</span> : <Link to={path}>{label}</Link>;
}
