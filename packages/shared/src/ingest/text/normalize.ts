import { CleanTextBuilder, type CleanText } from './cleanText.ts';
import { FootnoteMarkerFinder } from './footnoteMarkers.ts';
import { splitLines, type SourceLine } from './lines.ts';
import { findOcrCorrections, type OcrCorrection } from './ocr.ts';
import { inferPageBreaks } from './pageBreaks.ts';

export interface NormalizedDocument {
  clean: CleanText;
  /** Subject terms from a `%%%A|B|` first line. */
  subjects: string[];
  /** Lines of page furniture and footnote text that were dropped. */
  droppedLines: number;
}

type LineKind = 'text' | 'number' | 'blank' | 'furniture' | 'footnote';

interface ClassifiedLine extends SourceLine {
  kind?: LineKind;
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
  /^\d{1,3}[FH]$/, // "0F", "12F", "1H": labels of footnote anchors that some PDFs hide in the text layer
  /^Please\s+rec\s*y?\s*cle\b.{0,4}$/i,
  /^[^\p{L}\p{N}_]{1,3}$/u, // recycling logo and other lone symbols
];
// Running heads of the Official Records volumes that older resolutions are scanned from:
// "218 General Assembly—Forty-sixth Session", "VI. Resolutions adopted on the reports of the
// Third Committee 217". Checked on lines up to MAX_RUNNING_HEAD_LENGTH long.
const VOLUME_RUNNING_HEAD =
  /^(?:\d{1,4}\s+(?:General Assembly|Economic and Social Council|Security Council)\s*[—–-]\s*[A-Z][A-Za-z-]+ (?:Special |Emergency Special )?Session|[IVX]{1,5}\. (?:Resolutions|Decisions) adopted (?:on the reports? of the [A-Za-z ]{3,60}?|without reference to a (?:Main )?Committee)\s+\d{1,4})$/;
const MAX_RUNNING_HEAD_LENGTH = 100;
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
  const corrections = findOcrCorrections(input);
  for (let index = 0; index < ordered.length; index++) {
    const line = ordered[index]!;
    const next = ordered[index + 1];
    // "Secretary-\nGeneral" keeps its hyphen; "ratifi-\ncation" loses it; neither gets a space.
    // A soft hyphen (U+00AD) at a line end always splits one word.
    const last = line.end > line.start ? input.charCodeAt(line.end - 1) : 0;
    let hyphenated = false;
    let dropHyphen = false;
    if (line.kind === 'text' && (last === 0xad || last === 45)) {
      const content = input.slice(line.start, line.end);
      const nextText = next ? input.slice(next.start, Math.min(next.end, next.start + 1)) : '';
      const soft = last === 0xad;
      hyphenated = soft || (/[A-Za-z]-$/.test(content) && /^[A-Za-z]/.test(nextText));
      dropHyphen = soft || (hyphenated && /^[a-z]/.test(nextText) && /[a-z]-$/.test(content) && !KEEP_HYPHEN.test(content));
    }
    emitLine(input, builder, line, markers, corrections, dropHyphen ? line.end - 1 : line.end);
    if (next && !hyphenated && builder.size > 0) builder.add(' ', line.end);
  }
  return {
    clean: builder.build(),
    subjects,
    droppedLines: classified.filter((line) => line.kind === 'furniture' || line.kind === 'footnote').length,
  };
}

function classifyLines(input: string, lines: SourceLine[]): ClassifiedLine[] {
  // Only short lines and the first lines of pages can be furniture, so only those are sliced
  // and matched: a regular expression on every line of a long document is what costs.
  const contentOf = (index: number) => input.slice(lines[index]!.start, lines[index]!.end);
  const symbol = findSymbolLine(input, lines);
  inferPageBreaks(input, lines, symbol);
  const headerZone = markHeaderZone(lines);
  const repeated = countRepeats(input, lines, headerZone);
  const titleText = firstPageTitleText(input, lines);
  let symbolSeen = false;
  const result = lines as ClassifiedLine[];
  let inFootnotes = false;
  for (let index = 0; index < lines.length; index++) {
    const line = result[index]!;
    const length = line.end - line.start;
    if (line.pageBreak) inFootnotes = false;
    let kind: LineKind = 'text';
    if (length === 0) kind = 'blank';
    else if (input.charCodeAt(line.start) === 95 && FOOTNOTE_SEPARATOR.test(contentOf(index))) {
      inFootnotes = true;
      kind = 'footnote';
    } else if (inFootnotes) kind = 'footnote';
    else if (length <= MAX_RUNNING_HEAD_LENGTH && mayBeRunningHead(input.charCodeAt(line.start)) && VOLUME_RUNNING_HEAD.test(contentOf(index))) {
      kind = 'furniture';
    } else if (length <= MAX_FURNITURE_LENGTH || headerZone[index]) {
      const content = contentOf(index);
      if (STANDALONE_PARAGRAPH_NUMBER.test(content)) kind = 'number';
      else if (length <= MAX_FURNITURE_LENGTH && FURNITURE.some((pattern) => pattern.test(content))) kind = 'furniture';
      else if (symbol !== null && length <= symbol.length + 1 && content.replace(/\*$/, '') === symbol && lines.length > 1) {
        // The symbol printed on the first page is the document's; every later one is a running header.
        kind = !headerZone[index] && !symbolSeen ? 'text' : 'furniture';
        symbolSeen = true;
      } else if (headerZone[index] && (repeated.get(content) ?? 0) >= 2) kind = 'furniture';
      else if (headerZone[index] && length >= 25 && titleText.includes(collapse(content))) kind = 'furniture';
    }
    line.kind = kind;
  }
  markUnseparatedFootnotes(input, result);
  return result;
}

