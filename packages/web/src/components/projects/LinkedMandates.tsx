import { type LinkedMandate, mandateReference } from '@mandate-tracker/shared';
import { Link } from 'react-router';
import { SampleDataLabel } from './SampleDataLabel.tsx';

interface LinkedMandatesProps {
  mandates: LinkedMandate[];
  /** Offered as an "Unlink" button per mandate when given. */
  onUnlink?: (mandateId: number) => void;
  unlinking?: boolean;
}

/** The mandates linked to a project or budget line, each leading to its mandate page. */
export function LinkedMandates({ mandates, onUnlink, unlinking = false }: LinkedMandatesProps) {
  if (mandates.length === 0) {
    return <p className="muted">No mandate is linked yet. Find one below by words from its paragraph and link it.</p>;
  }
  return (
    <ul className="linked-mandates" aria-label="Linked mandates">
      {mandates.map((mandate) => {
        const reference = mandateReference(mandate.documentSymbol, mandate.resolutionLabel, mandate.paragraphNumber);
        return (
          <li key={mandate.id}>
            <div>
              <Link to={`/mandates/${mandate.id}`}>{reference}</Link> <SampleDataLabel sample={mandate.sample} />
              <p className="linked-mandates__action">{mandate.action}</p>
            </div>
            {onUnlink && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onUnlink(mandate.id)}
                disabled={unlinking}
                aria-label={`Unlink ${reference}`}
              >
                Unlink
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
