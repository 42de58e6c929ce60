import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.ts';
import { parseStructure } from '../../src/ingest/structure/index.ts';
import { normalizeDocument } from '../../src/ingest/text/normalize.ts';
import type { ParseResult } from '../../src/ingest/types.ts';
import { readCorpus } from './fixtures.ts';
import { COMMISSION_REPORT, ECOSOC, LETTERED_SUBPARAGRAPHS, NARCOTIC_DRUGS, PASTED_PARAGRAPHS, PASTED_UNNUMBERED, SECURITY_COUNCIL } from './samples.ts';

function parsed(input: string): ParseResult {
  const outcome = parseDocument(input);
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome;
}

describe('segmentation of a report recommending drafts (A/65/457)', () => {
  const result = parsed(readCorpus('A-65-457'));
  const structure = parseStructure(normalizeDocument(readCorpus('A-65-457')).clean.text);

  it('finds draft resolutions I to VI and the draft decision, in order', () => {
    expect(result.resolutions.map((resolution) => [resolution.label, resolution.kind])).toEqual([
      ['I', 'resolution'],
      ['II', 'resolution'],
      ['III', 'resolution'],
      ['IV', 'resolution'],
      ['V', 'resolution'],
      ['VI', 'resolution'],
      ['decision', 'decision'],
    ]);
  });

  it.each([
    [1, 14, 'A/C.3/65/L.13', 'Realignment of the functions of the United Nations Office on Drugs and Crime and changes to the strategic framework'],
    [2, 22, 'A/C.3/65/L.4', 'Strengthening crime prevention and criminal justice responses to violence against women'],
    [3, 14, 'A/C.3/65/L.5', 'United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders (the Bangkok Rules)'],
    [4, 18, 'A/C.3/65/L.6', 'Twelfth United Nations Congress on Crime Prevention and Criminal Justice'],
    [5, 15, 'A/C.3/65/L.14', 'United Nations African Institute for the Prevention of Crime and the Treatment of Offenders'],
    [6, 37, 'A/C.3/65/L.15/Rev.1', 'Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity'],
  ])('draft resolution %i has %i operative paragraphs, draft %s and its title', (index, operative, draft, title) => {
    const resolution = result.resolutions[index - 1]!;
    expect(resolution.operative).toHaveLength(operative);
    expect(resolution.operative.map((paragraph) => paragraph.number)).toEqual(Array.from({ length: operative }, (_, n) => String(n + 1)));
    expect(resolution.draftSymbol).toBe(draft);
    expect(resolution.title).toBe(title);
  });

  it('takes the preamble from after the title where the report leaves "The General Assembly," out', () => {
    expect(result.resolutions[1]!.preamble[0]!.text).toMatch(/^Reaffirming the Declaration on the Elimination of Violence against Women/);
    expect(result.resolutions[0]!.preamble[0]!.text).toMatch(/^Recalling section XI, paragraph 1, of its resolution 61\/252/);
  });

  it('keeps lettered sub-paragraphs inside their paragraph', () => {
    const decision = result.resolutions[6]!;
    expect(decision.operative).toHaveLength(1);
    expect(decision.operative[0]!.text).toMatch(/"Crime prevention and criminal justice": \(a\) Report of the Secretary-General .*; \(b\) Report .*; \(c\) Report/);
  });

  it('keeps annexes apart: the Model Strategies, the Bangkok Rules and the Salvador Declaration', () => {
    expect(result.resolutions[1]!.annexes[0]!.title).toMatch(/^Updated Model Strategies and Practical Measures/);
    expect(result.resolutions[2]!.annexes[0]!.title).toBe('Preliminary observations');
    const rules = result.resolutions[2]!.annexes[0]!.paragraphs.filter((paragraph) => paragraph.number?.startsWith('Rule '));
    expect(rules.map((rule) => rule.number)).toEqual(Array.from({ length: 70 }, (_, n) => `Rule ${n + 1}`));
    expect(rules[1]!.text).toMatch(/^1\. Adequate attention shall be paid to the admission procedures for women and children/);
    expect(result.resolutions[3]!.annexes[0]!.title).toMatch(/^Salvador Declaration on Comprehensive Strategies/);
    expect(result.resolutions[3]!.annexes[0]!.paragraphs.some((paragraph) => paragraph.text.startsWith('We invite'))).toBe(true);
    expect(result.resolutions[0]!.annexes).toEqual([]);
  });

  it("numbers the report's own paragraphs 1 to 33 without taking the quoted drafts' paragraphs", () => {
    expect(structure.reportParagraphs.map((paragraph) => paragraph.number)).toEqual(Array.from({ length: 33 }, (_, n) => String(n + 1)));
  });

  it('yields no mandates from the drafts quoted in report paragraphs 6 and 27, and says so', () => {
    const firstDraft = result.resolutions[0]!.start;
    expect(result.mandates.every((mandate) => mandate.start >= firstDraft)).toBe(true);
    expect(result.warnings.filter((warning) => warning.code === 'QUOTED_DRAFT_SKIPPED').length).toBeGreaterThanOrEqual(1);
  });

  it('reads the draft decision with its title and body', () => {
    const decision = result.resolutions[6]!;
    expect(decision.title).toBe('Reports considered by the General Assembly in connection with crime prevention and criminal justice');
    expect(decision.operative[0]!.text).toMatch(/^The General Assembly decides to take note of the following reports/);
  });
});

