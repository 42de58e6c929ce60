import type { DocumentParagraph, MandateVerb } from '@mandate-tracker/shared';
import { Link } from 'react-router';
import { verbList } from '../workspace/labels.ts';
import { addresseeNames } from '../calendar/addressee-names.ts';
import { splitOpeningWord, splitSubParagraphs } from './document-text.ts';

/** The anchor of a paragraph in the reading view: `#p-<paragraphId>`. */
export function paragraphAnchor(paragraphId: number): string {
  return `p-${paragraphId}`;
}

/** The mandates of a paragraph as badges: verbs, a UNODC marker, and the way to each mandate page. */
function MandateMarkers({ mandates }: { mandates: DocumentParagraph['mandates'] }) {
  return (
    <ul className="paragraph-mandates" aria-label="Mandates in this paragraph">
      {mandates.map((mandate) => (
        <li key={mandate.id} className={`mandate-marker${mandate.unodcFacing ? ' mandate-marker--unodc' : ''}`}>
          <span className="mandate-marker__verbs">{verbList(mandate.verbs as MandateVerb[]) || 'Mandate'}</span>
          {mandate.unodcFacing && (
            <span className="mandate-marker__unodc" title="UNODC delivers this mandate">
              UNODC
            </span>
          )}
          <span className="mandate-marker__to">asked of {addresseeNames(mandate.addressees)}</span>
          <Link to={`/mandates/${mandate.id}`} className="mandate-marker__link">
            Open mandate<span className="visually-hidden"> {mandate.id}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * One paragraph of the reading view, addressable as `#p-<id>`: its number, its text with any
 * "(a) … (b) …" sub-paragraphs set out, and the mandates extracted from it.
 */
export function ParagraphBlock({ paragraph }: { paragraph: DocumentParagraph }) {
  const { lead, items } = splitSubParagraphs(paragraph.text);
  const marked = paragraph.mandates.length > 0;
  const [opening, rest] = paragraph.part === 'preamble' ? splitOpeningWord(lead) : ['', lead];
  const shownNumber =
    paragraph.number === null ? null : /^\d+$/.test(paragraph.number) ? `${paragraph.number}.` : paragraph.number;
  return (
    <li
      id={paragraphAnchor(paragraph.id)}
      tabIndex={-1}
      className={`paragraph paragraph--${paragraph.part}${marked ? ' paragraph--marked' : ''}`}
      data-paragraph-number={paragraph.number ?? undefined}
    >
      <a href={`#${paragraphAnchor(paragraph.id)}`} className="paragraph__number">
        <span aria-hidden="true">{shownNumber ?? '¶'}</span>
        <span className="visually-hidden">
          Link to {shownNumber === null ? `this ${paragraph.part} paragraph` : `paragraph ${paragraph.number}`}
        </span>
      </a>
      <div className="paragraph__body">
        <p className="paragraph__text">
          {opening !== '' && <em>{opening}</em>}
          {rest}
        </p>
        {items.length > 0 && (
          <ol className="subparagraphs">
            {items.map((item) => (
              <li key={item.marker + item.text.slice(0, 20)}>
                <span className="subparagraphs__marker">{item.marker}</span> {item.text}
              </li>
            ))}
          </ol>
        )}
        {marked && <MandateMarkers mandates={paragraph.mandates} />}
      </div>
    </li>
  );
}
