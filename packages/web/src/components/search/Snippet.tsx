import type { SnippetSegment } from '@mandate-tracker/shared';

/** A search snippet: the server's segments as text, with the matches in `<mark>` (never parsed as HTML). */
export function Snippet({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <p className="search-hit__snippet">
      {segments.map((segment, position) =>
        segment.match ? <mark key={position}>{segment.text}</mark> : <span key={position}>{segment.text}</span>,
      )}
    </p>
  );
}
