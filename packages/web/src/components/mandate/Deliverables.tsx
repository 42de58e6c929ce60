import {
  DELIVERABLE_KINDS,
  DELIVERABLE_TRANSITIONS,
  type DeliverableKind,
  type DeliverableStatus,
} from '@mandate-tracker/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { formatDate, formatSession } from '../../format.ts';
import { useTRPC, type RouterOutputs } from '../../trpc.ts';
import { PlannerOnly } from '../auth/PlannerOnly.tsx';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { DELIVERABLE_KIND_LABELS, DELIVERABLE_STATUS_LABELS } from '../workspace/labels.ts';
import { errorCode, useRefreshMandate } from './mandate-queries.ts';

type MandateDetail = RouterOutputs['mandates']['get'];
type Deliverable = RouterOutputs['deliverables']['list'][number];

/** The button that moves a deliverable to `status`. */
const MOVE_LABELS: Readonly<Record<DeliverableStatus, string>> = {
  planned: 'Mark planned',
  'in-progress': 'Start work',
  submitted: 'Mark submitted',
  delivered: 'Mark delivered',
  cancelled: 'Cancel',
};

function DeliverableItem({ deliverable, mandate }: { deliverable: Deliverable; mandate: MandateDetail }) {
  const trpc = useTRPC();
  const refresh = useRefreshMandate();
  const id = useId();
  const [evidence, setEvidence] = useState(deliverable.evidence ?? '');
  const move = useMutation(trpc.deliverables.update.mutationOptions({ onSuccess: refresh }));
  const obligation = mandate.obligations.find((candidate) => candidate.id === deliverable.reportingObligationId);
  const moves = DELIVERABLE_TRANSITIONS[deliverable.status];

  return (
    <li data-testid={`deliverable-${deliverable.id}`}>
      <strong>{deliverable.title}</strong>{' '}
      <span className={`tag deliverable-status--${deliverable.status}`} data-testid="deliverable-status">
        {DELIVERABLE_STATUS_LABELS[deliverable.status]}
      </span>
      <div className="muted">
        {DELIVERABLE_KIND_LABELS[deliverable.kind]}
        {deliverable.dueDate !== null && ` · due ${formatDate(deliverable.dueDate)}`}
        {obligation && ` · for ${formatSession(obligation.body, obligation.session)}`}
        {` · owner ${deliverable.owner ?? 'not assigned'}`}
        {deliverable.evidence !== null && ` · evidence: ${deliverable.evidence}`}
      </div>
      {moves.length > 0 && (
        <PlannerOnly quiet>
          <div className="item-actions">
            <div className="field">
              <label htmlFor={`${id}-evidence`}>Evidence (symbol or link)</label>
              <input
                id={`${id}-evidence`}
                value={evidence}
                maxLength={500}
                placeholder="e.g. E/CN.15/2011/6"
                onChange={(event) => setEvidence(event.target.value)}
              />
            </div>
            {moves.map((status) => (
              <button
                key={status}
                type="button"
                className={`button button--small${status === 'cancelled' ? ' button--secondary' : ''}`}
                disabled={move.isPending}
                onClick={() =>
                  move.mutate({
                    id: deliverable.id,
                    version: deliverable.version,
                    status,
                    evidence: evidence.trim() === '' ? null : evidence.trim(),
                  })
                }
              >
                {MOVE_LABELS[status]}
                <span className="visually-hidden"> “{deliverable.title}”</span>
              </button>
            ))}
          </div>
        </PlannerOnly>
      )}
      <div aria-live="polite">
        {move.isError && (
          <p role="alert" className="notice notice--error">
            {errorCode(move.error) === 'CONFLICT'
              ? 'Someone else changed this deliverable; its current state is shown now. Try again if the move still applies.'
              : `The status was not changed: ${move.error.message}`}
          </p>
        )}
      </div>
    </li>
  );
}

function AddDeliverable({ mandate }: { mandate: MandateDetail }) {
  const trpc = useTRPC();
  const refresh = useRefreshMandate();
  const id = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DeliverableKind>('report');
  const [obligationId, setObligationId] = useState<number | null>(mandate.obligations[0]?.id ?? null);
  const [dueDate, setDueDate] = useState('');
  const [owner, setOwner] = useState('');
  const create = useMutation(
    trpc.deliverables.create.mutationOptions({
      onSuccess: async () => {
        setTitle('');
        setDueDate('');
        await refresh();
      },
    }),
  );
  const obligationDue = mandate.obligations.find((obligation) => obligation.id === obligationId)?.dueDate ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({
      mandateId: mandate.id,
      reportingObligationId: obligationId,
      title,
      kind,
      // Left empty, the server takes the due date of the obligation.
      dueDate: dueDate === '' ? undefined : dueDate,
      owner: owner.trim() === '' ? null : owner.trim(),
    });
  }

  return (
    <form onSubmit={submit} aria-label="Add a deliverable">
      <h3>Add a deliverable</h3>
      <div className="form-grid">
        <div className="field field--wide">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            required
            maxLength={300}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as DeliverableKind)}>
            {DELIVERABLE_KINDS.map((option) => (
              <option key={option} value={option}>
                {DELIVERABLE_KIND_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-obligation`}>For the deadline</label>
          <select
            id={`${id}-obligation`}
            value={obligationId ?? ''}
            onChange={(event) => setObligationId(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">No reporting deadline</option>
            {mandate.obligations.map((obligation) => (
              <option key={obligation.id} value={obligation.id}>
                {formatSession(obligation.body, obligation.session)}
                {obligation.dueDate !== null && `, ${formatDate(obligation.dueDate)}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due date</label>
          <input id={`${id}-due`} type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
          <span className="muted">
            {obligationDue !== null ? `Empty: ${formatDate(obligationDue)}, from the deadline` : 'Optional'}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <input id={`${id}-owner`} maxLength={120} value={owner} onChange={(event) => setOwner(event.target.value)} />
        </div>
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Adding…' : 'Add deliverable'}
      </button>
      <div aria-live="polite">
        {create.isSuccess && <p className="notice">Added “{create.data.title}”.</p>}
        {create.isError && (
          <p role="alert" className="notice notice--error">
            Not added: {create.error.message}
          </p>
        )}
      </div>
    </form>
  );
}

/** What UNODC will produce for this mandate, moved along planned → in progress → submitted → delivered. */
export function Deliverables({ mandate }: { mandate: MandateDetail }) {
  const trpc = useTRPC();
  const deliverables = useQuery(trpc.deliverables.list.queryOptions({ mandateId: mandate.id }));
  return (
    <div className="stack">
      {deliverables.isError ? (
        <ServerErrorNotice
          error={deliverables.error}
          onRetry={() => void deliverables.refetch()}
          retrying={deliverables.isFetching}
        />
      ) : !deliverables.data ? (
        <p role="status" className="loading">
          Loading deliverables…
        </p>
      ) : deliverables.data.length === 0 ? (
        <p className="empty-state">No deliverable yet: nothing is planned to answer this mandate.</p>
      ) : (
        <ul className="item-list" aria-label="Deliverables">
          {deliverables.data.map((deliverable) => (
            // The key includes the version so that the evidence field restarts from the saved value.
            <DeliverableItem
              key={`${deliverable.id}-${deliverable.version}`}
              deliverable={deliverable}
              mandate={mandate}
            />
          ))}
        </ul>
      )}
      <PlannerOnly what="add deliverables or change their status">
        <AddDeliverable mandate={mandate} />
      </PlannerOnly>
    </div>
  );
}
