import { mandateReference } from '@mandate-tracker/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../trpc.ts';
import { useDebouncedValue } from '../import/use-debounced-value.ts';

interface MandateLinkerProps {
  /** Mandates already linked: shown as linked instead of offering the button again. */
  linkedIds: ReadonlySet<number>;
  onLink: (mandateId: number) => void;
  linking: boolean;
  error: string | null;
}

/** Finds mandates by words of their paragraph (all addressees, not only UNODC's) and offers to link each. */
export function MandateLinker({ linkedIds, onLink, linking, error }: MandateLinkerProps) {
  const trpc = useTRPC();
  const inputId = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  const results = useQuery(
    trpc.mandates.list.queryOptions({ q: query, unodcFacing: null, limit: 10 }, { enabled: query !== '' }),
  );

  return (
    <div className="mandate-linker">
      <div className="field">
        <label htmlFor={inputId}>Find mandates to link</label>
        <input
          id={inputId}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="e.g. technical assistance money-laundering"
        />
      </div>
      {error !== null && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
      <div aria-live="polite">
        {query === '' && <p className="muted">Type words from the mandate's paragraph.</p>}
        {query !== '' && results.isPending && <p className="loading">Searching mandates…</p>}
        {results.isError && (
          <p role="alert" className="field__error">
            The search failed: {results.error.message}. Try other words.
          </p>
        )}
        {results.data && results.data.items.length === 0 && (
          <p className="muted">No mandate matches “{query}”. Try fewer or other words.</p>
        )}
        {results.data && results.data.items.length > 0 && (
          <ul className="mandate-linker__results" aria-label="Mandates found">
            {results.data.items.map((mandate) => {
              const reference = mandateReference(
                mandate.documentSymbol,
                mandate.resolutionLabel,
                mandate.paragraphNumber,
              );
              return (
                <li key={mandate.id}>
                  <div>
                    <strong>{reference}</strong>
                    <p className="linked-mandates__action">{mandate.action}</p>
                  </div>
                  {linkedIds.has(mandate.id) ? (
                    <span className="badge badge--ok">Linked</span>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      onClick={() => onLink(mandate.id)}
                      disabled={linking}
                      aria-label={`Link ${reference}`}
                    >
                      Link
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
