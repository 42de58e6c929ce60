import type { DocumentDetail } from '@mandate-tracker/shared';
import { BODY_NAMES } from '@mandate-tracker/shared';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatSession } from '../../format.ts';

/** What the document is: symbol, body and session, agenda items, adoption, subjects, import. */
export function DocumentFacts({ document }: { document: DocumentDetail }) {
  return (
    <section className="card" aria-labelledby="document-facts-heading">
      <h2 id="document-facts-heading">About this document</h2>
      <dl className="facts">
        <dt>Symbol</dt>
        <dd>{document.symbol ?? <span className="muted">none printed</span>}</dd>
        <dt>Body and session</dt>
        <dd>
          {document.body === null
            ? 'Not recognised'
            : `${BODY_NAMES[document.body]} (${formatSession(document.body, document.session)})`}
        </dd>
        <dt>Agenda {document.agendaItems.length === 1 ? 'item' : 'items'}</dt>
        <dd>{document.agendaItems.length === 0 ? 'none given' : document.agendaItems.join(', ')}</dd>
        <dt>Adopted</dt>
        <dd>
          {document.adopted === null ? 'not yet (a report with draft resolutions)' : formatDate(document.adopted)}
        </dd>
        {document.onReport !== null && (
          <>
            <dt>On the report</dt>
            <dd>{document.onReport}</dd>
          </>
        )}
        <dt>Subjects</dt>
        <dd>
          {document.subjects.length === 0 ? (
            'none listed'
          ) : (
            <ul className="subject-list">
              {document.subjects.map((subject) => (
                <li key={subject}>
                  <Link to={`/?subject=${encodeURIComponent(subject)}`}>{subject.toLowerCase()}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Imported</dt>
        <dd>
          {formatDateTime(document.importedAt)}
          {document.importedBy === null ? '' : ` by ${document.importedBy}`}
        </dd>
      </dl>
    </section>
  );
}
