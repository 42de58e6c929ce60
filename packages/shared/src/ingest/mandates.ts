import type { ClauseContext, ExtractedClause } from './clauses/index.ts';
import type { CleanText } from './text/cleanText.ts';
import type { BodyId, ExtractedMandate, ParsedResolution, ReportingObligation } from './types.ts';

/**
 * Stems of every mandate verb (request, ask, urge, call upon, appeal, invite, encourage,
 * recommend, direct, instruct, decide, authorize, renew/reiterate a request), with the letters OCR
 * confuses. A paragraph with none of them holds no mandate, so the clause extractor, the costly
 * step, is not run on it (most annex rules and headings).
 */
const MAY_HOLD_MANDATE = /re[qg]ue|ask|ur[qg]e|ca[il1][il1]|appea[il1]|[il1]nv[il1]t|enc[o0]ura[qg]|rec[o0]mmend|d[il1]rect|[il1]nstruct|dec[il1]d|auth[o0]r[il1][sz]|renew/i;

export type ClauseExtractor = (text: string, context: ClauseContext) => ExtractedClause[];

/** A paragraph to extract from, with where its text starts in the cleaned text. */
export interface ParagraphSource {
  resolution: ParsedResolution;
  number: string | null;
  text: string;
  cleanStart: number;
  part: 'operative' | 'annex';
  /** The body adopting this resolution, where it differs from the document's (a GA draft in a commission report). */
  issuingBody: BodyId | null;
  session: number | null;
}

/**
 * Runs the clause extractor on each operative and annex paragraph and turns every clause with a
 * mandate verb into a mandate with offsets into the input. A clause that adds to "the report
 * referred to in paragraph 36 above" inherits paragraph 36's reporting obligations (same
 * resolution and part), marked with `inheritedFrom`.
 */
export function extractMandates(
  paragraphs: ParagraphSource[],
  clean: CleanText,
  context: Omit<ClauseContext, 'part'>,
  extract: ClauseExtractor,
): ExtractedMandate[] {
  const extracted = paragraphs.map((paragraph) => ({
    paragraph,
    clauses: MAY_HOLD_MANDATE.test(paragraph.text)
      ? extract(paragraph.text, { ...context, issuingBody: paragraph.issuingBody, session: paragraph.session, part: paragraph.part })
      : [],
  }));

  // Reporting obligations stated in each paragraph, by resolution, part and printed number.
  const reportingByParagraph = new Map<string, ReportingObligation[]>();
  for (const { paragraph, clauses } of extracted) {
    if (paragraph.number === null) continue;
    const key = paragraphKey(paragraph.resolution.index, paragraph.part, paragraph.number);
    // Appended in place: flatMap and spread copies cost more than the extraction of a short paragraph.
    let stated = reportingByParagraph.get(key);
    if (!stated) reportingByParagraph.set(key, (stated = []));
    for (const clause of clauses) for (const obligation of clause.reporting) stated.push(obligation);
  }

  const mandates: ExtractedMandate[] = [];
  for (const { paragraph, clauses } of extracted) {
    for (const clause of clauses) {
      if (clause.verbs.length === 0) continue;
      const reporting = [...clause.reporting];
      if (reporting.length === 0) {
        for (const reference of clause.crossReferences) {
          const key = paragraphKey(paragraph.resolution.index, paragraph.part, reference);
          if (reference === paragraph.number) continue;
          for (const obligation of reportingByParagraph.get(key) ?? []) {
            if (obligation.inheritedFrom !== null) continue;
            reporting.push({ ...obligation, inheritedFrom: `paragraph ${reference}`, span: null });
          }
        }
      }
      const clauseStart = clampToText(clause.spans.clause.start, paragraph.text);
      const clauseEnd = clampToText(clause.spans.clause.end, paragraph.text);
      const source = clean.sourceRange(paragraph.cleanStart + clauseStart, paragraph.cleanStart + Math.max(clauseStart, clauseEnd));
      mandates.push({
        resolution: paragraph.resolution.index,
        paragraph: paragraphNumber(paragraph.number),
        part: paragraph.part,
        verbs: clause.verbs,
        addressees: clause.addressees,
        action: clause.action,
        resources: clause.resources,
        programmes: clause.programmes,
        reporting,
        start: source.start,
        end: source.end,
        spans: clause.spans,
      });
    }
  }
  return mandates;
}

function paragraphKey(resolution: number, part: string, number: string): string {
  return `${resolution}:${part}:${number}`;
}

/** "14" → 14; "Rule 1" and "(a)" stay as printed. */
export function paragraphNumber(number: string | null): number | string | null {
  if (number === null) return null;
  return /^\d+$/.test(number) ? Number(number) : number;
}

function clampToText(offset: number, text: string): number {
  return Math.max(0, Math.min(text.length, Number.isFinite(offset) ? offset : 0));
}
