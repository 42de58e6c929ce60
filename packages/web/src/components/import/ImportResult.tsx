import type { ImportReport } from '@mandate-tracker/shared';
import { Link } from 'react-router';

const STATUS_TEXT: Readonly<Record<ImportReport['status'], { title: string; detail: string }>> = {
  created: { title: 'Created', detail: 'The document is new and was stored with its mandates.' },
  unchanged: {
    title: 'Unchanged',
    detail: 'This exact text was imported before; nothing was changed and planner data is untouched.',
  },
  updated: {
    title: 'Updated',
    detail: 'A new version of a stored document: its paragraphs were replaced and planner data carried over.',
  },
};

interface ImportResultProps {
  report: ImportReport;
}

/** The import's outcome: created, unchanged or updated, what was stored, what changed and what was lost. */
export function ImportResult({ report }: ImportResultProps) {
  const status = STATUS_TEXT[report.status];
  return (
    <section className="card import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading">
        Import result: <span data-testid="import-status">{status.title}</span>
      </h2>
      <p>
        <strong>{report.symbol ?? 'Document without symbol'}</strong>. {status.detail}
      </p>
      <ul className="import-counts" aria-label="What was stored">
        <li>
          <strong>{report.counts.resolutions}</strong> resolutions
        </li>
        <li>
          <strong>{report.counts.paragraphs}</strong> paragraphs
        </li>
        <li>
          <strong>{report.counts.mandates}</strong> mandates
        </li>
        <li>
          <strong>{report.counts.obligations}</strong> reporting obligations
        </li>
        <li>
          <strong>{report.warnings.length}</strong> warnings
        </li>
      </ul>

      {report.status === 'updated' && (
        <>
          <p>{report.carriedOver} mandates kept their planner data (status, owner, deliverables, links).</p>
          <h3>What changed</h3>
          {report.changes.length === 0 ? (
            <p className="muted">No paragraph text changed.</p>
          ) : (
            <ul>
              {report.changes.map((change, position) => (
                <li key={position}>
                  {change.resolution} {change.part} paragraph {change.paragraph ?? '(unnumbered)'}: {change.kind}
                </li>
              ))}
            </ul>
          )}
          <h3>Could not be carried over</h3>
          {report.notCarried.length === 0 ? (
            <p className="muted">Nothing was lost.</p>
          ) : (
            <ul>
              {report.notCarried.map((lost) => (
                <li key={`${lost.resolution}-${lost.paragraph}-${lost.clauseIndex}`}>
                  {lost.resolution} paragraph {lost.paragraph ?? '(unnumbered)'} ("{lost.action}"):{' '}
                  {lost.lost.join(', ')}
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <p className="import-result__links">
        <Link className="button" to={`/documents/${report.documentId}`}>
          Open the document
        </Link>
        <Link className="button button--secondary" to="/">
          Go to the planner workspace
        </Link>
      </p>
    </section>
  );
}
