import type { SnippetSegment } from '@mandate-tracker/shared';

/** Private-use characters that never occur in document text mark the hits in `ts_headline` output. */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

/** Turns marked headline text into segments, so clients render hits without any HTML. */
export function snippetSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(HIT_START);
    if (start === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(HIT_END, start + 1);
    const hit = rest.slice(start + 1, end === -1 ? undefined : end);
    if (hit !== '') segments.push({ text: hit, match: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  // Adjacent hits ("money laundering") read better as one highlighted phrase.
  return segments.reduce<SnippetSegment[]>((merged, segment) => {
    const previous = merged.at(-1);
    if (previous !== undefined && previous.match === segment.match) previous.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}
