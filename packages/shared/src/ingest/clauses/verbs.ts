import type { MandateVerb, Span } from '../types.ts';

/**
 * Clause openers of UN operative paragraphs. A paragraph is a chain of clauses, each opened by a
 * verb in the third person ("Requests", "and urges") or, in annexed declarations, the first
 * person ("We invite", "we call on"). Mandate verbs open a mandate; the other verbs only end the
 * previous clause ("…, and welcomes …"), so that a mandate's action never runs into them.
 */

export interface ClauseOpener {
  /** Lemmas: one verb, or two for "Reiterates its request" (request + reiterate-request). */
  verbs: MandateVerb[];
  /** Null for verbs that open a clause but give no mandate (Welcomes, Notes, Reaffirms …). */
  mandate: boolean;
  /** The verb words ("Calls upon", "Reiterates its request to"), adverbs excluded. */
  verbSpan: Span;
  /** Where the clause starts (adverbs such as "Also" or "we" included). */
  start: number;
  /** Where the text after the verb starts: the addressees, "that …", or the object. */
  after: number;
}

/** Letters OCR confuses in the verbs we look for: "Reguests", "Urqes", "lnvites", "Ca1ls". */
function tolerant(word: string): string {
  let pattern = '';
  for (const letter of word) {
    if (letter === 'q' || letter === 'g') pattern += '[qg]';
    else if (letter === 'i' || letter === 'l') pattern += '[il1]';
    else if (letter === 'I') pattern += '[Il1]';
    else if (letter === 'o') pattern += '[o0]';
    else if (letter === ' ') pattern += '\\s+';
    else pattern += letter;
  }
  return pattern;
}

interface VerbForm {
  verbs: MandateVerb[];
  /** Third person singular, lower case ("requests"); matched case-insensitively on the first letter. */
  third: string;
  /** First person / base form used in declarations ("request"). */
  base: string;
}

/**
 * Mandate verbs, each with its third-person form (resolutions) and base form (declarations).
 */
const MANDATE_FORMS: readonly VerbForm[] = [
  { verbs: ['request', 'reiterate-request'], third: 'reiterates its requests? (?:to|that)', base: 'reiterate our requests? (?:to|that)' },
  { verbs: ['request', 'reiterate-request'], third: 'renews its requests? (?:to|that)', base: 'renew our requests? (?:to|that)' },
  { verbs: ['request', 'reiterate-request'], third: 'reaffirms its requests? (?:to|that)', base: 'reaffirm our requests? (?:to|that)' },
  { verbs: ['call upon'], third: 'reiterates its calls? (?:up)?on', base: 'reiterate our calls? (?:up)?on' },
  { verbs: ['invite'], third: 'reiterates its invitation to', base: 'reiterate our invitation to' },
  { verbs: ['encourage'], third: 'continues to encourage', base: 'continue to encourage' },
  { verbs: ['urge'], third: 'continues to urge', base: 'continue to urge' },
  { verbs: ['invite'], third: 'continues to invite', base: 'continue to invite' },
  { verbs: ['request'], third: 'continues to request', base: 'continue to request' },
  { verbs: ['call upon'], third: 'continues to call (?:up)?on', base: 'continue to call (?:up)?on' },
  { verbs: ['request'], third: 'requests', base: 'request' },
  { verbs: ['request'], third: 'asks', base: 'ask' },
  { verbs: ['urge'], third: 'urges', base: 'urge' },
  { verbs: ['call upon'], third: 'calls (?:(?:once )?again )?(?:up)?on', base: 'call (?:(?:once )?again )?(?:up)?on' },
  { verbs: ['call upon'], third: 'appeals to', base: 'appeal to' },
  { verbs: ['invite'], third: 'invites', base: 'invite' },
  { verbs: ['encourage'], third: 'encourages', base: 'encourage' },
  { verbs: ['recommend'], third: 'recommends', base: 'recommend' },
  { verbs: ['direct'], third: 'directs', base: 'direct' },
  { verbs: ['direct'], third: 'instructs', base: 'instruct' },
  { verbs: ['decide'], third: 'decides', base: 'decide' },
  { verbs: ['authorize'], third: 'authori[sz]es', base: 'authori[sz]e' },
];

