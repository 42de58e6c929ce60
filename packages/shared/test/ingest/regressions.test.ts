import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.ts';
import { parseStructure } from '../../src/ingest/structure/index.ts';
import { normalizeDocument } from '../../src/ingest/text/normalize.ts';
import type { ParseResult } from '../../src/ingest/types.ts';
import { COMMISSION_REPORT } from './samples.ts';

/** Regression tests: each is named after what broke on a real document. */

function parsed(input: string): ParseResult {
  const outcome = parseDocument(input);
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome;
}

describe('regressions', () => {
  it('report numbering no longer stops at the "1." of a draft quoted in report paragraph 2 (A/65/457 paragraph 6)', () => {
    const text =
      '1. At the same meeting, the Executive Director made an introductory statement. 2. The draft resolution read: "The General Assembly, Recalling its resolution 61/252, 1. Requests the Secretary-General to report; 2. Decides to remain seized." 3. At its 15th meeting, the Committee adopted draft resolution A/C.3/65/L.13 (see para. 4, draft resolution I). 4. The Third Committee recommends to the General Assembly the adoption of the following draft resolutions: Draft resolution I Realignment of the functions Recalling its resolution 61/252, 1. Requests the Secretary-General to report.';
    const structure = parseStructure(text);
    expect(structure.reportParagraphs.map((paragraph) => paragraph.number)).toEqual(['1', '2', '3', '4']);
    expect(structure.resolutions.map((resolution) => [resolution.label, resolution.draftSymbol, resolution.operative.length])).toEqual([['I', 'A/C.3/65/L.13', 1]]);
  });

  it('the opener of a short draft is not taken from the next resolution in a commission report', () => {
    const result = parsed(COMMISSION_REPORT.replace('to the General Assembly at its sixty-sixth session', 'to it at its sixty-sixth session'));
    expect(result.resolutions.map((resolution) => resolution.label)).toEqual(['I', '20/1']);
  });

  it('"to it at its sixty-sixth session" in a GA draft inside a CCPCJ report is the Assembly\'s session', () => {
    const result = parsed(COMMISSION_REPORT.replace('to the General Assembly at its sixty-sixth session', 'to it at its sixty-sixth session'));
    const report = result.mandates.find((mandate) => mandate.resolution === 1 && mandate.paragraph === 2)!;
    expect(report.reporting.map((obligation) => [obligation.body, obligation.session])).toEqual([['ga', 66]]);
  });

  it('"8. The General Assembly, in its resolution 58/183" inside an annex does not open a resolution (Bangkok Rules, A/65/457)', () => {
    const input =
      '65/229. United Nations Rules for the Treatment of Women Prisoners The General Assembly, Recalling its resolution 58/183, 1. Adopts the Rules annexed to the present resolution. 71st plenary meeting 21 December 2010 Annex Preliminary observations 1. The Rules apply to all prisoners. 2. The General Assembly, in its resolution 58/183 of 22 December 2003, called for increased attention to women in prison.';
    const result = parsed(input);
    expect(result.resolutions).toHaveLength(1);
    expect(result.resolutions[0]!.annexes[0]!.paragraphs.map((paragraph) => paragraph.text.slice(0, 24))).toContain('The General Assembly, in');
  });

  it('a footnote marker after "8 September 2010," is removed although a number and comma precede it (A/RES/65/232)', () => {
    const input = 'A/RES/65/232\n\nsuccessive reviews of 4 and 5 September 2008 1 and of 8 September 2010, 2\nEmphasizing that its resolution 64/137\n_______________\n1\nSee resolution 62/272.\n2\nSee resolution 64/297.\n';
    expect(normalizeDocument(input).clean.text).toBe('A/RES/65/232 successive reviews of 4 and 5 September 2008 and of 8 September 2010, Emphasizing that its resolution 64/137');
  });

  it('the last quoted paragraph of a draft ends at its full stop before the closing quotation mark', () => {
    const draft = parsed(COMMISSION_REPORT).resolutions[0]!;
    expect(draft.operative[1]!.text).toMatch(/present resolution\.$/);
  });

  it('draft resolution VI keeps its title: the title search starts after the blank that follows the heading (A/65/457)', () => {
    const result = parsed(
      'Draft resolution I Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity Reaffirming its resolutions 46/152 of 18 December 1991, 1. Takes note of the report of the Secretary-General; 2. Requests the Secretary-General to report to the General Assembly at its sixty-sixth session.',
    );
    expect(result.resolutions[0]!.title).toBe('Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity');
  });

  it('operative paragraph 22 of draft resolution II stops at "Annex": the annex numbering restarts after a heading (A/65/457)', () => {
    const result = parsed(
      'Draft resolution I Strengthening responses to violence against women Reaffirming the Declaration, 1. Strongly condemns all acts of violence against women; 2. Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice at its twenty-first session on the implementation of the present resolution. Annex Updated Model Strategies Preamble 1. The multifaceted nature of violence against women necessitates different strategies. 2. Member States are urged to act. 3. Member States are urged to review.',
    );
    const resolution = result.resolutions[0]!;
    expect(resolution.operative).toHaveLength(2);
    expect(resolution.annexes[0]!.title).toBe('Updated Model Strategies');
    expect(resolution.annexes[0]!.paragraphs.map((paragraph) => paragraph.number)).toEqual([null, '1', '2', '3']);
  });
});

describe('regressions found by the property tests', () => {
  it('"1. Annex A" does not yield an empty operative paragraph: the full stop of a number is not a sentence end', () => {
    const outcome = parseDocument('%%%CRIME PREVENTION|\n1.\nAnnex\nA Requests the Secretary-General to report.');
    if (outcome.ok) {
      for (const resolution of outcome.resolutions) for (const paragraph of resolution.operative) expect(paragraph.text.length).toBeGreaterThan(0);
    }
  });
});
