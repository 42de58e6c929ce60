import type { RouterOutputs } from '../../trpc.ts';
import { highlightSegments, type HighlightKind, type HighlightMark } from './highlight.ts';

type MandateDetail = RouterOutputs['mandates']['get'];

const LEGEND: readonly { kind: HighlightKind; label: string }[] = [
  { kind: 'verb', label: 'Verb' },
  { kind: 'addressee', label: 'Addressees' },
  { kind: 'deadline', label: 'Deadline or reporting' },
  { kind: 'resource', label: 'Resource condition' },
];

/**
 * The paragraph as adopted, with what the extractor found marked in it. The text is rendered as
 * plain text runs and `<mark>` elements built from the extraction spans: never as HTML.
 */
export function ParagraphHighlights({ mandate }: { mandate: MandateDetail }) {
  const marks: HighlightMark[] = [
    ...mandate.spans.verbs.map((span) => ({ kind: 'verb' as const, span })),
    ...mandate.spans.addressees.map((span) => ({ kind: 'addressee' as const, span })),
    ...mandate.spans.reporting.map((span) => ({ kind: 'deadline' as const, span })),
    ...mandate.spans.resources.map((span) => ({ kind: 'resource' as const, span })),
  ];
  const segments = highlightSegments(mandate.paragraph.text, marks);
  const present = new Set(marks.map((mark) => mark.kind));
  return (
    <>
      <ul className="legend" aria-label="Highlighted in the paragraph">
        {LEGEND.map(({ kind, label }) => (
          <li key={kind}>
            <mark className={`mark--${kind}`}>{label}</mark>
            {!present.has(kind) && <span className="muted"> (none found)</span>}
          </li>
        ))}
      </ul>
      <p className="paragraph-text" data-testid="paragraph-text">
        {mandate.paragraph.number !== null && <strong>{mandate.paragraph.number}. </strong>}
        {segments.map((segment, index) =>
          segment.kind === null ? (
            <span key={index}>{segment.text}</span>
          ) : (
            <mark key={index} className={`mark--${segment.kind}`} data-kind={segment.kind}>
              {segment.text}
            </mark>
          ),
        )}
      </p>
    </>
  );
}