/**
 * What follows a non-mandate verb inside a paragraph when it really opens a clause: an object or
 * "that …", or "to the …" after verbs such as "looks forward", "draws attention", "pays tribute".
 */
const OTHER_VERB_OBJECT = /^\s+(?:the|that|with|its|his|her|all|also|a|an|to\s+(?:the|its|their|all|a|an|this|that|[A-Z])|[A-Z])/u;

/** Verbs that open a clause without giving a mandate; they bound the previous clause. */
const OTHER_THIRD =
  'welcomes|notes|takes note|takes into account|recognizes|recognises|reaffirms|affirms|emphasizes|emphasises|stresses|underlines|underscores|acknowledges|expresses|commends|condemns|deplores|recalls|endorses|adopts|approves|draws attention|highlights|looks forward|thanks|appreciates|considers|declares|reiterates|calls for|supports|proclaims|regrets|agrees|confirms|observes|bears in mind|remains|reminds|insists|demands|requires|acknowledges|notes with|pays tribute|congratulates|invites attention';

const ADVERBS = '(?:also|further|furthermore|again|once again|strongly|urgently|earnestly|firmly|respectfully|kindly|cordially|warmly|hereby|therefore|accordingly|moreover|in addition|further strongly|also strongly|once more|likewise|equally)';

/**
 * The opener patterns capture with numbered groups, not named ones (a match with named groups
 * also builds a `groups` object of two dozen properties, at every verb of every paragraph). Each
 * captures the same way: group 1 + i is mandate form i (MANDATE_FORMS order), then the other verb
 * (OTHER_VERB_GROUP), then the trailing adverb (TRAIL_GROUP).
 */
function alternation(forms: readonly VerbForm[], person: 'third' | 'base'): string {
  return forms.map((form) => `(${tolerant(form[person])})`).join('|');
}

const OTHER_VERB_GROUP = MANDATE_FORMS.length + 1;
const TRAIL_GROUP = MANDATE_FORMS.length + 2;

const THIRD_PERSON = new RegExp(
  `\\b(?:${ADVERBS}\\s+)*(?:${alternation(MANDATE_FORMS, 'third')}|(${OTHER_THIRD}))\\b((?:\\s+(?:also|further|again|once again|once more|furthermore|moreover|in this regard)\\b)?)`,
  'iy',
);

const FIRST_PERSON = new RegExp(
  `\\bwe\\s+(?:${ADVERBS}\\s+)*(?:${alternation(MANDATE_FORMS, 'base')}|([a-z]+))\\b((?:\\s+(?:also|further|again))?)`,
  'iy',
);

/** Annex ellipsis: "We welcome … and invite the Commission to …" (subject left out). */
const ELLIPTIC_BASE = new RegExp(`\\band\\s+(?:${alternation(MANDATE_FORMS, 'base')})\\b`, 'y');

/** OCR misreadings of one letter: "Reguests", "Urqes", "lnvites", "Ca1ls", "pr0vides". */
const CONFUSABLE: Readonly<Record<string, string>> = { q: 'g', g: 'q', i: 'l1', l: 'i1', o: '0' };

/** A word and every spelling with one letter misread. */
function withMisreadings(word: string): string[] {
  const spellings = [word];
  for (let index = 0; index < word.length; index++) {
    for (const misread of CONFUSABLE[word[index]!] ?? '') spellings.push(word.slice(0, index) + misread + word.slice(index + 1));
  }
  return spellings;
}

function firstWords(alternatives: string): string[] {
  return alternatives
    .replace(/[()?:]/gu, '')
    .split('|')
    .map((phrase) => phrase.split(/\s+|\\s\+/u)[0] ?? '')
    .flatMap((word) => (word.includes('[sz]') ? [word.replace('[sz]', 's'), word.replace('[sz]', 'z')] : [word]))
    .flatMap(withMisreadings);
}

