import { bodyFromName } from '../documentInfo.ts';
import type { BodyId } from '../types.ts';
import type { RawAnnex, RawParagraph, RawResolution, RawWarning } from './model.ts';
import { findNumberedParagraphs, firstMatchWithin, sentenceEnd, splitUnnumbered, trimRange } from './numbering.ts';
import { PREAMBLE_OPENER, splitPreamble } from './preamble.ts';
import { matchesAtLiteral } from './scan.ts';

/** "The General Assembly," and the other bodies' openers (callers skip quoted ones). */
export const OPENER =
  /The (General Assembly|Economic and Social Council|Security Council|Human Rights Council|Commission on Crime Prevention and Criminal Justice|Commission on Narcotic Drugs|Conference of the (?:States )?Parties to the United Nations Convention against (?:Transnational Organized Crime|Corruption)) ?,(?=\s+["“]?(?:[A-Z]|\d{1,3}\.))/g;

// "The Economic and Social Council recommends to the General Assembly the adoption of the
// following draft resolution: "The General Assembly, …": a commission's draft for ECOSOC that
// carries a draft for the Assembly in quotation marks. The quoted draft is the text to read.
const QUOTED_RECOMMENDATION =
  /\bThe (?:Economic and Social Council|Commission[A-Za-z ]{0,60}?|Council) recommends to the (?:General Assembly|Economic and Social Council) the adoption of the following draft (?:resolution|decision):\s*["“]/g;

const TITLE_END = new RegExp(`\\s(?=${PREAMBLE_OPENER}\\s+(?:[a-z(]|that\\b|its\\b))`, 'g');
const DECISION_BODY = /\bThe (?:General Assembly|Economic and Social Council|Security Council|Commission[A-Za-z ]{0,60}?|Council|Assembly) (?:decides|takes note|recommends|requests|approves|authorizes|elects|appoints)\b/g;
// The full stop ends a sentence (after a word), not a paragraph number ("1. Annex …").
const ANNEX_AFTER_SENTENCE = /[a-z)\]"”]\.\s+(?=Annex(?: [IVX]{1,5})?\s+["“]?[A-Z])/g;
const MEETING_LINE = /^\s*\d{1,4}(?:st|nd|rd|th) (?:plenary )?meeting,?(?:\s+\d{1,2} [A-Z][a-z]+ \d{4})?/;
const ANNEX_HEADING = /\bAnnex(?: ([IVX]{1,5}))?(?=\s+["“]?[A-Z])/g;
// Older resolutions print the heading in capitals ("ANNEX Statement of principles …").
const CAPITAL_ANNEX_HEADING = /\bANNEX(?: ([IVX]{1,5}))?(?=\s+["“]?[A-Z])/g;

export interface ResolutionRegion {
  label: string;
  kind: 'resolution' | 'decision';
  draftSymbol: string | null;
  /** Where the region (heading included) starts and ends. */
  start: number;
  end: number;
  /** Where the title starts, after the heading ("Draft resolution I", "65/232."). */
  titleStart: number;
  /** The body's opener ("The General Assembly,"), if the region prints one. */
  opener: { start: number; end: number } | null;
  /** An adopted decision's text ("At its 9th meeting, …, the Commission … took note") and the body it names. */
  decisionText?: { start: number; body: string };
  /** Pasted operative paragraphs without numbers. */
  unnumbered?: boolean;
  /** Pasted paragraphs may start in the middle of the numbering ("12. Requests …"). */
  firstNumber?: number;
}

/**
 * Parses one resolution: title, preamble (after the opener, or after the title where a report
 * leaves the opener out), numbered operative paragraphs with their lettered sub-paragraphs,
 * and annexes (what follows the operative part's final full stop).
 */
export function parseResolution(text: string, region: ResolutionRegion, warnings: RawWarning[]): RawResolution {
  const { start, end } = region;
  let titleStart = region.titleStart;
  while (titleStart < end && /\s/.test(text.charAt(titleStart))) titleStart++;
  let titleEnd: number;
  let preambleStart: number;
  let body: BodyId | null = region.opener ? bodyFromName(text.slice(region.opener.start, region.opener.end)) : null;
  const recommendation = firstMatchWithin(QUOTED_RECOMMENDATION, text, titleStart, Math.min(end, titleStart + 1500));
  const quoted = recommendation !== null;
  if (recommendation) {
    titleEnd = recommendation.index;
    const quotedBody = recommendation.index + recommendation.match[0].length;
    const opener = firstMatchWithin(OPENER, text, quotedBody, Math.min(end, quotedBody + 200));
    preambleStart = opener ? opener.index + opener.match[0].length : quotedBody;
    body = opener ? bodyFromName(opener.match[0]) : null;
  } else if (region.opener) {
    titleEnd = region.opener.start;
    preambleStart = region.opener.end;
  } else if (region.decisionText) {
    titleEnd = region.decisionText.start;
    preambleStart = titleEnd;
    body = bodyFromName(region.decisionText.body);
  } else if (region.kind === 'decision') {
    const body = firstMatchWithin(DECISION_BODY, text, titleStart, end);
    titleEnd = body ? body.index : titleStart;
    preambleStart = titleEnd;
  } else {
    const opener = firstMatchWithin(TITLE_END, text, titleStart, Math.min(end, titleStart + 1000));
    titleEnd = opener ? opener.index : titleStart;
    preambleStart = titleEnd;
  }
  const title = collapse(text.slice(titleStart, titleEnd));

  // Operative paragraphs end where an annex heading follows a full stop ("… resolution. Annex").
  const annexHeading = findAnnexAfterSentence(text, preambleStart, end);
  const operativeEnd = annexHeading ? annexHeading.index + 2 : end;
  const numbering = findNumberedParagraphs(text, preambleStart, operativeEnd, {
    allowRestart: false,
    afterAnyWord: false,
    quoted,
    ...(region.firstNumber !== undefined ? { firstNumber: region.firstNumber } : {}),
  });
  warnings.push(...numbering.warnings);
  const operative = numbering.paragraphs;
  let preamble: RawParagraph[] = [];
  let annexStart: number | null = null;
  if (operative.length > 0) {
    preamble = splitPreamble(text, preambleStart, operative[0]!.numberAt ?? operative[0]!.start, quoted);
    const last = operative[operative.length - 1]!;
    const lastEnd = sentenceEnd(text, last.start, numbering.restartAt ?? operativeEnd);
    operative[operative.length - 1] = trimRange(text, { ...last, end: lastEnd }, quoted);
    annexStart = lastEnd;
  } else if (region.decisionText) {
    // An adopted decision is one paragraph, its sentences and lettered items, up to any annex.
    const body = trimRange(text, { number: null, start: preambleStart, end: operativeEnd });
    if (body.end > body.start) operative.push(body);
    if (annexHeading) annexStart = operativeEnd;
  } else if (region.unnumbered) {
    operative.push(...splitUnnumbered(text, preambleStart, end));
  } else if (region.kind === 'decision' || preambleStart < end) {
    // Decisions and unnumbered texts: the body is one operative paragraph after any preamble.
    const body = trimRange(text, { number: null, start: preambleStart, end });
    if (body.end > body.start) {
      if (region.kind === 'resolution') {
        warnings.push({ code: 'NO_OPERATIVE_PARAGRAPHS', message: `Resolution ${region.label} has no numbered operative paragraphs.`, at: preambleStart });
      }
      const bodyEnd = sentenceEnd(text, body.start, end);
      operative.push({ ...body, end: Math.min(body.end, bodyEnd) });
      annexStart = bodyEnd;
    }
  }
  const annexes = annexStart !== null ? parseAnnexes(text, annexStart, end) : [];
  // A number with nothing after it (damaged input) is not a paragraph.
  const nonEmpty = (paragraph: RawParagraph) => paragraph.end > paragraph.start;
  for (const annex of annexes) annex.paragraphs = annex.paragraphs.filter(nonEmpty);
  return {
    label: region.label,
    body,
    kind: region.kind,
    title,
    draftSymbol: region.draftSymbol,
    preamble: preamble.filter(nonEmpty),
    operative: operative.filter(nonEmpty),
    annexes,
    start,
    end,
  };
}

function parseAnnexes(text: string, from: number, to: number): RawAnnex[] {
  let start = from;
  const meeting = MEETING_LINE.exec(text.slice(start, Math.min(to, start + 80)));
  if (meeting) start += meeting[0].length;
  const rest = text.slice(start, to).trim();
  if (rest.length < 40) return [];
  const headings: Array<{ at: number; titleStart: number }> = [];
  const matches = [...matchesAtLiteral(text, 'Annex', ANNEX_HEADING, start, to), ...matchesAtLiteral(text, 'ANNEX', CAPITAL_ANNEX_HEADING, start, to)];
  matches.sort((left, right) => left.index - right.index);
  for (const match of matches) {
    // An annex heading stands at the start of the rest or right after a sentence or heading.
    const before = text.slice(Math.max(start, match.index - 3), match.index).trim();
    if (match.index - start > 3 && before.length > 0 && !/[.;:\]]$/.test(before)) continue;
    headings.push({ at: match.index, titleStart: match.index + match[0].length });
  }
  if (headings.length === 0) headings.push({ at: start, titleStart: start });
  return headings.map((heading, index) => parseAnnex(text, heading.titleStart, headings[index + 1]?.at ?? to));
}

const ANNEX_TITLE_END = new RegExp(`\\s(?=(?:Preamble|We, (?:the\\b|[A-Z])|I\\. |${PREAMBLE_OPENER}\\s+(?:[a-z(]|that\\b)))`, 'g');

function parseAnnex(text: string, from: number, to: number): RawAnnex {
  const numbering = findNumberedParagraphs(text, from, to, { allowRestart: true, afterAnyWord: true });
  const firstNumbered = numbering.paragraphs[0];
  const firstNumberAt = firstNumbered ? (firstNumbered.numberAt ?? firstNumbered.start) : to;
  const titleStop = firstMatchWithin(ANNEX_TITLE_END, text, from, firstNumberAt);
  let titleEnd = titleStop ? titleStop.index : firstNumberAt;
  if (titleEnd - from > 400) titleEnd = from + text.slice(from, from + 400).lastIndexOf(' ');
  const title = collapse(text.slice(from, Math.max(from, titleEnd)));
  const paragraphs: RawParagraph[] = [];
  const lead = trimRange(text, { number: null, start: titleEnd, end: firstNumberAt });
  if (lead.end > lead.start) paragraphs.push(lead);
  paragraphs.push(...absorbRuleParagraphs(text, numbering.paragraphs));
  return { title, paragraphs };
}

/**
 * The first "… resolution. Annex" in text[from, to), as ANNEX_AFTER_SENTENCE would find it in
 * that slice: each "Annex" is found with indexOf and the sentence end before it checked by hand.
 */
function findAnnexAfterSentence(text: string, from: number, to: number): { index: number } | null {
  for (let at = text.indexOf('Annex', from); at >= 0 && at < to; at = text.indexOf('Annex', at + 1)) {
    let blank = at;
    while (blank > from && /\s/.test(text.charAt(blank - 1))) blank--;
    const period = blank - 1;
    if (blank === at || period - 1 < from || text.charAt(period) !== '.') continue;
    if (!/[a-z)\]"”]/.test(text.charAt(period - 1))) continue;
    ANNEX_AFTER_SENTENCE.lastIndex = 0;
    const match = ANNEX_AFTER_SENTENCE.exec(text.slice(period - 1, to));
    if (match && match.index === 0) return { index: period - 1 };
  }
  return null;
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * A rule's own numbered paragraphs ("Rule 2 1. Adequate attention … 2. Prior to …") belong to
 * the rule, as lettered sub-paragraphs belong to theirs; a short numbered line without a full
 * stop is the next section's heading ("3. Personal hygiene") and stays apart.
 */
function absorbRuleParagraphs(text: string, paragraphs: RawParagraph[]): RawParagraph[] {
  const result: RawParagraph[] = [];
  let rule: RawParagraph | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.number?.startsWith('Rule ')) {
      rule = { ...paragraph };
      result.push(rule);
      continue;
    }
    const heading = paragraph.end - paragraph.start < 100 && !/[.;:]$/.test(text.slice(paragraph.start, paragraph.end));
    if (rule && !heading) {
      rule.end = paragraph.end;
      continue;
    }
    rule = null;
    result.push(paragraph);
  }
  return result;
}
