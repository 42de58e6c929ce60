/** The address of the search screen for a query and page, so a search can be shared or bookmarked. */
export function searchPath(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query.trim() });
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}
