import {
  ADDRESSEE_IDS,
  BODY_IDS,
  BODY_SHORT_NAMES,
  type AddresseeId,
  type MandateVerb,
  type TMandateOverride,
} from '@mandate-tracker/shared';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTRPC, type RouterOutputs } from '../../trpc.ts';
import { ADDRESSEE_LABELS, RESOURCE_KIND_LABELS, SELECTABLE_VERBS, VERB_LABELS } from '../workspace/labels.ts';
import { RELATION_LABELS } from './fact-text.ts';
import { errorCode, useRefreshMandate } from './mandate-queries.ts';

type MandateDetail = RouterOutputs['mandates']['get'];
type CorrectableField = 'verbs' | 'addressees' | 'reporting' | 'resources';
type ReportingValue = Extract<TMandateOverride, { field: 'reporting' }>['value'][number];
type ResourceValue = Extract<TMandateOverride, { field: 'resources' }>['value'][number];

const FIELD_LABELS: Readonly<Record<CorrectableField, string>> = {
  verbs: 'Verb',
  addressees: 'Addressees',
  reporting: 'Deadline and reporting',
  resources: 'Resource condition',
};

const RELATIONS = Object.keys(RELATION_LABELS) as ReportingValue['relation'][];
const RESOURCE_KINDS = Object.keys(RESOURCE_KIND_LABELS) as ResourceValue['kind'][];
const RECURRENCES = ['annual', 'biennial', 'triennial', 'quadrennial'] as const;

function CheckboxChoice<T extends string>(props: {
  legend: string;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset className="checkbox-grid">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} className="checkbox">
          <input
            type="checkbox"
            checked={props.chosen.includes(option)}
            onChange={(event) =>
              props.onChange(
                event.target.checked
                  ? [...props.chosen, option]
                  : props.chosen.filter((candidate) => candidate !== option),
              )
            }
          />
          {props.labels[option]}
        </label>
      ))}
    </fieldset>
  );
}

