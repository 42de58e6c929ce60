import type { Span } from '@mandate-tracker/shared';

/** What an extraction span marks in the paragraph, in order of precedence where spans overlap. */
export const HIGHLIGHT_KINDS = ['verb', 'addressee', 'deadline', 'resource'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface HighlightMark {
  kind: HighlightKind;
  span: Span;
}

/** A run of the paragraph text, marked or plain. */
export interface TextSegment {
  text: string;
  kind: HighlightKind | null;
}

/**
 * Cuts the paragraph text into plain and marked runs. Spans are offsets into `text`; spans outside
 * it are clipped, empty ones ignored; where spans overlap, the kind earlier in HIGHLIGHT_KINDS
 * wins. The runs concatenate back to `text` exactly, so nothing of the paragraph is lost or added.
 */
export function highlightSegments(text: string, marks: readonly HighlightMark[]): TextSegment[] {
  const clipped = marks
    .map((mark) => ({
      kind: mark.kind,
      start: Math.max(0, Math.min(text.length, mark.span.start)),
      end: Math.max(0, Math.min(text.length, mark.span.end)),
    }))
    .filter((mark) => mark.end > mark.start);
  const cuts = [...new Set([0, text.length, ...clipped.flatMap((mark) => [mark.start, mark.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    const covering = clipped.filter((mark) => mark.start <= start && mark.end >= end).map((mark) => mark.kind);
    const kind = HIGHLIGHT_KINDS.find((candidate) => covering.includes(candidate)) ?? null;
    const previous = segments.at(-1);
    if (previous && previous.kind === kind) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), kind });
  }
  return segments;
}
