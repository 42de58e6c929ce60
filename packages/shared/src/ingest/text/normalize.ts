import { CleanTextBuilder, type CleanText } from './cleanText.ts';
import { FootnoteMarkerFinder } from './footnoteMarkers.ts';
import { splitLines, type SourceLine } from './lines.ts';
import { findOcrCorrections, mayHoldOcrErrors } from './ocr.ts';

export interface NormalizedDocument {
  clean: CleanText;
  /** Subject terms from a `%%%A|B|` first line. */
  subjects: string[];
  /** Lines of page furniture and footnote text that were dropped. */
  droppedLines: number;
}

type LineKind = 'text' | 'number' | 'blank' | 'furniture' | 'footnote';

interface ClassifiedLine extends SourceLine {
  kind: LineKind;
}

const FOOTNOTE_SEPARATOR = /^_{5,}$/;
const STANDALONE_PARAGRAPH_NUMBER = /^(?:\d{1,3}\.|\([a-z]{1,4}\))$/;
const FURNITURE: readonly RegExp[] = [
  /^\d{1,4}$/, // page number, or a footnote marker left on its own line
  /^\d{1,3}\s*\/\s*\d{1,3}$/, // "3/10"
  /^[-–]\s*\d{1,4}\s*[-–]$/, // "- 3 -"
  /^Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i,
  /^\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+[\d/ ]{0,20})?$/, // job number "10-52545 (E) 230311"
  /^\*\d{5,}\*$/, // barcode
  /^Please\s+rec\s*y?\s*cle\b.{0,4}$/i,
  /^[^\p{L}\p{N}_]{1,3}$/u, // recycling logo and other lone symbols
];
/** Every furniture pattern matches short lines only; longer lines skip the checks. */
const MAX_FURNITURE_LENGTH = 40;
const SYMBOL_LINE = /^((?:A|E|S|CTOC|CAC|UNEP)\/[A-Z0-9.]+(?:\/[A-Za-z0-9.]+)*(?: \(\d{4}\))?)\*?$/;
const OPENER_LINE = /^The [A-Z][A-Za-z ,]{3,160},$/;

/**
 * Turns the input into one cleaned string for segmentation: drops page furniture (running
 * symbol and title headers, page numbers, job numbers, barcodes, "Please recycle"), footnote
 * blocks and footnote markers; puts paragraph numbers printed on a line of their own back before
 * their paragraph; joins lines with one space, undoing line-end hyphenation; corrects OCR letters.
 * A single-line input (the `%%%SUBJECT|` format, pasted text) passes through unchanged.
 */
export function normalizeDocument(input: string): NormalizedDocument {
  const lines = splitLines(input);
  let subjects: string[] = [];
  let firstLine = 0;
  const head = lines[0];
  if (head && input.startsWith('%%%', head.start)) {
    subjects = input
      .slice(head.start + 3, head.end)
      .split('|')
      .map((term) => term.trim())
      .filter((term) => term.length > 0);
    firstLine = 1;
  }
  const classified = classifyLines(input, lines.slice(firstLine));
  const footnotes = collectFootnoteNumbers(input, classified);
  const ordered = relocateParagraphNumbers(input, classified);
  const builder = new CleanTextBuilder(input);
  const markers = new FootnoteMarkerFinder(footnotes);
  const ocr = mayHoldOcrErrors(input);
  for (let index = 0; index < ordered.length; index++) {
    const line = ordered[index]!;
    const next = ordered[index + 1];
    const nextText = next ? input.slice(next.start, next.end) : '';
    const content = input.slice(line.start, line.end);
    // "Secretary-\nGeneral" keeps its hyphen; "ratifi-\ncation" loses it; neither gets a space.
    // A soft hyphen (U+00AD) at a line end always splits one word.
    const soft = line.kind === 'text' && content.endsWith('\u00ad');
    const hyphenated = soft || (line.kind === 'text' && /[A-Za-z]-$/.test(content) && /^[A-Za-z]/.test(nextText));
    const dropHyphen = soft || (hyphenated && /^[a-z]/.test(nextText) && /[a-z]-$/.test(content) && !KEEP_HYPHEN.test(content));
    emitLine(input, builder, line, markers, ocr, dropHyphen ? line.end - 1 : line.end);
    if (next && !hyphenated && builder.size > 0) builder.add(' ', line.end);
  }
  return {
    clean: builder.build(),
    subjects,
    droppedLines: classified.filter((line) => line.kind === 'furniture' || line.kind === 'footnote').length,
  };
}

function classifyLines(input: string, lines: SourceLine[]): ClassifiedLine[] {
  const contents = lines.map((line) => input.slice(line.start, line.end));
  const symbol = findSymbolLine(contents);
  const headerZone = markHeaderZone(lines, contents);
  const repeated = countRepeats(contents, headerZone);
  const titleText = firstPageTitleText(lines, contents);
  const result: ClassifiedLine[] = [];
  let inFootnotes = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const content = contents[index]!;
    if (line.pageBreak) inFootnotes = false;
    let kind: LineKind;
    if (content.length === 0) kind = 'blank';
    else if (FOOTNOTE_SEPARATOR.test(content)) {
      inFootnotes = true;
      kind = 'footnote';
    } else if (inFootnotes) kind = 'footnote';
    else if (STANDALONE_PARAGRAPH_NUMBER.test(content)) kind = 'number';
    else if (content.length <= MAX_FURNITURE_LENGTH && FURNITURE.some((pattern) => pattern.test(content))) kind = 'furniture';
    else if (symbol !== null && content.length <= symbol.length + 1 && content.replace(/\*$/, '') === symbol && index > 0 && lines.length > 1) {
      kind = !headerZone[index] && isFirstSymbol(contents, index, symbol) ? 'text' : 'furniture';
    } else if (headerZone[index] && (repeated.get(content) ?? 0) >= 2) kind = 'furniture';
    else if (headerZone[index] && content.length >= 25 && titleText.includes(collapse(content))) kind = 'furniture';
    else kind = 'text';
    result.push({ ...line, kind });
  }
  return result;
}