// How footnote text begins: a citation ("See …", "Ibid.", "Resolution 60/288.", "A/64/123.",
// "Official Records of …", "United Nations, Treaty Series, …", "Economic and Social Council
// resolution 2007/12, annex.").
const CITATION =
  /^(?:See\b|Ibid\b|Resolutions? \d|Decisions? \d|Official Records\b|United Nations, Treaty Series|(?:A|E|S|CTOC|CAC)\/[A-Z0-9]|Available (?:from|at)\b|(?:Economic and Social Council|General Assembly|Security Council|Human Rights Council|Commission on (?:Crime Prevention and Criminal Justice|Narcotic Drugs)) (?:resolutions?|decisions?)\b|United Nations publication\b|Report of the\b|Cf\.|\*{1,3}\s*(?:Reissued|Re-issued|Previously issued|Circulated)\b)/;
// A footnote number, or a page number ("3", "2/10") that pdftotext prints among the footnotes.
const LONE_NUMBER = /^\d{1,3}(?:\s*\/\s*\d{1,3})?$/;
const NUMBERED_NOTE = /^\d{1,3}\s+(?=\S)/;
/** Footnote blocks are short: more text lines than this before the page end are body text. */
const MAX_FOOTNOTE_LINES = 15;

/**
 * Footnote blocks whose separator rule was drawn, not printed, so pdftotext gives no "_____"
 * line: from a footnote number (alone on its line, or before the note) whose note reads like a
 * citation, to the page end (a page break, or page furniture other than a bare number such as
 * the job number, barcode or running header).
 */
function markUnseparatedFootnotes(input: string, lines: ClassifiedLine[]): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const length = line.end - line.start;
    if (length === 0 || length > 300) continue;
    const first = input.charCodeAt(line.start);
    if ((first < 48 || first > 57) && first !== 42) continue;
    const content = input.slice(line.start, line.end);
    let note: string | null = null;
    if (line.kind === 'furniture' && LONE_NUMBER.test(content)) {
      let next = index + 1;
      // Skip blanks and the page number that pdftotext may print between a number and its note.
      while (next < lines.length && !lines[next]!.pageBreak && (lines[next]!.kind === 'blank' || isLoneNumber(input, lines[next]!))) next++;
      const following = lines[next];
      if (following && following.kind === 'text' && !following.pageBreak) note = input.slice(following.start, following.end);
    } else if (line.kind === 'text') {
      const number = NUMBERED_NOTE.exec(content);
      if (number) note = content.slice(number[0].length);
      // A star note on a first page ("* Reissued for technical reasons on 11 July 2013.").
      else if (first === 42) note = content;
    }
    if (note === null || !CITATION.test(note)) continue;
    const runEnd = markNoteRun(input, lines, index);
    if (runEnd !== null) {
      index = runEnd;
      continue;
    }
    const end = pageEnd(input, lines, index);
    if (end === null) continue;
    for (let inBlock = index; inBlock < end; inBlock++) {
      const kind = lines[inBlock]!.kind;
      if (kind === 'text' || (kind === 'furniture' && LONE_NUMBER.test(input.slice(lines[inBlock]!.start, lines[inBlock]!.end)))) {
        lines[inBlock]!.kind = 'footnote';
      }
    }
    index = end - 1;
  }
}

/**
 * OCR'd volumes print footnotes at the foot of a column with no rule and no page break, so the
 * body text resumes after them ("309 A/45/652.\n310 See A/45/652/Add.1, annex.\n\nthe
 * effectiveness"). A run of consecutively numbered notes set off by blank lines on both sides,
 * around a note that reads like a citation, is such a block. Returns the index of its last line,
 * or null when the notes are not set off so (then the block runs to the page end).
 */