function ReportingEditor({ rows, onChange }: { rows: ReportingValue[]; onChange: (rows: ReportingValue[]) => void }) {
  const id = useId();
  const update = (index: number, change: Partial<ReportingValue>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <div className="stack">
      {rows.length === 0 && <p className="muted">No deadline: saving says this mandate has none.</p>}
      {rows.map((row, index) => (
        <fieldset key={index} className="form-grid">
          <legend>Deadline {index + 1}</legend>
          <div className="field">
            <label htmlFor={`${id}-body-${index}`}>Body</label>
            <select
              id={`${id}-body-${index}`}
              value={row.body}
              onChange={(event) => update(index, { body: event.target.value as ReportingValue['body'] })}
            >
              {BODY_IDS.map((body) => (
                <option key={body} value={body}>
                  {BODY_SHORT_NAMES[body]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-relation-${index}`}>Relation</label>
            <select
              id={`${id}-relation-${index}`}
              value={row.relation}
              onChange={(event) => update(index, { relation: event.target.value as ReportingValue['relation'] })}
            >
              {RELATIONS.map((relation) => (
                <option key={relation} value={relation}>
                  {RELATION_LABELS[relation]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-session-${index}`}>Session number</label>
            <input
              id={`${id}-session-${index}`}
              type="number"
              min={1}
              value={row.session ?? ''}
              onChange={(event) =>
                update(index, { session: event.target.value === '' ? null : Number(event.target.value) })
              }
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due-${index}`}>Or a date</label>
            <input
              id={`${id}-due-${index}`}
              type="date"
              value={row.due ?? ''}
              onChange={(event) => update(index, { due: event.target.value === '' ? null : event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-recurrence-${index}`}>Recurrence</label>
            <select
              id={`${id}-recurrence-${index}`}
              value={row.recurrence ?? ''}
              onChange={(event) =>
                update(index, {
                  recurrence: event.target.value === '' ? null : (event.target.value as ReportingValue['recurrence']),
                })
              }
            >
              <option value="">Once</option>
              {RECURRENCES.map((recurrence) => (
                <option key={recurrence} value={recurrence}>
                  {recurrence}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-form__actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange(rows.filter((_row, at) => at !== index))}
            >
              Remove deadline {index + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          onChange([
            ...rows,
            { body: 'ccpcj', session: null, untilSession: null, relation: 'at', due: null, recurrence: null },
          ])
        }
      >
        Add a deadline
      </button>
    </div>
  );
}

function ResourceEditor({ rows, onChange }: { rows: ResourceValue[]; onChange: (rows: ResourceValue[]) => void }) {
  const id = useId();
  const update = (index: number, change: Partial<ResourceValue>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <div className="stack">
      {rows.length === 0 && <p className="muted">No resource condition: saving says the paragraph sets none.</p>}
      {rows.map((row, index) => (
        <fieldset key={index} className="form-grid">
          <legend>Condition {index + 1}</legend>
          <div className="field">
            <label htmlFor={`${id}-kind-${index}`}>Kind</label>
            <select
              id={`${id}-kind-${index}`}
              value={row.kind}
              onChange={(event) => update(index, { kind: event.target.value as ResourceValue['kind'] })}
            >
              {RESOURCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {RESOURCE_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--wide">
            <label htmlFor={`${id}-text-${index}`}>Words in the paragraph</label>
            <input
              id={`${id}-text-${index}`}
              value={row.text}
              onChange={(event) => update(index, { text: event.target.value })}
            />
          </div>
          <div className="filter-form__actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange(rows.filter((_row, at) => at !== index))}
            >
              Remove condition {index + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange([...rows, { kind: 'extrabudgetary', text: '' }])}
      >
        Add a condition
      </button>
    </div>
  );
}

function initialValue(mandate: MandateDetail, field: CorrectableField): TMandateOverride {
  switch (field) {
    case 'verbs':
      return { id: mandate.id, version: mandate.version, field, value: [...mandate.verbs] };
    case 'addressees':
      return { id: mandate.id, version: mandate.version, field, value: [...mandate.addressees] };
    case 'reporting':
      return {
        id: mandate.id,
        version: mandate.version,
        field,
        value: mandate.obligations.map((obligation) => ({
          body: obligation.body,
          session: obligation.session,
          untilSession: obligation.untilSession,
          relation: obligation.relation,
          due: obligation.session === null ? obligation.dueDate : null,
          recurrence: obligation.recurrence,
        })),
      };
    case 'resources':
      return {
        id: mandate.id,
        version: mandate.version,
        field,
        value: mandate.resources.map(({ kind, text }) => ({ kind, text })),
      };
  }
}

/** A CONFLICT's `details.current` for a correction: the field's stored override and the mandate version. */
interface CorrectionConflict {
  override: unknown;
  version: number;
}

function correctionConflictOf(error: unknown): CorrectionConflict | null {
  const details = (error as { data?: { details?: { current?: CorrectionConflict } } } | null)?.data?.details;
  return details?.current ?? null;
}

function describeOverride(value: unknown): string {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ') || 'none';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function CorrectionEditor({ mandate, field }: { mandate: MandateDetail; field: CorrectableField }) {
  const trpc = useTRPC();
  const refresh = useRefreshMandate();
  const [draft, setDraft] = useState<TMandateOverride>(() => initialValue(mandate, field));
  // The correction is based on the mandate as shown when the planner started changing the draft
  // (not when the page loaded, so the planner's own saves elsewhere on the page do not conflict).
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const edit = (next: TMandateOverride) => {
    setBaseVersion((version) => version ?? mandate.version);
    setDraft(next);
  };
  const save = useMutation(
    trpc.mandates.override.mutationOptions({
      onSuccess: async () => {
        setBaseVersion(null);
        await refresh();
      },
    }),
  );
  const conflict = save.isError && errorCode(save.error) === 'CONFLICT' ? correctionConflictOf(save.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ ...draft, version: baseVersion ?? mandate.version });
  }

  /** Saves the planner's correction again, now based on the version that won. */
  function reapply(version: number) {
    setBaseVersion(version);
    save.mutate({ ...draft, version });
  }

  return (
    <form onSubmit={submit} aria-label={`Correct the ${FIELD_LABELS[field].toLowerCase()}`}>
      {draft.field === 'verbs' && (
        <CheckboxChoice<MandateVerb>
          legend="Verbs of this mandate"
          options={SELECTABLE_VERBS}
          labels={VERB_LABELS}
          chosen={draft.value}
          onChange={(value) => edit({ ...draft, value })}
        />
      )}
      {draft.field === 'addressees' && (
        <CheckboxChoice<AddresseeId>
          legend="Who is asked to act"
          options={ADDRESSEE_IDS}
          labels={ADDRESSEE_LABELS}
          chosen={draft.value}
          onChange={(value) => edit({ ...draft, value })}
        />
      )}
      {draft.field === 'reporting' && (
        <ReportingEditor rows={draft.value} onChange={(value) => edit({ ...draft, value })} />
      )}
      {draft.field === 'resources' && (
        <ResourceEditor rows={draft.value} onChange={(value) => edit({ ...draft, value })} />
      )}
      <div className="item-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save correction'}
        </button>
      </div>
      <div aria-live="polite">
        {save.isSuccess && <p className="notice">Correction saved. It applies everywhere and survives a re-import.</p>}
        {conflict && (
          <div className="notice notice--warning" role="alert" data-testid="correction-conflict">
            <p className="notice__title">Someone else changed this mandate while you were correcting it.</p>
            <p>
              Your correction was not saved. The mandate is now at version {conflict.version};{' '}
              {conflict.override === null
                ? 'this fact has no correction.'
                : `this fact is now corrected to: ${describeOverride(conflict.override)}.`}{' '}
              The page shows the current values.
            </p>
            <button type="button" className="button" onClick={() => reapply(conflict.version)}>
              Save my correction over it
            </button>
          </div>
        )}
        {save.isError && !conflict && (
          <p className="notice notice--error" role="alert">
            The correction was not saved: {save.error.message}
          </p>
        )}
      </div>
    </form>
  );
}

/** Lets a planner correct what the extractor got wrong; the correction wins everywhere and survives re-import. */
export function CorrectionForm({ mandate }: { mandate: MandateDetail }) {
  const [field, setField] = useState<CorrectableField>('addressees');
  const id = useId();
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={id}>Fact to correct</label>
        <select id={id} value={field} onChange={(event) => setField(event.target.value as CorrectableField)}>
          {(Object.keys(FIELD_LABELS) as CorrectableField[]).map((option) => (
            <option key={option} value={option}>
              {FIELD_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      {/* A new key starts the editor afresh from the current values of the chosen fact. */}
      <CorrectionEditor key={field} mandate={mandate} field={field} />
    </div>
  );
}
