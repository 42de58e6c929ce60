import { trimRange } from './numbering.ts';
import type { RawParagraph } from './model.ts';
import { matchesAtCharacters } from './scan.ts';

/**
 * Words that open a preambular paragraph: participles ("Recalling", "Deeply concerned" starts with
 * an adverb) and the adjectives resolutions use ("Mindful of", "Convinced that").
 */
export const PREAMBLE_OPENER =
  '(?:[A-Z][a-z]+ing|Mindful|Convinced|Concerned|Deeply|Gravely|Seriously|Aware|Conscious|Alarmed|Determined|Cognizant|Desirous|Guided|Noting|Also|Further|Acknowledging|Reaffirming|Recognizing|Emphasizing|Stressing|Underlining|Welcoming|Expressing|Bearing|Having|Taking|Keeping|Persuaded|Encouraged|Disturbed|Appalled|Dismayed|Resolved|Committed|Affirming|Reiterating|Acting)';

const SPLIT = new RegExp(`[,;]\\s+["“]?(?=${PREAMBLE_OPENER}\\s+(?:[a-z(]|that\\b|The\\b|[A-Z][a-z]+ (?:of|the|that)\\b))`, 'g');

/** Splits the preamble text[from, to) into its paragraphs, each ending with its comma. */
export function splitPreamble(text: string, from: number, to: number, quoted = false): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let start = from;
  for (const match of matchesAtCharacters(text, ',;', SPLIT, from, to)) {
    paragraphs.push(trimRange(text, { number: null, start, end: match.index + 1 }, quoted));
    start = match.index + match[0].length;
  }
  paragraphs.push(trimRange(text, { number: null, start, end: to }, quoted));
  return paragraphs.filter((paragraph) => paragraph.end > paragraph.start);
}
