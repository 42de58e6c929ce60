/**
 * Footnote markers in pdftotext output: numbers glued to words ("Prisoners1 apply", "Crime,9")
 * or standing alone ("Crime, 1 which", "2006 4 and"). Only numbers that the document's footnote
 * blocks define are candidates, and new footnotes must appear in order, so ordinary numbers
 * ("article 14, paragraph 2", "from 12 to 19 April") survive.
 */
export class FootnoteMarkerFinder {
  private nextNew = 1;

  constructor(private readonly footnotes: ReadonlySet<number>) {}

  get active(): boolean {
    return this.footnotes.size > 0;
  }

  /** Ranges [start, end) of `line` (absolute offsets from `base`) to cut as footnote markers. */
  find(line: string, base: number): Array<[number, number]> {
    const cuts: Array<[number, number]> = [];
    if (!this.active) return cuts;
    MARKER.lastIndex = 0;
    for (let match = MARKER.exec(line); match; match = MARKER.exec(line)) {
      const digits = match[0];
      const digitsStart = match.index;
      if (digitsStart > 0 && /[\d/.\-–]/.test(line.charAt(digitsStart - 1))) continue;
      const number = Number(digits);
      if (!this.footnotes.has(number)) continue;
      let blankStart = digitsStart;
      while (blankStart > 0 && /\s/.test(line.charAt(blankStart - 1))) blankStart--;
      const spaced = blankStart < digitsStart;
      // Only the words just before matter; a short window keeps long lines linear.
      const before = line.slice(Math.max(0, blankStart - 40), blankStart);
      const after = line.slice(digitsStart + digits.length);
      const context = spaced ? standaloneContext(before, after) : gluedContext(before);
      if (context === 'none') continue;
      // Tolerate a marker or two that were missed, but never a jump far ahead of the sequence.
      const isNew = number >= this.nextNew && number <= this.nextNew + (context === 'strong' ? 3 : 1);
      const isRepeat = number < this.nextNew;
      if (!(isNew || (isRepeat && context === 'strong'))) continue;
      if (isNew) this.nextNew = number + 1;
      cuts.push([base + blankStart, base + digitsStart + digits.length]);
    }
    return cuts;
  }
}

// A run of one to three digits followed by a blank, punctuation or the end of the line; what
// precedes it (a word, punctuation or blanks) is checked by hand, which is faster than a lookbehind.
const MARKER = /\d{1,3}(?=[\s,;:.)\]]|$)/g;

const ABBREVIATIONS = new Set(['rev', 'no', 'nos', 'para', 'paras', 'vol', 'vols', 'art', 'p', 'pp', 'corr', 'add', 'chap', 'sect', 'amend', 'suppl', 'sess', 'annex']);

/** Words after which a number is part of the sentence ("paragraph 2", "from 12 to 19 April"). */
const NUMBER_TAKING = new Set([
  'and', 'or', 'to', 'of', 'from', 'between', 'at', 'by', 'on', 'in', 'with', 'for', 'than', 'the', 'some', 'over',
  'under', 'about', 'approximately', 'only', 'least', 'reached', 'paragraph', 'paragraphs', 'para', 'paras', 'article',
  'articles', 'rule', 'rules', 'chapter', 'chapters', 'section', 'sections', 'annex', 'resolution', 'resolutions',
  'decision', 'decisions', 'no', 'nos', 'vol', 'vols', 'page', 'pages', 'p', 'pp', 'item', 'items',
  'principle', 'principles', 'goal', 'goals', 'target', 'targets', 'protocol', 'phase', 'step', 'level', 'table',
  'figure', 'box', 'part', 'title', 'volume', 'number', 'numbers', 'recommendation', 'recommendations', 'until', 'since',
  'around', 'nearly', 'almost', 'all', 'first', 'last', 'these', 'those', 'are', 'is', 'were', 'was', 'be', 'per',
]);

const MONTH_OR_UNIT =
  /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|per\b|%|percent|years?\b|months?\b|weeks?\b|days?\b|hours?\b|countries\b|States\b|members\b|Member\b|of\b|to\b|and\s+\d|or\s+\d|\(|\/)/;

type MarkerContext = 'strong' | 'weak' | 'none';

function gluedContext(before: string): MarkerContext {
  const last = before.charAt(before.length - 1);
  if (/[a-z]/.test(last)) {
    const word = /([A-Za-z]+)$/.exec(before)?.[1] ?? '';
    return word.length >= 3 && !ABBREVIATIONS.has(word.toLowerCase()) && /[a-z]{2}$/.test(word) ? 'strong' : 'none';
  }
  if (/[,;:.)"”’]/.test(last)) {
    const word = /([A-Za-z]+)\W*$/.exec(before)?.[1] ?? '';
    const beforePunctuation = before.charAt(before.length - 2);
    if (!/[a-z)"”]/.test(beforePunctuation)) return 'none';
    return ABBREVIATIONS.has(word.toLowerCase()) ? 'none' : 'strong';
  }
  return 'none';
}

function standaloneContext(before: string, after: string): MarkerContext {
  if (MONTH_OR_UNIT.test(after)) return 'none';
  const trimmed = before.trimEnd();
  if (trimmed.length === 0) return 'none';
  const last = trimmed.charAt(trimmed.length - 1);
  const followsEnd = after.trim().length === 0 || /^\s+[a-z]/.test(after) || /^[,;:.]/.test(after);
  if (/[,;:)"”’]/.test(last)) {
    // "1, 2 and 3" is a list, not a marker.
    if (/(?:^|\s)\d{1,3}[,;]$/.test(trimmed)) return 'none';
    const word = /([A-Za-z]+)\W*$/.exec(trimmed)?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase())) return 'none';
    return followsEnd ? 'strong' : 'weak';
  }
  if (/(?:^|\s)(?:1[89]|20)\d\d$/.test(trimmed)) return followsEnd ? 'strong' : 'weak';
  const word = /([A-Za-z]+)$/.exec(trimmed)?.[1];
  if (!word || NUMBER_TAKING.has(word.toLowerCase())) return 'none';
  if (/^\s*(?:[A-Z]|\d)/.test(after)) return 'none';
  return 'weak';
}
