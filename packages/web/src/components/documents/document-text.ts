/** One lettered or numbered sub-paragraph: "(a) To review, evaluate and update…". */
export interface SubParagraph {
  /** "(a)", "(ii)" */
  marker: string;
  text: string;
}

/**
 * Splits a paragraph into its lead-in and its sub-paragraphs. The parser keeps "(a) … ; (b) …"
 * inside the paragraph's text; a marker counts only when it opens a clause (start of text or
 * after ":" or ";"), so "article 3 (a) of the Convention" stays in the sentence.
 */
export function splitSubParagraphs(text: string): { lead: string; items: SubParagraph[] } {
  const marker = /(^|[:;]\s*(?:and\s+|or\s+)?)\(([a-z]{1,2}|[ivx]{1,5})\)\s+/g;
  const starts: { index: number; markerStart: number; marker: string }[] = [];
  for (const match of text.matchAll(marker)) {
    const markerStart = match.index + match[1]!.length;
    starts.push({ index: match.index + match[0].length, markerStart, marker: `(${match[2]})` });
  }
  // A single "(a)" is most likely a reference, not a list.
  if (starts.length < 2) return { lead: text, items: [] };
  const items = starts.map((start, position) => ({
    marker: start.marker,
    text: text.slice(start.index, starts[position + 1]?.markerStart ?? text.length).trim(),
  }));
  return { lead: text.slice(0, starts[0]!.markerStart).trim(), items };
}

/**
 * A line inside an annex that is a heading ("Preamble", "I. Guiding principles") rather than a
 * paragraph: unnumbered, short, and not ending like a sentence.
 */
export function isAnnexHeading(paragraph: { number: string | null; text: string }): boolean {
  return paragraph.number === null && paragraph.text.length <= 90 && !/[.;:,]$/.test(paragraph.text.trim());
}

/** The first word of a preambular paragraph ("Reaffirming"), which UN documents set in italics. */
export function splitOpeningWord(text: string): [opening: string, rest: string] {
  const match = /^(\S+)(\s[\s\S]*)?$/.exec(text);
  return match === null ? ['', text] : [match[1]!, match[2] ?? ''];
}

/**
 * "Draft resolution I", "Resolution 65/232", "Draft decision". A resolution recommended in a
 * report stays a draft resolution there, even once its adopted symbol is recorded; only texts
 * labelled with their adopted number ("65/232") are resolutions.
 */
export function resolutionHeading(resolution: {
  label: string;
  kind: 'resolution' | 'decision';
  draftSymbol: string | null;
}): string {
  const adoptedNumber = /^\d+\/\d+/.test(resolution.label);
  const draft = resolution.draftSymbol !== null || !adoptedNumber;
  const name = `${draft ? 'Draft ' : ''}${resolution.kind}`;
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  return resolution.label === 'decision' || resolution.label === ''
    ? capitalised
    : `${capitalised} ${resolution.label}`;
}
