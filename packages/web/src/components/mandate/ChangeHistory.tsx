import { formatDateTime } from '../../format.ts';
import type { RouterOutputs } from '../../trpc.ts';

type MandateDetail = RouterOutputs['mandates']['get'];

const FIELD_NAMES: Readonly<Record<string, string>> = {
  verbs: 'Verb',
  addressees: 'Addressees',
  resources: 'Resource condition',
  reporting: 'Deadline and reporting',
  action: 'What is asked',
};

/**
 * What the API records about changes: when each correction was made, and the current version of
 * the planning fields. A full audit trail (who changed what, and from which value) is not kept by
 * the server yet.
 */
export function ChangeHistory({ mandate }: { mandate: MandateDetail }) {
  const corrections = [...mandate.overrides].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return (
    <>
      {corrections.length === 0 ? (
        <p className="empty-state">No fact of this mandate has been corrected.</p>
      ) : (
        <ul className="item-list" aria-label="Corrections">
          {corrections.map((override) => (
            <li key={override.field}>
              {formatDateTime(override.createdAt)}: {FIELD_NAMES[override.field] ?? override.field} corrected
              {override.createdBy !== null && ` by ${override.createdBy}`}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Status, owner, priority and notes have been saved {mandate.version - 1} time{mandate.version === 2 ? '' : 's'}{' '}
        (version {mandate.version}). A full history of who changed what is not recorded yet.
      </p>
    </>
  );
}