describe('segmentation of adopted resolutions from PDF text', () => {
  it.each([
    ['A-RES-65-232', '65/232', 37, 'Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 64/179;'],
    ['A-RES-67-189', '67/189', 41, 'Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 66/181;'],
  ] as const)('%s is resolution %s with %i operative paragraphs', (name, label, count, first) => {
    const result = parsed(readCorpus(name));
    expect(result.resolutions).toHaveLength(1);
    const resolution = result.resolutions[0]!;
    expect(resolution.label).toBe(label);
    expect(resolution.title).toBe('Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity');
    expect(resolution.operative).toHaveLength(count);
    expect(resolution.operative[0]!.text).toBe(first);
    expect(resolution.operative[count - 1]!.text).toMatch(/Protocols thereto\.$/);
    expect(resolution.annexes).toEqual([]);
  });

  it('puts paragraph 5 of 65/232 back together although its number is printed after its first line', () => {
    const paragraph = parsed(readCorpus('A-RES-65-232')).resolutions[0]!.operative[4]!;
    expect(paragraph.text).toBe(
      'Welcomes with appreciation the offer of the Government of Qatar to act as host to the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice, in 2015;',
    );
  });

  it('joins paragraph 8 of 67/189 across the page break and leaves footnote 9 out', () => {
    const paragraph = parsed(readCorpus('A-RES-67-189')).resolutions[0]!.operative[7]!;
    expect(paragraph.text).toContain('criminal justice reform, based on baseline assessments and data collection and focusing on all sectors');
    expect(paragraph.text).not.toContain('A/67/156');
  });
});