/** First words of every third-person opener, adverbs included: only these positions are tried. */
const OPENER_WORDS: ReadonlySet<string> = new Set([
  ...firstWords(ADVERBS),
  ...MANDATE_FORMS.flatMap((form) => firstWords(form.third)),
  ...firstWords(OTHER_THIRD),
]);

interface WordStart {
  index: number;
  /** The word in lower case. */
  key: string;
}

/** Lead-ins between a boundary and the verb: "and in this context urges". */
const LEAD_IN = /(?:in (?:that|this) (?:context|regard|connection|respect)|to (?:that|this) end|accordingly|therefore|in particular),?\s+/y;
/** Words that can start a lead-in. */
const LEAD_IN_WORDS: ReadonlySet<string> = new Set(['in', 'to', 'accordingly', 'therefore']);

/** `[A-Za-z01]`: the letters of a verb, with the digits OCR puts for "l" and "o". */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 48 || code === 49;
}

/**
 * `\s` of a regular expression, without a regex call or a one-character string: the ASCII
 * spaces and line breaks, and the Unicode spaces and line separators ECMAScript counts as `\s`.
 */
function isSpaceCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x1680) return code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A node of the letter tree of the words looked up at clause boundaries. */
interface WordNode {
  /** By lower-case character code. */
  next: Map<number, WordNode>;
  /** The word ending here, if any. */
  word: string | null;
  /** It can open a clause: an opener word, "we" or "and". */
  opens: boolean;
  /** It can start a lead-in ("in this context", "therefore"). */
  leadIn: boolean;
}

function wordNode(): WordNode {
  return { next: new Map(), word: null, opens: false, leadIn: false };
}

/**
 * The words that matter at a boundary, as a letter tree walked over the text itself: each of the
 * thousands of words after a comma is rejected after a letter or two, without slicing it out and
 * lower-casing it.
 */
const BOUNDARY_WORDS: WordNode = wordNode();
for (const word of new Set([...OPENER_WORDS, 'we', 'and', ...LEAD_IN_WORDS])) {
  let node = BOUNDARY_WORDS;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    let next = node.next.get(code);
    if (!next) {
      next = wordNode();
      node.next.set(code, next);
    }
    node = next;
  }
  node.word = word;
  node.opens = OPENER_WORDS.has(word) || word === 'we' || word === 'and';
  node.leadIn = LEAD_IN_WORDS.has(word);
}

/** The node of the whole word starting at `index` (lower-cased: `| 32` for letters, 0 and 1 unchanged), or null. */
function boundaryWordAt(text: string, index: number): WordNode | null {
  let node = BOUNDARY_WORDS;
  for (let at = index; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!isWordCode(code)) break;
    const next = node.next.get(code | 32);
    if (!next) return null;
    node = next;
  }
  return node.word === null ? null : node;
}

/** Records the word at `index` when it can open a clause; lead-ins such as "in this context" are skipped. */
function pushWord(text: string, index: number, found: WordStart[]): void {
  const node = boundaryWordAt(text, index);
  if (node === null) return;
  if (node.opens && (found.length === 0 || found[found.length - 1]!.index < index)) found.push({ index, key: node.word! });
  if (node.leadIn) {
    LEAD_IN.lastIndex = index;
    const lead = LEAD_IN.exec(text);
    if (lead) pushWord(text, index + lead[0].length, found);
  }
}

/** Length of a footnote marker and the spaces after it at `index` ("13 "), else 0. */
function footnoteMarkerLength(text: string, index: number): number {
  let end = index;
  while (end < text.length && end - index < 3 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  if (end === index || end >= text.length || !isSpaceCode(text, end)) return 0;
  while (end < text.length && isSpaceCode(text, end)) end++;
  return end - index;
}

/** Punctuation, or "and"/"we" between spaces; the word after it is a candidate. */
const BOUNDARY = /[;:.,!?]|\s(?:and|we|And|We|AND|WE)\s/g;

/** Length of the spaces, digits, dots and parentheses (`[\s\d.()]*`) that can precede a paragraph's first word. */
function leadingLength(text: string): number {
  let end = 0;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (!(isSpaceCode(text, end) || (code >= 48 && code <= 57) || code === 46 || code === 40 || code === 41)) break;
  }
  return end;
}