/** The document symbol printed in the first lines (A/RES/65/232), used to drop running headers. */
function findSymbolLine(contents: string[]): string | null {
  for (let index = 0; index < Math.min(contents.length, 30); index++) {
    const match = SYMBOL_LINE.exec(contents[index]!);
    if (match) return match[1]!;
  }
  return null;
}

function isFirstSymbol(contents: string[], index: number, symbol: string): boolean {
  for (let earlier = 0; earlier < index; earlier++) {
    if (contents[earlier]!.replace(/\*$/, '') === symbol) return false;
  }
  return true;
}

/** The first non-blank lines of each page after the first: where running headers live. */
function markHeaderZone(lines: SourceLine[], contents: string[]): boolean[] {
  const zone = new Array<boolean>(lines.length).fill(false);
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.pageBreak || (index > 0 && lines[index - 1]!.pageBreak)) continue;
    let seen = 0;
    for (let next = index; next < lines.length && seen < 5; next++) {
      if (contents[next]!.length === 0) continue;
      zone[next] = true;
      seen++;
    }
  }
  return zone;
}

function countRepeats(contents: string[], zone: boolean[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < contents.length; index++) {
    if (!zone[index] || contents[index]!.length === 0) continue;
    counts.set(contents[index]!, (counts.get(contents[index]!) ?? 0) + 1);
  }
  return counts;
}

/** The first page up to "The General Assembly,": its title lines recur as running headers. */
function firstPageTitleText(lines: SourceLine[], contents: string[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; index < Math.min(contents.length, 60) && length < 3000; index++) {
    const content = contents[index]!;
    if (lines[index]!.pageBreak || content.length > 300 || OPENER_LINE.test(content)) break;
    parts.push(content);
    length += content.length;
  }
  return collapse(parts.join(' '));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function collectFootnoteNumbers(input: string, lines: ClassifiedLine[]): Set<number> {
  const numbers = new Set<number>();
  for (const line of lines) {
    if (line.kind !== 'footnote') continue;
    const match = /^(\d{1,3})(?:\s|$)/.exec(input.slice(line.start, line.end));
    if (match) numbers.add(Number(match[1]));
  }
  return numbers;
}

/**
 * pdftotext often prints a paragraph number after the paragraph's first line
 * ("Welcomes with appreciation the offer ... to act\n5.\nas host"). A number belongs before the
 * previous line when the next line continues a sentence (starts in lower case), or when the
 * previous line opens a paragraph and does not end it.
 */
function relocateParagraphNumbers(input: string, lines: ClassifiedLine[]): ClassifiedLine[] {
  const kept = lines.filter((line) => line.kind === 'text' || line.kind === 'number');
  const ordered: ClassifiedLine[] = [];
  for (let index = 0; index < kept.length; index++) {
    const line = kept[index]!;
    if (line.kind !== 'number' || index === 0) {
      ordered.push(line);
      continue;
    }
    const previous = ordered[ordered.length - 1]!;
    const next = kept[index + 1];
    const previousText = input.slice(previous.start, previous.end);
    const nextText = next ? input.slice(next.start, next.end) : '';
    const beforePrevious = ordered[ordered.length - 2];
    const previousOpens =
      previous.kind === 'text' &&
      /^["“]?[A-Z]/.test(previousText) &&
      (!beforePrevious ||
        beforePrevious.kind === 'number' ||
        /[;:,.]\s*(?:\d{1,3})?$/.test(input.slice(beforePrevious.start, beforePrevious.end)));
    const previousEnds = /[;:.,]\s*(?:\d{1,3})?$/.test(previousText);
    const nextContinues = /^[a-z]/.test(nextText);
    if (previousOpens && (nextContinues || !previousEnds)) {
      ordered.splice(ordered.length - 1, 0, line);
    } else {
      ordered.push(line);
    }
  }
  return ordered;
}

// Compound heads that keep their hyphen across a line break ("money-\nlaundering").
const KEEP_HYPHEN = /(?:^|[^A-Za-z])(?:non|self|co|anti|money|capacity|multi|cross|well|long|short|high|low|follow|socio|counter|cost|decision|policy|law|drug|gender|human|child|ex|post|pre|inter|intra|re|semi|sub|first|second|third|open|fifty|forty|thirty|twenty|sixty|seventy|eighty|ninety)-$/i;

function emitLine(
  input: string,
  builder: CleanTextBuilder,
  line: ClassifiedLine,
  markers: FootnoteMarkerFinder,
  ocr: boolean,
  end: number,
): void {
  const content = input.slice(line.start, line.end);
  if (line.kind === 'number') {
    builder.copy(line.start, line.end);
    return;
  }
  const cuts = markers.find(content, line.start);
  const corrections = ocr ? findOcrCorrections(content) : [];
  let position = line.start;
  let cutIndex = 0;
  let correctionIndex = 0;
  while (position < end) {
    const cut = cuts[cutIndex];
    const correction = corrections[correctionIndex];
    const nextCut = cut ? cut[0] : Infinity;
    const nextCorrection = correction ? line.start + correction.start : Infinity;
    const stop = Math.min(nextCut, nextCorrection, end);
    builder.copy(position, stop);
    position = stop;
    if (position >= end) break;
    if (nextCut <= nextCorrection) {
      position = Math.max(position, cut![1]);
      cutIndex++;
    } else {
      builder.add(correction!.replacement, position);
      position = line.start + correction!.end;
      correctionIndex++;
    }
  }
}
