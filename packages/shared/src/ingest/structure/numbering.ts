import type { RawParagraph, RawWarning } from './model.ts';
import { matchesAtLiteral } from './scan.ts';

// "14. Requests": one to three digits and a period, at a word boundary, before a capitalised word.
// What precedes a number is checked by hand (NOT_BEFORE_NUMBER): a leading lookbehind would
// make the regex engine try every position of a long document.
// OCR'd resolutions misread a "1" as "l", "I", "]", "|" or "!" ("1]. Reguests", "l. Takes note"):
// those characters are read too, and a number holding one counts only where it is the next
// number expected (see readPrintedNumber).
const NUMBERED = /([\dlI\]|!]{1,3})\.\s+(?=["“([]?[A-Z])/g;
// A rule's own numbered paragraphs may follow its heading directly ("Rule 2 1. Adequate attention").
const RULE = /Rule (\d{1,3})\s+(?=["“([]?[A-Z]|\d{1,3}\.\s)/g;
const NOT_BEFORE_NUMBER = /[\w/.,"“-]/;
// The start of an operative clause: "Requests", "Also requests", "Calls upon", "Takes note".
export const OPERATIVE_START = /^["“]?(?:(?:Also|Further|Again|Once again|Strongly|Further also|Also further|Urgently)\s+)?[A-Z][a-z]+s\b/;

const OPERATIVE_VERBS = [
  'requests', 'urges', 'calls upon', 'calls on', 'invites', 'encourages', 'recommends', 'directs', 'decides', 'authorizes',
  'authorises', 'reiterates', 'welcomes', 'notes', 'takes note', 'reaffirms', 'recognizes', 'emphasizes', 'stresses',
  'expresses', 'commends', 'appeals', 'acknowledges', 'affirms', 'approves', 'endorses', 'condemns', 'deplores', 'demands',
  'underlines', 'adopts', 'requires', 'instructs',
];
const capitalized = (verb: string) => verb.charAt(0).toUpperCase() + verb.slice(1);

/**
 * The verbs that open operative paragraphs, for text pasted without paragraph numbers:
 * "Requests …", or an adverb and the verb in lower case ("Also requests …").
 */
export const OPERATIVE_VERB = new RegExp(
  `^["“]?(?:(?:Also|Further|Again|Once again|Strongly|Further also|Urgently|Firmly)\\s+(?:${OPERATIVE_VERBS.join('|')})|(?:${OPERATIVE_VERBS.map(capitalized).join('|')}))\\b`,
);

export interface NumberingOptions {
  /** Annex numbering restarts at 1 in each section and may use "Rule N". */
  allowRestart: boolean;
  /** Report paragraphs may follow a heading ("I. Introduction 1. At its ..."), not only punctuation. */
  afterAnyWord: boolean;
  /** A report's numbering never restarts: a "1." inside it belongs to something quoted. */
  ignoreRestart?: boolean;
  /** The paragraphs are quoted, each opening with a quotation mark ('"1. Requests …'). */
  quoted?: boolean;
  /** The number the sequence starts at (a report resuming its numbering after the drafts). */
  firstNumber?: number;
}

export interface NumberingResult {
  paragraphs: RawParagraph[];
  /** Where a "1." restart was met when restarts are not allowed (an annex or the next part). */
  restartAt: number | null;
  warnings: RawWarning[];
}

/**
 * Finds numbered paragraphs in text[from, to) in one pass: a candidate counts only when it is
 * the next number in sequence (a gap of one or two is accepted with a warning when an operative
 * verb follows), so numbers inside sentences ("paragraphs 11 and 12.") are not mistaken for
 * paragraph starts. Each paragraph runs to the next one; its text excludes the number.
 */
export function findNumberedParagraphs(text: string, from: number, to: number, options: NumberingOptions): NumberingResult {
  const starts: Array<{ number: string; at: number; textStart: number }> = [];
  const warnings: RawWarning[] = [];
  let expected = options.firstNumber ?? 1;
  let expectedRule = 1;
  let restartAt: number | null = null;
  const candidates = collectCandidates(text, from, to, options.allowRestart, options.quoted === true);
  for (const candidate of candidates) {
    const precededWell =
      options.afterAnyWord || precededByBoundary(text, candidate.at, from, starts.length === 0 || candidate.value === 1);
    if (!precededWell) continue;
    if (candidate.rule) {
      if (candidate.value !== expectedRule) continue;
      expectedRule++;
      starts.push({ number: `Rule ${candidate.value}`, at: candidate.at, textStart: candidate.textStart });
      continue;
    }
    const value = candidate.value;
    if (candidate.misread && (value !== expected || (candidate.lettersOnly && (options.allowRestart || !OPERATIVE_START.test(text.slice(candidate.textStart, candidate.textStart + 40)))))) {
      continue;
    }
    if (value === expected) {
      starts.push({ number: String(value), at: candidate.at, textStart: candidate.textStart });
      expected++;
      continue;
    }
    if (value === 1 && expected > 1 && options.firstNumber === undefined) {
      if (options.ignoreRestart) continue;
      if (!options.allowRestart) {
        restartAt = candidate.at;
        break;
      }
      starts.push({ number: '1', at: candidate.at, textStart: candidate.textStart });
      expected = 2;
      continue;
    }
    if (value > expected && value <= expected + 2 && OPERATIVE_START.test(text.slice(candidate.textStart, candidate.textStart + 40))) {
      warnings.push({
        code: 'NUMBERING_GAP',
        message: `Paragraph ${value} follows paragraph ${expected - 1}: ${value - expected === 1 ? 'paragraph' : 'paragraphs'} ${expected}${value - expected === 2 ? `–${value - 1}` : ''} not found.`,
        at: candidate.at,
      });
      starts.push({ number: String(value), at: candidate.at, textStart: candidate.textStart });
      expected = value + 1;
    }
  }
  const limit = restartAt ?? to;
  const paragraphs: RawParagraph[] = starts.map((start, index) => {
    const next = starts[index + 1];
    return trimRange(text, { number: start.number, numberAt: start.at, start: start.textStart, end: next ? next.at : limit }, options.quoted === true);
  });
  return { paragraphs, restartAt, warnings };
}

interface Candidate {
  value: number;
  at: number;
  textStart: number;
  rule: boolean;
  /** The printed number holds a letter or bracket that OCR misread for a "1". */
  misread?: boolean;
  /** …and no digit at all ("l.", "I."), which a section heading ("I. Introduction") may also be. */
  lettersOnly?: boolean;
}

const DIGITS_ONLY = /^\d+$/;
const MISREAD_ONE = /[lI\]|!]/g;

/** The value of a printed paragraph number, with OCR's misreadings of "1" read as "1". */
function readPrintedNumber(printed: string): { value: number; misread: boolean; lettersOnly: boolean } | null {
  if (DIGITS_ONLY.test(printed)) return { value: Number(printed), misread: false, lettersOnly: false };
  const corrected = printed.replace(MISREAD_ONE, '1');
  if (!DIGITS_ONLY.test(corrected) || corrected.startsWith('0')) return null;
  return { value: Number(corrected), misread: true, lettersOnly: !/\d/.test(printed) };
}

function collectCandidates(text: string, from: number, to: number, withRules: boolean, quoted: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  NUMBERED.lastIndex = from;
  for (let match = NUMBERED.exec(text); match && match.index < to; match = NUMBERED.exec(text)) {
    let at = match.index;
    if (quoted && /["“]/.test(text.charAt(at - 1))) at--;
    else if (match.index > 0 && NOT_BEFORE_NUMBER.test(text.charAt(match.index - 1))) continue;
    const printed = readPrintedNumber(match[1]!);
    if (!printed) continue;
    candidates.push({
      value: printed.value,
      at,
      textStart: match.index + match[0].length,
      rule: false,
      ...(printed.misread ? { misread: true, lettersOnly: printed.lettersOnly } : {}),
    });
  }
  if (withRules) {
    for (const match of matchesAtLiteral(text, 'Rule ', RULE, from, to)) {
      if (match.index > 0 && /[/."“-]/.test(text.charAt(match.index - 1))) continue;
      candidates.push({ value: Number(match[1]), at: match.index, textStart: match.index + match[0].length, rule: true });
    }
    candidates.sort((left, right) => left.at - right.at);
  }
  return candidates;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const BOUNDARY = /[;:.,)\]"”—]/;
// '>' and '<' are how OCR reads some superscript footnote markers ("challenge”;>! 2. Welcomes").
const OCR_DEBRIS = /[?°*^'’!%®<>]/;

/** A paragraph number follows the end of a clause or heading, never the middle of a phrase. */
function precededByBoundary(text: string, at: number, from: number, first: boolean): boolean {
  let index = at - 1;
  while (index >= from && /\s/.test(text.charAt(index))) index--;
  if (index < from) return true;
  // OCR leaves stray symbols after a clause's last word ("Programme,.?°* 2. Approves"): look past them.
  let previous = text.charAt(index);
  while (index > from && OCR_DEBRIS.test(previous)) {
    if (BOUNDARY.test(previous)) return true;
    previous = text.charAt(--index);
  }
  if (BOUNDARY.test(previous)) return true;
  // A footnote marker left between the clause end and the number ("63/195; 12 2. Also takes note").
  const digitsEnd = index;
  while (index >= from && index > digitsEnd - 3 && isDigit(text.charCodeAt(index))) index--;
  if (index < digitsEnd && index >= from && /\s/.test(text.charAt(index)) && !isDigit(text.charCodeAt(index))) {
    while (index >= from && /\s/.test(text.charAt(index))) index--;
    if (index >= from && /[;:.,]/.test(text.charAt(index))) return true;
  }
  // A heading ("Preamble", "Basic principle [Supplements rule 6]") may precede the first number.
  return first && /[A-Za-z]/.test(previous);
}

/** Narrows a range to its text, without surrounding blanks (or quotation marks, in quoted text). */
export function trimRange<T extends { start: number; end: number }>(text: string, range: T, quoted = false): T {
  const blank = quoted ? /[\s"“”]/ : /\s/;
  let start = range.start;
  let end = range.end;
  while (start < end && blank.test(text.charAt(start))) start++;
  while (end > start && blank.test(text.charAt(end - 1))) end--;
  return { ...range, start, end };
}

const ABBREVIATION_BEFORE_PERIOD = /(?:\b(?:para|paras|No|Nos|vol|vols|art|arts|p|pp|Rev|Add|Corr|e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|chap|sect|op|cit|viz|cf)|\b[A-Z])$/;

/**
 * End of the first sentence that starts at `from`: a period before a capital letter, a
 * meeting line or the end, not after an abbreviation ("para. 32", "No. 5", initials).
 */
export function sentenceEnd(text: string, from: number, to: number): number {
  const pattern = /\.["”’]?(?=\s+["“(]?[A-Z0-9]|\s*$)/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    if (ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(from, match.index - 6), match.index))) continue;
    return match.index + match[0].length;
  }
  return to;
}

/**
 * The first match of `pattern` (global) in text[from, to), with offsets into `text`. Searching a
 * slice keeps a missing match from scanning the rest of a long document for every resolution.
 */
export function firstMatchWithin(pattern: RegExp, text: string, from: number, to: number): { index: number; match: RegExpExecArray } | null {
  pattern.lastIndex = 0;
  const match = pattern.exec(text.slice(from, to));
  return match ? { index: from + match.index, match } : null;
}

/**
 * Operative paragraphs pasted without numbers ("Requests …; Also requests …"): each starts with
 * an operative verb after a semicolon, or at the start. Numbers are null.
 */
export function splitUnnumbered(text: string, from: number, to: number): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  const boundary = /;\s+/g;
  let start = from;
  boundary.lastIndex = from;
  for (let match = boundary.exec(text); match && match.index < to; match = boundary.exec(text)) {
    const next = match.index + match[0].length;
    if (!OPERATIVE_VERB.test(text.slice(next, next + 40))) continue;
    paragraphs.push(trimRange(text, { number: null, start, end: match.index + 1 }));
    start = next;
  }
  paragraphs.push(trimRange(text, { number: null, start, end: to }));
  return paragraphs.filter((paragraph) => paragraph.end > paragraph.start);
}