/**
 * Starts of the words that can open a clause ("Also", "requests", "we", "and"): only words at a
 * clause boundary (paragraph start, after punctuation, after "and" or "we") are looked at. The
 * boundaries are found with `test` (no match objects) and each word is looked up in the letter
 * tree in place, because this runs at every comma of every paragraph of every document.
 */
function candidateWords(text: string): WordStart[] {
  const found: WordStart[] = [];
  pushWord(text, leadingLength(text), found);
  const length = text.length;
  BOUNDARY.lastIndex = 0;
  while (BOUNDARY.test(text)) {
    let end = BOUNDARY.lastIndex;
    const last = text.charCodeAt(end - 1);
    if (last === 59 || last === 58 || last === 46 || last === 44 || last === 33 || last === 63) {
      while (end < length && isSpaceCode(text, end)) end++;
      // A footnote marker glued to the punctuation: "of 25 March 2011,13 urges the Board".
      const marker = end + footnoteMarkerLength(text, end);
      if (marker > end) pushWord(text, marker, found);
      pushWord(text, end, found);
      continue;
    }
    // "and …" and "we …" open clauses themselves ("and invite", "We call upon") and are followed by one.
    const joiningStart = text.charCodeAt(end - 2) === 100 || text.charCodeAt(end - 2) === 68 ? end - 4 : end - 3;
    while (end < length && isSpaceCode(text, end)) end++;
    pushWord(text, joiningStart, found);
    pushWord(text, end, found);
    BOUNDARY.lastIndex = end;
  }
  return found;
}

/**
 * Matches of a sticky `pattern` at the candidate words, not overlapping: at every opener word when
 * `only` is null ("and" and "we" open no third-person verb), else at the words equal to `only`.
 */
function matchesAtWords(text: string, words: readonly WordStart[], pattern: RegExp, only: string | null): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let skipUntil = 0;
  for (const word of words) {
    if (word.index < skipUntil || (only === null ? !OPENER_WORDS.has(word.key) : word.key !== only)) continue;
    pattern.lastIndex = word.index;
    const match = pattern.exec(text);
    if (!match) continue;
    skipUntil = match.index + match[0].length;
    matches.push(match);
  }
  return matches;
}

/** Words after a verb that show it is a noun ("the requests of Member States", "requests for assistance"). */
const NOT_A_CLAUSE_AFTER = /^\s*(?:(?:of|for|from|by|made|received|submitted|addressed|on|at|with|and|or)\b|to\s+(?!the\b|all\b|its\b|their\b|[A-Z])|[);.])/u;
const NOT_A_DECISION_AFTER = /^\s*(?:(?:of|for|from|by|made|received|on|at|with|and|or)\b|[);.])/u;

function looksLikeNoun(verbs: readonly MandateVerb[], following: string): boolean {
  return (verbs.includes('decide') ? NOT_A_DECISION_AFTER : NOT_A_CLAUSE_AFTER).test(following);
}

/** True when `index` sits at a clause boundary: paragraph start, after punctuation, or after "and". */
function atBoundary(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  if (/^[\s\d.()[\]a-z]{0,6}$/u.test(before) && index < 8) return true;
  return (
    /(?:[;:.,]|\band)\s*$/u.test(before) ||
    // "…,13 urges": a footnote marker between the comma and the verb.
    /,\s*\d{1,3}\s+$/u.test(before) ||
    /(?:[;:.,]|\band)\s*,?\s*(?:in (?:that|this) (?:context|regard|connection|respect)|to (?:that|this) end|in this light|accordingly|therefore|in particular),?\s*$/iu.test(before)
  );
}

/** The MANDATE_FORMS index of the form an opener pattern matched, or -1 for another verb. */
function formIndex(match: RegExpExecArray): number {
  for (let index = 0; index < MANDATE_FORMS.length; index++) if (match[1 + index] !== undefined) return index;
  return -1;
}