function markNoteRun(input: string, lines: ClassifiedLine[], citation: number): number | null {
  const noteNumber = (index: number): number | null => {
    const line = lines[index];
    if (!line || line.kind !== 'text') return null;
    const match = NUMBERED_NOTE.exec(input.slice(line.start, line.end));
    return match ? Number(match[0].trim()) : null;
  };
  const citationNumber = noteNumber(citation);
  if (citationNumber === null) return null;
  let first = citation;
  while (noteNumber(first - 1) === citationNumber - (citation - first) - 1) first--;
  let last = citation;
  while (noteNumber(last + 1) === citationNumber + (last - citation) + 1) last++;
  const isBlank = (index: number) => index < 0 || index >= lines.length || lines[index]!.kind === 'blank';
  if (!isBlank(first - 1) || !isBlank(last + 1)) return null;
  for (let index = first; index <= last; index++) lines[index]!.kind = 'footnote';
  return last;
}

function isLoneNumber(input: string, line: ClassifiedLine): boolean {
  return line.kind === 'furniture' && LONE_NUMBER.test(input.slice(line.start, line.end));
}

/** Where the page holding footnote line `from` ends, or null when what follows is body text. */
function pageEnd(input: string, lines: ClassifiedLine[], from: number): number | null {
  let textLines = 0;
  for (let index = from + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.pageBreak) return index;
    if (line.kind === 'number') return null;
    if (line.kind === 'furniture' && !LONE_NUMBER.test(input.slice(line.start, line.end))) return index;
    if (line.kind === 'text' && ++textLines > MAX_FOOTNOTE_LINES) return null;
  }
  return lines.length;
}

/** A running head of a volume starts with a page number or a Roman chapter number. */
function mayBeRunningHead(first: number): boolean {
  return (first >= 48 && first <= 57) || first === 73 || first === 86 || first === 88;
}

/** The document symbol printed in the first lines (A/RES/65/232), used to drop running headers. */
function findSymbolLine(input: string, lines: SourceLine[]): string | null {
  for (let index = 0; index < Math.min(lines.length, 30); index++) {
    const line = lines[index]!;
    if (line.end - line.start > 60) continue;
    const match = SYMBOL_LINE.exec(input.slice(line.start, line.end));
    if (match) return match[1]!;
  }
  return null;
}

/** The first non-blank lines of each page after the first: where running headers live. */
function markHeaderZone(lines: SourceLine[]): boolean[] {
  const zone = new Array<boolean>(lines.length).fill(false);
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.pageBreak || (index > 0 && lines[index - 1]!.pageBreak)) continue;
    let seen = 0;
    for (let next = index; next < lines.length && seen < 5; next++) {
      if (lines[next]!.end === lines[next]!.start) continue;
      zone[next] = true;
      seen++;
    }
  }
  return zone;
}

function countRepeats(input: string, lines: SourceLine[], zone: boolean[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!zone[index] || line.end === line.start) continue;
    const content = input.slice(line.start, line.end);
    counts.set(content, (counts.get(content) ?? 0) + 1);
  }
  return counts;
}

/** The first page up to "The General Assembly,": its title lines recur as running headers. */
function firstPageTitleText(input: string, lines: SourceLine[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; index < Math.min(lines.length, 60) && length < 3000; index++) {
    const line = lines[index]!;
    if (line.end - line.start > 300) break;
    const content = input.slice(line.start, line.end);
    if (line.pageBreak || OPENER_LINE.test(content)) break;
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
    const first = input.charCodeAt(line.start);
    if (first < 48 || first > 57) continue;
    const match = /^(\d{1,3})(?:\s|$)/.exec(input.slice(line.start, Math.min(line.end, line.start + 5)));
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
  ocr: readonly OcrCorrection[],
  end: number,
): void {
  if (line.kind === 'number' || (!markers.active && ocr.length === 0)) {
    builder.copy(line.start, end);
    return;
  }
  const content = input.slice(line.start, line.end);
  const cuts = markers.find(content, line.start);
  let position = line.start;
  let cutIndex = 0;
  let correctionIndex = firstCorrectionFrom(ocr, line.start);
  while (position < end) {
    const cut = cuts[cutIndex];
    const correction = ocr[correctionIndex];
    const nextCut = cut ? cut[0] : Infinity;
    const nextCorrection = correction && correction.start < line.end ? correction.start : Infinity;
    const stop = Math.min(nextCut, nextCorrection, end);
    builder.copy(position, stop);
    position = stop;
    if (position >= end) break;
    if (nextCut <= nextCorrection) {
      position = Math.max(position, cut![1]);
      cutIndex++;
    } else {
      builder.add(correction!.replacement, position);
      position = correction!.end;
      correctionIndex++;
    }
  }
}

/** Index of the first correction at or after `at` (corrections are in order). */
function firstCorrectionFrom(corrections: readonly OcrCorrection[], at: number): number {
  let low = 0;
  let high = corrections.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (corrections[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
