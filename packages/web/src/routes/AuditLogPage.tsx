import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@mandate-tracker/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ACTION_LABELS, ENTITY_LABELS } from '../components/audit/audit-diff.ts';
import {
  FILTER_KEYS,
  filtersFromSearch,
  listInputOf,
  type AuditFilterValues,
} from '../components/audit/audit-filters.ts';
import { EntityLink } from '../components/audit/entity-link.tsx';
import { FieldChanges } from '../components/audit/FieldChanges.tsx';
import { useSession } from '../components/auth/session.ts';
import { signInPath } from '../components/auth/sign-in-path.ts';
import { formatDateTime } from '../format.ts';
import { useTRPC } from '../trpc.ts';

/** The whole audit log for admins: who changed what and when, filtered by user, entity, action and dates. */
export function AuditLogPage() {
  const { loading, isAdmin, signedIn } = useSession();
  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">
        Every write to the tracker: who made it, when, on which entity, and the values before and after.
      </p>
      {loading ? null : isAdmin ? (
        <AuditLog />
      ) : (
        <p className="notice">
          {signedIn ? (
            'Only admins can browse the whole audit log.'
          ) : (
            <>
              <Link to={signInPath('/audit')}>Sign in</Link> as an admin to browse the audit log.
            </>
          )}
        </p>
      )}
    </>
  );
}

function AuditLog() {
  const trpc = useTRPC();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const log = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(listInputOf(filters), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );

  function apply(values: AuditFilterValues) {
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) if (values[key].trim() !== '') next.set(key, values[key].trim());
    setSearch(next);
  }

  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <>
      <AuditFilters key={search.toString()} initial={filters} onApply={apply} />
      <div aria-live="polite">
        {log.isPending && <p className="muted">Loading the log…</p>}
        {log.isError && (
          <p role="alert" className="notice notice--error">
            The log could not be loaded: {log.error.message}
          </p>
        )}
        {log.isSuccess && entries.length === 0 && <p className="empty-state">No entry matches these filters.</p>}
      </div>
      {entries.length > 0 && (
        <div className="ledger-table-scroll">
          <table className="ledger-table audit-table" data-testid="audit-table">
            <caption className="visually-hidden">Audit log entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Entity</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-testid="audit-row">
                  <td>
                    <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>{entry.actorLabel}</td>
                  <td>{ACTION_LABELS[entry.action] ?? entry.action}</td>
                  <td>
                    <EntityLink entry={entry} />
                  </td>
                  <td>
                    <FieldChanges before={entry.before} after={entry.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {log.isFetchingNextPage ? 'Loading…' : 'Show older entries'}
        </button>
      )}
    </>
  );
}

function AuditFilters({
  initial,
  onApply,
}: {
  initial: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const set = (key: keyof AuditFilterValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(values);
  }
  return (
    <form className="filters" onSubmit={submit} aria-label="Filter the audit log">
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-user`}>User (email, system or cli)</label>
          <input id={`${id}-user`} value={values.user} maxLength={254} onChange={set('user')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-entity`}>Entity type</label>
          <select id={`${id}-entity`} value={values.entity} onChange={set('entity')}>
            <option value="">Any</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {ENTITY_LABELS[type] ?? type}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>Action</label>
          <select id={`${id}-action`} value={values.action} onChange={set('action')}>
            <option value="">Any</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {ACTION_LABELS[action] ?? action}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From (UTC day)</label>
          <input id={`${id}-from`} type="date" value={values.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To (UTC day)</label>
          <input id={`${id}-to`} type="date" value={values.to} onChange={set('to')} />
        </div>
      </div>
      <div className="item-actions">
        <button type="submit" className="button">
          Apply filters
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onApply({ user: '', entity: '', action: '', from: '', to: '' })}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