/** The verb words of a match: from the verb group's start to its end, adverbs and "we" excluded. */
function verbSpanOf(match: RegExpExecArray, index: number): Span {
  const verb = (index >= 0 ? match[1 + index] : match[OTHER_VERB_GROUP]) ?? '';
  const end = match.index + match[0].length - (match[TRAIL_GROUP] ?? '').length;
  return { start: end - verb.length, end };
}

/** Adds an opener unless one with the same verb is already there (third and first person overlap). */
function addOnce(openers: ClauseOpener[], seen: Set<number>, opener: ClauseOpener): void {
  if (seen.has(opener.verbSpan.start)) return;
  seen.add(opener.verbSpan.start);
  openers.push(opener);
}

/**
 * Every clause opener in a paragraph, in text order. Only verbs at a clause boundary count, and a
 * mandate verb followed by "of", "for" … is a noun ("the requests of Member States"), not an opener.
 */
export function findClauseOpeners(text: string, part: 'operative' | 'annex'): ClauseOpener[] {
  const openers: ClauseOpener[] = [];
  const seen = new Set<number>();

  const words = candidateWords(text);
  for (const match of matchesAtWords(text, words, THIRD_PERSON, null)) {
    const start = match.index;
    const first = text[start] ?? '';
    // Third-person openers start a paragraph with a capital, or follow "and"/punctuation in lower case.
    const atStart = start === 0 || (start < 12 && /^[\s\d.()]*$/u.test(text.slice(0, start)));
    if (!atStart && !atBoundary(text, start)) continue;
    const sentenceStart = /[.!?]\s*$/u.test(text.slice(Math.max(0, start - 6), start));
    if ((atStart || sentenceStart) && first !== first.toUpperCase()) continue;
    if (!atStart && !sentenceStart && first !== first.toLowerCase()) continue;
    const after = match.index + match[0].length;
    const index = formIndex(match);
    if (index < 0) {
      if (!atStart && !OTHER_VERB_OBJECT.test(text.slice(after, after + 16))) continue;
      addOnce(openers, seen, { verbs: [], mandate: false, verbSpan: verbSpanOf(match, -1), start, after });
      continue;
    }
    if (looksLikeNoun(MANDATE_FORMS[index]!.verbs, text.slice(after, after + 40))) continue;
    addOnce(openers, seen, { verbs: [...MANDATE_FORMS[index]!.verbs], mandate: true, verbSpan: verbSpanOf(match, index), start, after });
  }

  {
    for (const match of matchesAtWords(text, words, FIRST_PERSON, 'we')) {
      const start = match.index;
      if (start > 0 && !atBoundary(text, start)) continue;
      const after = match.index + match[0].length;
      const index = formIndex(match);
      const verbSpan = verbSpanOf(match, index);
      if (index < 0) {
        addOnce(openers, seen, { verbs: [], mandate: false, verbSpan, start, after });
        continue;
      }
      if (looksLikeNoun(MANDATE_FORMS[index]!.verbs, text.slice(after, after + 40))) continue;
      addOnce(openers, seen, { verbs: [...MANDATE_FORMS[index]!.verbs], mandate: true, verbSpan, start, after });
    }
    if (part === 'annex') {
      for (const match of matchesAtWords(text, words, ELLIPTIC_BASE, 'and')) {
        const index = formIndex(match);
        const after = match.index + match[0].length;
        if (index < 0 || looksLikeNoun(MANDATE_FORMS[index]!.verbs, text.slice(after, after + 40))) continue;
        // Only when the sentence has "we" as its subject: "We welcome … and invite the Commission".
        const sentenceStart = Math.max(text.lastIndexOf('. ', match.index), 0);
        if (!/\bwe\b/iu.test(text.slice(sentenceStart, match.index))) continue;
        const verbText = match[1 + index] ?? '';
        const verbStart = after - verbText.length;
        addOnce(openers, seen, {
          verbs: [...MANDATE_FORMS[index]!.verbs],
          mandate: true,
          verbSpan: { start: verbStart, end: after },
          start: verbStart,
          after,
        });
      }
    }
  }
  return openers.sort((a, b) => a.start - b.start);
}
