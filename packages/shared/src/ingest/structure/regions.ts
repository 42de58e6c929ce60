import { parseRoman } from '../ordinals.ts';
import { OPENER, type ResolutionRegion } from './resolution.ts';
import { matchesAtLiteral } from './scan.ts';

const DRAFT_HEADING = /Draft (resolution|decision)(?: ([IVXLC]{1,6}))?\b(?=\s+["“]?[A-Z])/g;
// "32. The Third Committee recommends to the General Assembly the adoption of the following draft
// decision:": a report paragraph that introduces drafts without a "Draft decision" heading.
const RECOMMENDS_FOLLOWING = /following draft (resolutions?|decisions?):\s*/g;
const ADOPTED_HEADING = /(?:^|\s)(\d{1,4}\/\d{1,4}(?: ?[A-Z])?)\.\s+(?=["“]?[A-Z])/g;
const SC_HEADING = /\bResolution (\d{1,5} \(\d{4}\))/g;
const DECISION_WORD_HEADING = /\bDecision (\d{1,4}\/\d{1,4}(?: ?[A-Z])?)\b(?!\.\d)/g;
// An adopted decision has no opener: "At its 9th meeting, on 15 April 2011, the Commission on
// Crime Prevention and Criminal Justice took note of …" follows its heading ("Decision 20/1 Title",
// "65/530. Title").
const DECISION_TEXT =
  /At its (?:resumed )?\d{1,4}(?:st|nd|rd|th) (?:plenary )?meeting,? on \d{1,2} [A-Z][a-z]+ \d{4},? the (General Assembly|Economic and Social Council|Security Council|Human Rights Council|Commission on [A-Z][A-Za-z ]{3,60}?|Conference of the [A-Za-z ]{3,100}?)(?=[,:]|\s+(?:also |further )?(?:took|decided|approved|adopted|elected|appointed|recommended|requested|noted|endorsed|agreed|authori[sz]ed|reaffirmed|considered|welcomed|confirmed|deferred|postponed|designated|nominated|invited|urged|expressed|concluded|reviewed)\b)/g;
// Words after which "65/530." is a reference in a sentence, not a heading.
const REFERENCE_BEFORE = /(?:resolutions?|decisions?|and|of|in|see)\s*$/i;
const RESOLUTION_WORD_HEADING = /\bResolution (\d{1,4}\/\d{1,4}(?: ?[A-Z])?)\b(?!\.\d)/g;

export interface Regions {
  /** A report recommending drafts, or adopted texts. */
  mode: 'report' | 'adopted';
  regions: ResolutionRegion[];
  /** Where the first region starts: a report's own paragraphs lie before it. */
  firstStart: number;
  /** Openers skipped because they sat inside quotation marks (quoted earlier drafts). */
  quotedOpeners: number[];
}

/**
 * Finds the resolutions in the cleaned text. A report recommends "Draft resolution I … VI" and
 * draft decisions after its own numbered paragraphs; an adopted text prints "65/232. Title" or
 * "Resolution 2482 (2019)" before "The General Assembly," / "The Security Council,". Drafts
 * quoted inside a report's paragraphs ("and read: "The General Assembly, …") are not resolutions.
 */
export function findRegions(text: string): Regions {
  const quotedOpeners = findQuotedOpeners(text);
  const drafts = findDraftHeadings(text);
  const adopted = findAdoptedRegions(text);
  if (drafts.length > 0) {
    // A commission's report may also print the resolutions it adopted itself ("Resolution 20/1 …
    // The Commission on Crime Prevention and Criminal Justice,"): openers that open no draft.
    const own = adopted.filter(
      (region) =>
        region.decisionText !== undefined || (region.opener !== null && !drafts.some((draft) => draft.opener?.start === region.opener!.start)),
    );
    const regions = [...drafts, ...own].sort((left, right) => left.start - right.start);
    for (let index = 0; index + 1 < regions.length; index++) {
      regions[index]!.end = Math.min(regions[index]!.end, regions[index + 1]!.start);
    }
    return { mode: 'report', regions, firstStart: regions[0]!.start, quotedOpeners };
  }
  return { mode: 'adopted', regions: adopted, firstStart: adopted[0]?.start ?? text.length, quotedOpeners };
}

const QUOTED_BODY = /The (?:General Assembly|Economic and Social Council|Security Council|Commission on [A-Z][A-Za-z ]{3,60}),/g;

function findQuotedOpeners(text: string): number[] {
  const quoted: number[] = [];
  // '"The General Assembly,' or '" The …': the opener is found first, then the quotation mark before it.
  for (const match of matchesAtLiteral(text, 'The ', QUOTED_BODY)) {
    const before = text.charAt(match.index - 1);
    if (before === '"' || before === '“') quoted.push(match.index - 1);
    else if (/\s/.test(before) && match.index >= 2 && /["“]/.test(text.charAt(match.index - 2))) quoted.push(match.index - 2);
  }
  return quoted;
}

function findDraftHeadings(text: string): ResolutionRegion[] {
  const headings: Array<{ kind: 'resolution' | 'decision'; label: string; at: number; titleStart: number }> = [];
  let expectedResolution = 1;
  let expectedDecision = 1;
  for (const match of matchesAtLiteral(text, 'Draft ', DRAFT_HEADING)) {
    // A heading, not a mention inside a sentence ("the Draft resolution I of …").
    if (/[A-Za-z] $/.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    const kind = match[1] === 'resolution' ? 'resolution' : 'decision';
    const numeral = match[2];
    const value = numeral ? parseRoman(numeral) : null;
    if (kind === 'resolution') {
      if (value !== expectedResolution) continue;
      expectedResolution++;
      headings.push({ kind, label: numeral!, at: match.index, titleStart: match.index + match[0].length });
    } else {
      if (value !== null && value !== expectedDecision) continue;
      if (value === null && headings.length === 0) continue;
      expectedDecision = (value ?? expectedDecision) + 1;
      headings.push({ kind, label: numeral ? `decision ${numeral}` : 'decision', at: match.index, titleStart: match.index + match[0].length });
    }
  }
  if (headings.length === 0) return [];
  // Drafts introduced by a report paragraph without a heading of their own, after the last heading.
  const last = headings[headings.length - 1]!;
  const reportResumes = findReportResumption(text, headings[0]!.at, last.at);
  const regions: ResolutionRegion[] = headings.map((heading, index) => ({
    label: heading.label,
    kind: heading.kind,
    draftSymbol: null,
    start: heading.at,
    end: headings[index + 1]?.at ?? reportResumes?.at ?? text.length,
    titleStart: heading.titleStart,
    opener: null,
  }));
  if (reportResumes) {
    RECOMMENDS_FOLLOWING.lastIndex = reportResumes.at;
    const following = RECOMMENDS_FOLLOWING.exec(text);
    if (following && following[1]!.startsWith('decision') && following.index - reportResumes.at < 400) {
      regions.push({
        label: 'decision',
        kind: 'decision',
        draftSymbol: null,
        start: following.index + following[0].length,
        end: text.length,
        titleStart: following.index + following[0].length,
        opener: null,
      });
    }
  }
  // The opener follows the title closely; further on, "The General Assembly," is annex text.
  // It also comes before the first paragraph number ("1." or a quoted '"1.').
  for (const region of regions) {
    const head = Math.min(region.end, region.titleStart + 800);
    const firstNumber = text.slice(region.titleStart, head).search(/(?:^|\s)["“]?1\.\s/);
    region.opener = findOpener(text, region.titleStart, firstNumber >= 0 ? region.titleStart + firstNumber : head);
  }
  return regions;
}

/**
 * After the drafts, a report resumes its own numbering ("33. The Third Committee recommends …").
 * The paragraph number is the one after the paragraph that introduced the first draft.
 */
function findReportResumption(text: string, firstHeading: number, lastHeading: number): { at: number } | null {
  const introduction = /(?:^|\s)(\d{1,3})\.\s+The [A-Z][A-Za-z ]{2,60}? (?:also )?recommends\b[^.]{0,200}?:\s*$/.exec(
    text.slice(Math.max(0, firstHeading - 600), firstHeading),
  );
  if (!introduction) return null;
  const next = Number(introduction[1]) + 1;
  // Found from its number with indexOf: a regex with a lookbehind would try every position.
  const resumption = new RegExp(`${next}\\.\\s+(?=The [A-Z][A-Za-z ]{2,60}? (?:also )?recommends\\b)`);
  const match = matchesAtLiteral(text, `${next}.`, resumption, lastHeading).find((found) => found.index > 0 && /\s/.test(text.charAt(found.index - 1)));
  return match ? { at: match.index } : null;
}

function findOpener(text: string, from: number, to: number): { start: number; end: number } | null {
  OPENER.lastIndex = 0;
  const window = text.slice(from, to);
  for (let match = OPENER.exec(window); match; match = OPENER.exec(window)) {
    if (!isQuoted(text, from + match.index)) return { start: from + match.index, end: from + match.index + match[0].length };
  }
  return null;
}

interface Anchor {
  start: number;
  end: number;
  /** The body named in an adopted decision's text; undefined for a resolution's opener. */
  decisionBody?: string;
}

function findAdoptedRegions(text: string): ResolutionRegion[] {
  const anchors: Anchor[] = [];
  for (const match of matchesAtLiteral(text, 'The ', OPENER)) {
    if (isQuoted(text, match.index)) continue;
    anchors.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of matchesAtLiteral(text, 'At its ', DECISION_TEXT)) {
    anchors.push({ start: match.index, end: match.index, decisionBody: match[1]! });
  }
  anchors.sort((left, right) => left.start - right.start);
  const regions: ResolutionRegion[] = [];
  let windowStart = 0;
  for (const anchor of anchors) {
    if (anchor.decisionBody !== undefined) {
      // Only right after its own heading; elsewhere "At its … meeting" is a report's narrative.
      const heading = findDecisionHeading(text, Math.max(windowStart, anchor.start - 600), anchor.start);
      if (!heading) continue;
      const previous = regions[regions.length - 1];
      if (previous) previous.end = Math.min(previous.end, heading.at);
      regions.push({
        label: heading.label,
        kind: 'decision',
        draftSymbol: null,
        start: heading.at,
        end: text.length,
        titleStart: heading.titleStart,
        opener: null,
        decisionText: { start: anchor.start, body: anchor.decisionBody },
      });
      windowStart = anchor.start;
      continue;
    }
    const opener = anchor;
    const heading = findHeading(text, Math.max(windowStart, opener.start - 1200), opener.start);
    const start = heading?.at ?? opener.start;
    const previous = regions[regions.length - 1];
    if (previous) previous.end = Math.min(previous.end, start);
    regions.push({
      label: heading?.label ?? String(regions.length + 1),
      kind: 'resolution',
      draftSymbol: null,
      start,
      end: text.length,
      titleStart: heading?.titleStart ?? opener.start,
      opener,
    });
    windowStart = opener.end;
  }
  return regions;
}

/** The last decision heading in text[from, to): "Decision 20/1 Title" or "65/530. Title". */
function findDecisionHeading(text: string, from: number, to: number): { label: string; at: number; titleStart: number } | null {
  const window = text.slice(from, to);
  let found: { label: string; at: number; titleStart: number } | null = null;
  for (const pattern of [DECISION_WORD_HEADING, ADOPTED_HEADING]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      const at = from + match.index + (match[0].length - match[0].trimStart().length);
      if (pattern === ADOPTED_HEADING && REFERENCE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
      if (!found || at > found.at) found = { label: match[1]!, at, titleStart: from + match.index + match[0].length };
    }
  }
  return found;
}

/** The heading printed before an opener: "65/232. Title", "Resolution 2010/17 Title", "Resolution 2482 (2019)". */
function findHeading(text: string, from: number, to: number): { label: string; at: number; titleStart: number } | null {
  const window = text.slice(from, to);
  let found: { label: string; at: number; titleStart: number } | null = null;
  for (const pattern of [ADOPTED_HEADING, RESOLUTION_WORD_HEADING, SC_HEADING]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      const at = from + match.index + (match[0].length - match[0].trimStart().length);
      const candidate = { label: match[1]!, at, titleStart: from + match.index + match[0].length };
      if (!found || candidate.at > found.at) found = candidate;
    }
    if (found) return pattern === SC_HEADING ? { ...found, titleStart: skipAdoptionLine(text, found.titleStart, to) } : found;
  }
  return null;
}

/** A Security Council resolution has no title: skip "Adopted by the Security Council at its … meeting, on …". */
function skipAdoptionLine(text: string, from: number, to: number): number {
  const adoption = /^\s*Adopted by the Security Council at its \d+(?:st|nd|rd|th) meeting, on \d{1,2} [A-Z][a-z]+ \d{4}\s*/.exec(text.slice(from, to));
  return adoption ? from + adoption[0].length : from;
}

/** An opener right after a quotation mark belongs to a draft quoted in a report paragraph. */
function isQuoted(text: string, at: number): boolean {
  return /["“]\s?$/.test(text.slice(Math.max(0, at - 2), at));
}
