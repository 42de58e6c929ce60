import type { OverrideField } from '@mandate-tracker/shared';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../format.ts';
import { useTRPC, type RouterOutputs } from '../../trpc.ts';
import { PlannerOnly } from '../auth/PlannerOnly.tsx';
import { addresseeList, verbList } from '../workspace/labels.ts';
import { obligationText, resourceText } from './fact-text.ts';
import { useRefreshMandate } from './mandate-queries.ts';

type MandateDetail = RouterOutputs['mandates']['get'];

function listOrNone(items: readonly string[]): ReactNode {
  return items.length === 0 ? <span className="muted">None found</span> : items.join('; ');
}

interface FactProps {
  mandate: MandateDetail;
  field: OverrideField;
  label: string;
  effective: ReactNode;
  original: ReactNode;
}

function Fact({ mandate, field, label, effective, original }: FactProps) {
  const trpc = useTRPC();
  const refresh = useRefreshMandate();
  // On a CONFLICT the page reloads the mandate too, so the planner sees what the other edit did.
  const clear = useMutation(trpc.mandates.clearOverride.mutationOptions({ onSuccess: refresh, onError: refresh }));
  const override = mandate.overrides.find((candidate) => candidate.field === field);
  const corrected = mandate.overridden.includes(field);
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={`fact-${field}`}>
        {effective}
        {corrected && (
          <>
            {' '}
            <span className="tag tag--corrected">corrected by a planner</span>
            <div className="original-value">
              Extracted from the text: {original}
              {override && <> · corrected {formatDateTime(override.createdAt)}</>}
            </div>
            <PlannerOnly quiet>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={clear.isPending}
                onClick={() => clear.mutate({ id: mandate.id, version: mandate.version, field })}
              >
                {clear.isPending ? 'Clearing…' : `Clear correction of ${label.toLowerCase()}`}
              </button>
            </PlannerOnly>
            {clear.isError && (
              <p role="alert" className="notice notice--error">
                The correction could not be cleared: {clear.error.message}
              </p>
            )}
          </>
        )}
      </dd>
    </>
  );
}

/** The facts as the tracker uses them, with a planner's corrections marked and the extractor's originals beside them. */
export function ExtractedFacts({ mandate }: { mandate: MandateDetail }) {
  return (
    <dl className="facts">
      <Fact
        mandate={mandate}
        field="verbs"
        label="Verb"
        effective={verbList(mandate.verbs) || <span className="muted">None found</span>}
        original={verbList(mandate.extracted.verbs) || 'none'}
      />
      <Fact
        mandate={mandate}
        field="addressees"
        label="Addressees"
        effective={addresseeList(mandate.addressees) || <span className="muted">None found</span>}
        original={addresseeList(mandate.extracted.addressees) || 'none'}
      />
      <Fact
        mandate={mandate}
        field="action"
        label="What is asked"
        effective={mandate.action}
        original={mandate.extracted.action}
      />
      <Fact
        mandate={mandate}
        field="reporting"
        label="Deadline and reporting"
        effective={listOrNone(mandate.obligations.map(obligationText))}
        original={listOrNone(mandate.extracted.reporting.map(obligationText))}
      />
      <Fact
        mandate={mandate}
        field="resources"
        label="Resource condition"
        effective={listOrNone(mandate.resources.map(resourceText))}
        original={listOrNone(mandate.extracted.resources.map(resourceText))}
      />
      {mandate.programmes.length > 0 && (
        <>
          <dt>Programmes named</dt>
          <dd>{mandate.programmes.join('; ')}</dd>
        </>
      )}
    </dl>
  );
}