describe('segmentation of other UN layouts', () => {
  it('segments a Security Council resolution: no title, no session, numbered paragraphs', () => {
    const result = parsed(SECURITY_COUNCIL);
    expect(result.resolutions).toHaveLength(1);
    const resolution = result.resolutions[0]!;
    expect(resolution.label).toBe('2482 (2019)');
    expect(resolution.title).toBe('');
    expect(resolution.preamble).toHaveLength(2);
    expect(resolution.operative.map((paragraph) => paragraph.text.split(' ')[0])).toEqual(['Urges', 'Requests', 'Requests', 'Decides']);
  });

  it('segments an ECOSOC resolution with its "2011/33." heading', () => {
    const resolution = parsed(ECOSOC).resolutions[0]!;
    expect(resolution.label).toBe('2011/33');
    expect(resolution.title).toBe('Prevention, protection and international cooperation against the use of new information technologies to abuse and/or exploit children');
    expect(resolution.preamble).toHaveLength(2);
    expect(resolution.operative).toHaveLength(3);
    expect(resolution.operative[2]!.text).toMatch(/present resolution\.$/);
  });

  it('segments a Commission on Narcotic Drugs resolution headed "Resolution 54/1"', () => {
    const resolution = parsed(NARCOTIC_DRUGS).resolutions[0]!;
    expect(resolution.label).toBe('54/1');
    expect(resolution.title).toBe('Promoting international cooperation in assisting the States most affected by the transit of drugs');
    expect(resolution.operative).toHaveLength(2);
  });

  it("reads the General Assembly draft quoted in a commission's draft for ECOSOC, and the commission's own resolution", () => {
    const result = parsed(COMMISSION_REPORT);
    expect(result.resolutions.map((resolution) => [resolution.label, resolution.title])).toEqual([
      ['I', 'Strengthening the United Nations crime prevention and criminal justice programme'],
      ['20/1', 'Promoting long-term sustainable and integrated alternative development'],
    ]);
    const draft = result.resolutions[0]!;
    expect(draft.preamble.map((paragraph) => paragraph.text.split(' ')[0])).toEqual(['Reaffirming', 'Recalling']);
    expect(draft.operative.map((paragraph) => paragraph.text)).toEqual([
      'Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance;',
      'Requests the Secretary-General to submit a report to the General Assembly at its sixty-sixth session on the implementation of the present resolution.',
    ]);
    expect(result.resolutions[1]!.operative).toHaveLength(2);
    expect(result.mandates.map((mandate) => [mandate.resolution, mandate.paragraph, mandate.addressees[0]])).toEqual([
      [1, 1, 'unodc'],
      [1, 2, 'secretary-general'],
      [2, 1, 'member-states'],
      [2, 2, 'unodc'],
    ]);
  });

  it('keeps "(a)" and "(b)" inside operative paragraph 1', () => {
    const resolution = parsed(LETTERED_SUBPARAGRAPHS).resolutions[0]!;
    expect(resolution.operative.map((paragraph) => paragraph.number)).toEqual(['1', '2']);
    expect(resolution.operative[0]!.text).toMatch(/^Requests .*: \(a\) To continue .*; \(b\) To report .* twentieth session;$/);
  });

  it('reads pasted numbered paragraphs as one resolution', () => {
    const result = parsed(PASTED_PARAGRAPHS);
    expect(result.resolutions).toHaveLength(1);
    expect(result.resolutions[0]!.operative.map((paragraph) => paragraph.number)).toEqual(['1', '2', '3']);
    expect(result.mandates.map((mandate) => mandate.paragraph)).toEqual([1, 2, 3]);
  });

  it('reads pasted paragraphs without numbers, one paragraph per operative verb', () => {
    const result = parsed(PASTED_UNNUMBERED);
    expect(result.resolutions[0]!.operative.map((paragraph) => [paragraph.number, paragraph.text.split(' ').slice(0, 2).join(' ')])).toEqual([
      [null, 'Requests the'],
      [null, 'Also requests'],
    ]);
    expect(result.mandates.map((mandate) => mandate.addressees)).toEqual([['unodc'], ['secretary-general']]);
  });

  it('reads pasted paragraphs that start in the middle of the numbering', () => {
    const result = parsed(PASTED_PARAGRAPHS.replace('1. Requests', '12. Requests').replace('2. Invites', '13. Invites').replace('3. Requests', '14. Requests'));
    expect(result.resolutions[0]!.operative.map((paragraph) => paragraph.number)).toEqual(['12', '13', '14']);
  });

  it('warns about a gap in the operative numbering and keeps the paragraphs', () => {
    const result = parsed(PASTED_PARAGRAPHS.replace('2. Invites', '4. Invites').replace('3. Requests', '5. Requests'));
    expect(result.resolutions[0]!.operative.map((paragraph) => paragraph.number)).toEqual(['1', '4', '5']);
    expect(result.warnings.map((warning) => warning.code)).toContain('NUMBERING_GAP');
  });

  it('refuses prose that is not a UN document', () => {
    const outcome = parseDocument('The quick brown fox jumps over the lazy dog. It was a sunny day and nothing else happened at all.');
    expect(outcome).toMatchObject({ ok: false, code: 'NOT_UN_DOCUMENT' });
  });
});
