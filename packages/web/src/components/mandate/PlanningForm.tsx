import {
  MANDATE_PRIORITIES,
  MANDATE_STATUSES,
  type MandatePriority,
  type MandateStatus,
} from '@mandate-tracker/shared';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC, type RouterOutputs } from '../../trpc.ts';
import { SignInToEditNote } from '../auth/PlannerOnly.tsx';
import { useSession } from '../auth/session.ts';
import { MANDATE_STATUS_LABELS, PRIORITY_LABELS } from '../workspace/labels.ts';
import { errorCode, useRefreshMandate } from './mandate-queries.ts';

type MandateDetail = RouterOutputs['mandates']['get'];

interface PlanningValues {
  status: MandateStatus;
  ownerUnit: string;
  priority: MandatePriority | '';
  notes: string;
}

/** The fields as the server holds them, from a CONFLICT error's `details.current`. */
interface CurrentFields {
  status: MandateStatus;
  ownerUnit: string | null;
  priority: MandatePriority | null;
  notes: string | null;
  version: number;
}

function toValues(fields: Omit<CurrentFields, 'version'>): PlanningValues {
  return {
    status: fields.status,
    ownerUnit: fields.ownerUnit ?? '',
    priority: fields.priority ?? '',
    notes: fields.notes ?? '',
  };
}

function currentOf(error: unknown): CurrentFields | null {
  const details = (error as { data?: { details?: { current?: CurrentFields } } } | null)?.data?.details;
  return details?.current ?? null;
}

/** The planning fields as text, for those who may read but not edit them. */
function PlanningFacts({ mandate }: { mandate: MandateDetail }) {
  return (
    <dl className="facts" data-testid="planning-facts">
      <dt>Status</dt>
      <dd>{MANDATE_STATUS_LABELS[mandate.status]}</dd>
      <dt>Owner unit</dt>
      <dd>{mandate.ownerUnit ?? <span className="muted">Not assigned</span>}</dd>
      <dt>Priority</dt>
      <dd>{mandate.priority === null ? <span className="muted">Not set</span> : PRIORITY_LABELS[mandate.priority]}</dd>
      <dt>Notes</dt>
      <dd>{mandate.notes ?? <span className="muted">None</span>}</dd>
    </dl>
  );
}

/** The planning of a mandate: a form for planners and admins, the values as text for everyone else. */
export function PlanningForm({ mandate }: { mandate: MandateDetail }) {
  const { loading, canPlan } = useSession();
  if (canPlan) return <PlanningEditor mandate={mandate} />;
  return (
    <>
      <PlanningFacts mandate={mandate} />
      {!loading && <SignInToEditNote what="edit the planning" />}
    </>
  );
}

/**
 * Status, owner unit, priority and notes. Each save names the version it was based on: if someone
 * else saved in between, the server refuses, and the form shows their values and offers to load
 * them instead of overwriting them.
 */
function PlanningEditor({ mandate }: { mandate: MandateDetail }) {
  const trpc = useTRPC();
  const refresh = useRefreshMandate();
  const id = useId();
  const [values, setValues] = useState<PlanningValues>(() => toValues(mandate));
  const [baseVersion, setBaseVersion] = useState(mandate.version);
  const save = useMutation(
    trpc.mandates.update.mutationOptions({
      onSuccess: async (saved) => {
        setBaseVersion(saved.version);
        await refresh();
      },
    }),
  );
  const conflict = save.isError && errorCode(save.error) === 'CONFLICT' ? currentOf(save.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      id: mandate.id,
      version: baseVersion,
      status: values.status,
      ownerUnit: values.ownerUnit.trim() === '' ? null : values.ownerUnit.trim(),
      priority: values.priority === '' ? null : values.priority,
      notes: values.notes.trim() === '' ? null : values.notes,
    });
  }

  function loadCurrent(current: CurrentFields) {
    setValues(toValues(current));
    setBaseVersion(current.version);
    save.reset();
    void refresh();
  }

  return (
    <form onSubmit={submit} aria-label="Planning of this mandate">
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={values.status}
            onChange={(event) => setValues({ ...values, status: event.target.value as MandateStatus })}
          >
            {MANDATE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {MANDATE_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner unit</label>
          <input
            id={`${id}-owner`}
            value={values.ownerUnit}
            maxLength={120}
            onChange={(event) => setValues({ ...values, ownerUnit: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-priority`}>Priority</label>
          <select
            id={`${id}-priority`}
            value={values.priority}
            onChange={(event) => setValues({ ...values, priority: event.target.value as MandatePriority | '' })}
          >
            <option value="">Not set</option>
            {MANDATE_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {PRIORITY_LABELS[priority]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--wide">
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea
            id={`${id}-notes`}
            rows={3}
            value={values.notes}
            onChange={(event) => setValues({ ...values, notes: event.target.value })}
          />
        </div>
      </div>
      <div className="item-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save planning'}
        </button>
        <span className="muted">Version {baseVersion}</span>
      </div>
      <div aria-live="polite">
        {save.isSuccess && <p className="notice">Saved (version {save.data.version}).</p>}
        {conflict && (
          <div className="notice notice--warning" role="alert" data-testid="planning-conflict">
            <p className="notice__title">Someone else changed this mandate while you were editing.</p>
            <p>
              Your changes were not saved. The current values are: status {MANDATE_STATUS_LABELS[conflict.status]};
              owner unit {conflict.ownerUnit ?? 'none'}; priority{' '}
              {conflict.priority === null ? 'not set' : PRIORITY_LABELS[conflict.priority]}; notes “
              {conflict.notes ?? ''}” (version {conflict.version}).
            </p>
            <button type="button" className="button" onClick={() => loadCurrent(conflict)}>
              Load the current values
            </button>
          </div>
        )}
        {save.isError && !conflict && (
          <p className="notice notice--error" role="alert">
            Not saved: {save.error.message}
          </p>
        )}
      </div>
    </form>
  );
}
