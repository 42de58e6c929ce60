import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { formatDate, formatSession } from '../format.ts';
import { useTRPC } from '../trpc.ts';

/** Every imported document, newest first, each opening its reading view. */
export function DocumentsPage() {
  const trpc = useTRPC();
  const documents = useQuery(trpc.documents.list.queryOptions());
  return (
    <>
      <title>Documents · mandate-tracker</title>
      <h1>Documents</h1>
      <p className="page-intro">
        The UN documents the tracker has read. Open one to read it whole, with the paragraphs that hold mandates marked.
      </p>
      <section aria-labelledby="documents-heading" className="section">
        <h2 id="documents-heading" className="visually-hidden">
          Imported documents
        </h2>
        {documents.isError ? (
          <ServerErrorNotice
            error={documents.error}
            onRetry={() => void documents.refetch()}
            retrying={documents.isFetching}
          />
        ) : documents.isPending ? (
          <p role="status" className="loading">
            Loading documents…
          </p>
        ) : documents.data.length === 0 ? (
          <div className="notice" role="status">
            <p className="notice__title">No documents yet.</p>
            <p>
              <Link to="/import">Import a resolution or report</Link> (paste its text or choose a file) to read it here.
            </p>
          </div>
        ) : (
          <div className="ledger-table-scroll">
            <table className="ledger-table">
              <caption className="visually-hidden">Imported documents</caption>
              <thead>
                <tr>
                  <th scope="col">Symbol</th>
                  <th scope="col">Title</th>
                  <th scope="col">Body and session</th>
                  <th scope="col">Adopted</th>
                  <th scope="col" className="numeric">
                    Resolutions
                  </th>
                  <th scope="col" className="numeric">
                    Mandates (UNODC)
                  </th>
                  <th scope="col" className="numeric">
                    Warnings
                  </th>
                </tr>
              </thead>
              <tbody>
                {documents.data.map((document) => (
                  <tr key={document.id}>
                    <th scope="row">
                      <Link to={`/documents/${document.id}`}>{document.symbol ?? `Document ${document.id}`}</Link>
                    </th>
                    <td>{document.title ?? <span className="muted">untitled</span>}</td>
                    <td>{document.body === null ? '—' : formatSession(document.body, document.session)}</td>
                    <td>
                      {document.adopted === null ? <span className="muted">draft</span> : formatDate(document.adopted)}
                    </td>
                    <td className="numeric">{document.resolutionCount}</td>
                    <td className="numeric">
                      {document.mandateCount} ({document.unodcFacingCount})
                    </td>
                    <td className="numeric">{document.warningCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
