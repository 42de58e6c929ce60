import { ADDRESSEE_IDS, BODY_IDS, BODY_SHORT_NAMES, MANDATE_STATUSES } from '@mandate-tracker/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../../trpc.ts';
import { ADDRESSEE_LABELS, MANDATE_STATUS_LABELS, SELECTABLE_VERBS, VERB_LABELS } from './labels.ts';
import { FILTER_PARAMS, withParam } from './mandate-search-params.ts';

const TEXT_DELAY_MS = 350;

interface SelectFilterProps {
  name: string;
  label: string;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
}

/** A one-value filter that applies as soon as it changes. */
function SelectFilter({ name, label, anyLabel, options }: SelectFilterProps) {
  const [params, setParams] = useSearchParams();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={params.get(name) ?? ''}
        onChange={(event) => setParams(withParam(params, name, event.target.value), { replace: true })}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TextFilterProps {
  name: string;
  label: string;
  type?: 'search' | 'text' | 'number';
  placeholder?: string;
}

/** A typed filter: the URL follows the text once the user pauses typing, so every keystroke is not a request. */
function TextFilter({ name, label, type = 'text', placeholder }: TextFilterProps) {
  const [params, setParams] = useSearchParams();
  const id = useId();
  const inUrl = params.get(name) ?? '';
  const [text, setText] = useState(inUrl);
  const [shownUrlValue, setShownUrlValue] = useState(inUrl);

  // Back/forward or "Clear filters" change the URL: show what it says (adjusted while rendering,
  // as React advises, rather than in an effect).
  if (shownUrlValue !== inUrl) {
    setShownUrlValue(inUrl);
    setText(inUrl);
  }

  useEffect(() => {
    if (text.trim() === inUrl.trim()) return;
    const timer = setTimeout(
      () => setParams((current) => withParam(current, name, text), { replace: true }),
      TEXT_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [text, inUrl, name, setParams]);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        min={type === 'number' ? 1 : undefined}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={text}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

/**
 * The filters of the mandate table. Every filter lives in the URL (bookmark or share it), under
 * the names the CSV export and iCal feed read too.
 */
export function MandateFilterForm() {
  const trpc = useTRPC();
  const projects = useQuery(trpc.projects.list.queryOptions({}));
  const [params, setParams] = useSearchParams();
  const active = FILTER_PARAMS.some((key) => params.has(key));

  return (
    <form
      role="search"
      aria-label="Filter mandates"
      className="filter-form"
      onSubmit={(event) => event.preventDefault()}
    >
      <TextFilter name="q" label="Text in the paragraph" type="search" placeholder="e.g. prison" />
      <SelectFilter
        name="addressee"
        label="Addressee"
        anyLabel="Any addressee"
        options={ADDRESSEE_IDS.map((id) => ({ value: id, label: ADDRESSEE_LABELS[id] }))}
      />
      <SelectFilter
        name="verb"
        label="Verb"
        anyLabel="Any verb"
        options={SELECTABLE_VERBS.map((verb) => ({ value: verb, label: VERB_LABELS[verb] }))}
      />
      <SelectFilter
        name="body"
        label="Reports to"
        anyLabel="Any body"
        options={BODY_IDS.map((id) => ({ value: id, label: BODY_SHORT_NAMES[id] }))}
      />
      <TextFilter name="session" label="Session number" type="number" />
      <SelectFilter
        name="status"
        label="Status"
        anyLabel="Any status"
        options={MANDATE_STATUSES.map((status) => ({ value: status, label: MANDATE_STATUS_LABELS[status] }))}
      />
      <TextFilter name="owner" label="Owner unit" placeholder="e.g. DTA" />
      <SelectFilter
        name="funded"
        label="Funding"
        anyLabel="Funded or not"
        options={[
          { value: 'true', label: 'Funded' },
          { value: 'false', label: 'Not funded' },
        ]}
      />
      <SelectFilter
        name="project"
        label="Project"
        anyLabel={projects.isError ? 'Projects could not be loaded' : 'Any project'}
        options={(projects.data ?? []).map((project) => ({
          value: String(project.id),
          label: `${project.code} – ${project.title}`,
        }))}
      />
      <TextFilter name="subject" label="Subject" placeholder="e.g. CORRUPTION" />
      <SelectFilter
        name="unodcFacing"
        label="Mandates"
        anyLabel="UNODC delivers"
        options={[{ value: 'all', label: 'All, to anyone' }]}
      />
      <div className="filter-form__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!active}
          onClick={() => {
            const next = new URLSearchParams(params);
            for (const key of FILTER_PARAMS) next.delete(key);
            setParams(next, { replace: true });
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
