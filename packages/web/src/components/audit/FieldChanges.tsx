import { changedFields } from './audit-diff.ts';

/** The fields one audited write changed, as "field: before → after" lines. */
export function FieldChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = changedFields(before, after);
  if (changes.length === 0) return <span className="muted">No field changed</span>;
  return (
    <ul className="audit-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="audit-changes__field">{change.field}</span>: <del>{change.before}</del>{' '}
          <span aria-label="changed to">→</span> <ins>{change.after}</ins>
        </li>
      ))}
    </ul>
  );
}
