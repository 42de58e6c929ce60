import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { DocumentContents } from '../components/documents/DocumentContents.tsx';
import { DocumentFacts } from '../components/documents/DocumentFacts.tsx';
import { ParseWarnings } from '../components/documents/ParseWarnings.tsx';
import { ResolutionSection } from '../components/documents/ResolutionSection.tsx';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { useTRPC } from '../trpc.ts';

/** `/documents/12` → 12; anything that is not a positive whole number → null. */
function documentIdOf(value: string | undefined): number | null {
  return value !== undefined && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/**
 * The reading view of one document: what it is, its resolutions in a table of contents, then
 * each resolution's paragraphs with their mandates marked, and the parser's warnings.
 * Paragraphs are addressable as `#p-<paragraphId>`; the page scrolls to one once it has loaded.
 */
export function DocumentPage() {
  const trpc = useTRPC();
  const id = documentIdOf(useParams().id);
  const { hash } = useLocation();
  const document = useQuery({
    ...trpc.documents.get.queryOptions({ id: id ?? 0 }),
    enabled: id !== null,
    retry: false,
  });

  // The browser's own jump to #p-… happens before the paragraphs exist; repeat it once they do.
  useEffect(() => {
    if (!document.isSuccess || hash.length < 2) return;
    const target = window.document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [document.isSuccess, hash]);

  if (id === null || (document.isError && document.error.data?.code === 'NOT_FOUND')) {
    return (
      <>
        <title>Document not found · mandate-tracker</title>
        <h1>Document not found</h1>
        <p>
          There is no document at this address. Choose one from the <Link to="/documents">list of documents</Link>.
        </p>
      </>
    );
  }
  if (document.isError) {
    return (
      <>
        <h1>Document</h1>
        <ServerErrorNotice
          error={document.error}
          onRetry={() => void document.refetch()}
          retrying={document.isFetching}
        />
      </>
    );
  }
  if (document.isPending) {
    return (
      <>
        <h1>Document</h1>
        <p role="status" className="loading">
          Loading the document…
        </p>
      </>
    );
  }
  const detail = document.data;
  const name = detail.symbol ?? `Document ${detail.id}`;
  return (
    <>
      <title>{`${name} · mandate-tracker`}</title>
      <p className="breadcrumbs">
        <Link to="/documents">Documents</Link> <span aria-hidden="true">›</span> {name}
      </p>
      <h1>
        {name}
        {detail.title !== null && <span className="document-title">{detail.title}</span>}
      </h1>
      <div className="document-layout">
        <div className="document-layout__side">
          <DocumentContents resolutions={detail.resolutions} />
          <p className="muted mandate-legend">
            <span className="mandate-marker mandate-marker--unodc mandate-legend__sample">
              <span className="mandate-marker__unodc">UNODC</span>
            </span>{' '}
            marks paragraphs with a mandate UNODC delivers; other marked paragraphs ask something of Member States or
            other bodies.
          </p>
        </div>
        <div className="document-layout__main">
          <DocumentFacts document={detail} />
          {detail.resolutions.length === 0 ? (
            <div className="notice">
              <p className="notice__title">The parser found no resolution or decision in this document.</p>
              <p>Check the parser warnings below, or re-import the full text on the Import screen.</p>
            </div>
          ) : (
            detail.resolutions.map((resolution) => <ResolutionSection key={resolution.id} resolution={resolution} />)
          )}
          <ParseWarnings warnings={detail.warnings} />
        </div>
      </div>
    </>
  );
}
