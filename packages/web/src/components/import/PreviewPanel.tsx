import { type DocumentPreview, mandateReference } from '@mandate-tracker/shared';
import { formatDate, formatSession } from '../../format.ts';
import { addresseeList, deadlineText, resourceLabel, verbList } from './mandate-labels.ts';

interface PreviewPanelProps {
  preview: DocumentPreview;
}

function paragraphCount(resolution: DocumentPreview['resolutions'][number]): number {
  return (
    resolution.preamble.length +
    resolution.operative.length +
    resolution.annexes.reduce((sum, annex) => sum + annex.paragraphs.length, 0)
  );
}

/**
 * What an import would store, shown before anything is saved: the document's identity, its
 * resolutions, the counts, every extracted mandate (verbs → addressees, deadline) and the
 * parser's warnings, so the user can fix the text first.
 */
export function PreviewPanel({ preview }: PreviewPanelProps) {
  const { document, resolutions, mandates, warnings } = preview;
  const paragraphs = resolutions.reduce((sum, resolution) => sum + paragraphCount(resolution), 0);
  const obligations = mandates.reduce((sum, mandate) => sum + mandate.reporting.length, 0);
  const labelOf = (index: number) => resolutions.find((resolution) => resolution.index === index)?.label ?? '?';

  return (
    <div className="import-preview">
      <dl className="facts">
        <dt>Symbol</dt>
        <dd>{document.symbol ?? 'not printed: enter it under "Document symbol"'}</dd>
        <dt>Body and session</dt>
        <dd>{document.body === null ? 'not found' : formatSession(document.body, document.session)}</dd>
        <dt>Title</dt>
        <dd>{document.title ?? 'not found'}</dd>
        <dt>Adopted</dt>
        <dd>{document.adopted === null ? 'not printed' : formatDate(document.adopted)}</dd>
        {document.onReport !== null && (
          <>
            <dt>On the report</dt>
            <dd>{document.onReport}</dd>
          </>
        )}
      </dl>

      <ul className="import-counts" aria-label="What will be stored">
        <li>
          <strong data-testid="preview-resolutions">{resolutions.length}</strong> resolutions
        </li>
        <li>
          <strong>{paragraphs}</strong> paragraphs
        </li>
        <li>
          <strong data-testid="preview-mandates">{mandates.length}</strong> mandates
        </li>
        <li>
          <strong>{obligations}</strong> reporting obligations
        </li>
        <li>
          <strong data-testid="preview-warnings">{warnings.length}</strong> warnings
        </li>
      </ul>

      <section aria-labelledby="preview-warnings-heading" className="section">
        <h3 id="preview-warnings-heading">Warnings</h3>
        {warnings.length === 0 ? (
          <p className="muted">The parser had no doubts about this text.</p>
        ) : (
          <ul className="import-warnings">
            {warnings.map((warning, position) => (
              <li key={`${warning.code}-${position}`}>
                <code>{warning.code}</code> {warning.message}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="preview-resolutions-heading" className="section">
        <h3 id="preview-resolutions-heading">Resolutions</h3>
        {resolutions.length === 0 ? (
          <p className="muted">No resolution found: check that the text includes the resolution's title line.</p>
        ) : (
          <ul className="import-resolutions">
            {resolutions.map((resolution) => (
              <li key={resolution.index}>
                <strong>{resolution.label}</strong> {resolution.title}{' '}
                <span className="muted">
                  ({resolution.kind}, {resolution.operative.length} operative paragraphs
                  {resolution.draftSymbol === null ? '' : `, draft ${resolution.draftSymbol}`})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="preview-mandates-heading" className="section">
        <h3 id="preview-mandates-heading">Mandates</h3>
        {mandates.length === 0 ? (
          <p className="muted">
            No mandate found: operative paragraphs start with a verb such as "Requests" or "Urges".
          </p>
        ) : (
          <ol className="import-mandates">
            {mandates.map((mandate) => (
              <li key={mandate.start}>
                <p className="import-mandate__reference">
                  {mandateReference(
                    document.symbol,
                    labelOf(mandate.resolution),
                    mandate.paragraph === null ? null : String(mandate.paragraph),
                  )}
                </p>
                <p className="import-mandate__who">
                  <span className="import-mandate__verbs">{verbList(mandate.verbs)}</span> →{' '}
                  <span className="import-mandate__addressees">{addresseeList(mandate.addressees)}</span>
                </p>
                <p className="import-mandate__action">{mandate.action}</p>
                <p className="muted">
                  Deadline:{' '}
                  {mandate.reporting.length === 0
                    ? 'none stated'
                    : mandate.reporting.map((obligation) => deadlineText(obligation)).join('; ')}
                  {mandate.resources.length > 0 &&
                    ` · Resources: ${mandate.resources.map((resource) => resourceLabel(resource.kind)).join(', ')}`}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
