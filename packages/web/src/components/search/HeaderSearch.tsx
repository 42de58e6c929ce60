import { type FormEvent, useId, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { searchPath } from './search-path.ts';

/** The search box in the header: from any screen, searches every paragraph on the Search screen. */
export function HeaderSearch() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const inputId = useId();
  const current = searchParams.get('q') ?? '';
  const [query, setQuery] = useState(current);
  const [shownQuery, setShownQuery] = useState(current);

  // Follow the URL (back button, a link to another search) so the box shows what is searched.
  if (shownQuery !== current) {
    setShownQuery(current);
    setQuery(current);
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim() === '') return;
    void navigate(searchPath(query));
  };

  return (
    <form role="search" aria-label="Search paragraphs" className="header-search" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="visually-hidden">
        Search all paragraphs
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Search paragraphs"
      />
      <button type="submit" className="button button--secondary">
        Search
      </button>
    </form>
  );
}
