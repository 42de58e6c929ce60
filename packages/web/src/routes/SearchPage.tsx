import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SearchHit } from '../components/search/SearchHit.tsx';
import { searchPath } from '../components/search/search-path.ts';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { useTRPC } from '../trpc.ts';

const PAGE_SIZE = 20;

function pageFromUrl(value: string | null): number {
  const page = Number(value ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/**
 * Search: full text across every paragraph of every imported document, best matches first. The
 * query and page live in the URL (`/search?q=money-laundering&page=2`) so a search can be shared.
 */
export function SearchPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const inputId = useId();
  const [searchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const page = pageFromUrl(searchParams.get('page'));
  const [draft, setDraft] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  // Follow the URL (back button, the header's search box) so the field shows what is searched.
  if (shownQuery !== query) {
    setShownQuery(query);
    setDraft(query);
  }

  const results = useQuery(
    trpc.search.paragraphs.queryOptions(
      { q: query, limit: PAGE_SIZE, cursor: page > 1 ? String((page - 1) * PAGE_SIZE) : null },
      { enabled: query !== '' },
    ),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() !== '') void navigate(searchPath(draft));
  };

  const total = results.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = first + (results.data?.items.length ?? 0) - 1;

  return (
    <>
      <title>{query === '' ? 'Search · mandate-tracker' : `${query} · Search · mandate-tracker`}</title>
      <h1>Search</h1>
      <form className="search-form" onSubmit={onSubmit} role="search" aria-label="Search all paragraphs">
        <label htmlFor={inputId}>Words to find in every paragraph</label>
        <div className="search-form__row">
          <input id={inputId} type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
          <button type="submit" className="button">
            Search
          </button>
        </div>
        <p className="muted">
          Words match their forms (report, reports, reporting). Use "quoted phrases", -word to exclude, or between
          alternatives.
        </p>
      </form>

      <section aria-labelledby="search-results-heading" className="section">
        <h2 id="search-results-heading" className="visually-hidden">
          Results
        </h2>
        <div aria-live="polite">
          {query === '' && (
            <p className="muted">Type a word or phrase above, e.g. money-laundering or "technical assistance".</p>
          )}
          {query !== '' && results.isPending && <p className="loading">Searching…</p>}
          {results.isError && (
            <ServerErrorNotice
              error={results.error}
              onRetry={() => void results.refetch()}
              retrying={results.isFetching}
            />
          )}
          {results.data && total === 0 && (
            <div className="notice">
              <p className="notice__title">No paragraph contains “{query}”.</p>
              <p className="notice__detail">
                Try fewer words, another form of the word (traffic instead of trafficking), a synonym, or remove quotes
                and -exclusions. Only imported documents are searched: <Link to="/import">import a document</Link>.
              </p>
            </div>
          )}
          {results.data && total > 0 && (
            <p className="search-summary" data-testid="search-summary">
              {total === 1 ? '1 paragraph' : `${total} paragraphs`} found
              {pages > 1 && `, showing ${first}–${last}`}
            </p>
          )}
        </div>
        {results.data && results.data.items.length > 0 && (
          <ol className="search-hits" start={first}>
            {results.data.items.map((hit) => (
              <SearchHit key={hit.paragraphId} hit={hit} />
            ))}
          </ol>
        )}
        {results.data && pages > 1 && (
          <nav aria-label="Result pages" className="pager">
            {page > 1 ? <Link to={searchPath(query, page - 1)}>← Previous</Link> : <span />}
            <span>
              Page {page} of {pages}
            </span>
            {results.data.nextCursor !== null ? <Link to={searchPath(query, page + 1)}>Next →</Link> : <span />}
          </nav>
        )}
      </section>
    </>
  );
}
