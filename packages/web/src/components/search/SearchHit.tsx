import type { ParagraphHit } from '@mandate-tracker/shared';
import { Link } from 'react-router';
import { Snippet } from './Snippet.tsx';

const PART_NAMES: Readonly<Record<ParagraphHit['part'], string>> = {
  preamble: 'preambular paragraph',
  operative: 'paragraph',
  annex: 'annex paragraph',
  report: 'report paragraph',
};

/** Where a hit leads: its first mandate when the paragraph has one, else the paragraph in its document. */
function hitTarget(hit: ParagraphHit): { to: string; label: string } {
  const firstMandate = hit.mandateIds[0];
  if (firstMandate !== undefined) {
    return {
      to: `/mandates/${firstMandate}`,
      label: hit.mandateIds.length > 1 ? `Open mandate (1 of ${hit.mandateIds.length})` : 'Open mandate',
    };
  }
  return { to: `/documents/${hit.document.id}#p-${hit.paragraphId}`, label: 'Read in the document' };
}

/** One paragraph found by the search: where it is, the snippet with its matches marked, and where to go next. */
export function SearchHit({ hit }: { hit: ParagraphHit }) {
  const target = hitTarget(hit);
  // An adopted resolution is its own document: name it once ("A/RES/65/232"), not twice.
  const resolution =
    hit.resolution === null || hit.resolution.adoptedSymbol === hit.document.symbol
      ? null
      : (hit.resolution.adoptedSymbol ?? `resolution ${hit.resolution.label}`);
  const paragraph = `${PART_NAMES[hit.part]} ${hit.number ?? '(unnumbered)'}`;
  return (
    <li className="search-hit">
      <h2 className="search-hit__heading">
        <Link to={target.to}>
          {hit.document.symbol ?? 'Document without symbol'}
          {resolution !== null && `, ${resolution}`}, {paragraph}
        </Link>
      </h2>
      {hit.resolution !== null && <p className="muted search-hit__title">{hit.resolution.title}</p>}
      <Snippet segments={hit.snippet} />
      <p className="search-hit__links">
        <Link to={target.to}>{target.label}</Link>
        {hit.mandateIds.length > 0 && (
          <Link to={`/documents/${hit.document.id}#p-${hit.paragraphId}`}>Read in the document</Link>
        )}
      </p>
    </li>
  );
}
