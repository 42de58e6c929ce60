import { useInfiniteQuery } from '@tanstack/react-query';
import { formatDateTime } from '../../format.ts';
import { useTRPC, type RouterOutputs } from '../../trpc.ts';
import { ACTION_LABELS } from '../audit/audit-diff.ts';
import { FieldChanges } from '../audit/FieldChanges.tsx';
import { useSession } from '../auth/session.ts';

type MandateDetail = RouterOutputs['mandates']['get'];

const PAGE_SIZE = 20;

/**
 * Who changed this mandate, when, and from which values to which: its entries in the audit log,
 * newest first (planning fields, corrections, links, suggestion decisions, and its deliverables'
 * entries). Signed-in users only; the server refuses the log to the public.
 */
export function ChangeHistory({ mandate }: { mandate: MandateDetail }) {
  const { signedIn, loading } = useSession();
  if (loading) return null;
  if (!signedIn) return <p className="muted">Sign in to see who changed this mandate and when.</p>;
  return <MandateAuditEntries mandateId={mandate.id} />;
}

type AuditEntry = RouterOutputs['audit']['forEntity']['entries'][number];

/** The deliverable's title after the change, or before it when it was deleted. */
function deliverableTitle(entry: AuditEntry): string {
  const titleOf = (values: unknown) =>
    values !== null && typeof values === 'object' && 'title' in values ? String(values.title) : null;
  return titleOf(entry.after) ?? titleOf(entry.before) ?? `#${entry.entityId}`;
}

function MandateAuditEntries({ mandateId }: { mandateId: number }) {
  const trpc = useTRPC();
  const history = useInfiniteQuery(
    trpc.audit.forEntity.infiniteQueryOptions(
      { entityType: 'mandate', entityId: String(mandateId), limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  if (history.isPending) return <p className="muted">Loading the history…</p>;
  if (history.isError) {
    return (
      <p role="alert" className="notice notice--error">
        The history could not be loaded: {history.error.message}
      </p>
    );
  }
  const entries = history.data.pages.flatMap((page) => page.entries);
  if (entries.length === 0)
    return <p className="empty-state">Nobody has changed this mandate since it was imported.</p>;
  return (
    <>
      <ol
        className="item-list audit-history"
        aria-label="Changes to this mandate, newest first"
        data-testid="mandate-history"
      >
        {entries.map((entry) => (
          <li key={entry.id} data-testid="history-entry">
            <p>
              {entry.entityType === 'deliverable' && <>Deliverable “{deliverableTitle(entry)}”: </>}
              <strong>{ACTION_LABELS[entry.action] ?? entry.action}</strong> by {entry.actorLabel},{' '}
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
            </p>
            <FieldChanges before={entry.before} after={entry.after} />
          </li>
        ))}
      </ol>
      {history.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? 'Loading…' : 'Show older changes'}
        </button>
      )}
    </>
  );
}
