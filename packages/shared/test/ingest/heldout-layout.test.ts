import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.ts';
import type { ParseResult } from '../../src/ingest/types.ts';

/** Page layouts of held-out resolutions as pdftotext prints them without form feeds. */

function parsed(input: string): ParseResult {
  const outcome = parseDocument(input);
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome;
}

function operative(input: string): [string | null, string][] {
  return parsed(input).resolutions[0]!.operative.map((paragraph) => [paragraph.number, paragraph.text]);
}

const HEAD_67_193 = [
  'United Nations',
  '',
  'A/RES/67/193',
  '',
  'General Assembly',
  '',
  'Resolution adopted by the General Assembly on 20 December 2012',
  '',
  '67/193. International cooperation against the world drug problem',
  'The General Assembly,',
  'Reaffirming that the world drug problem remains a common and shared',
  'responsibility,',
  '1. Calls upon Member States to engage in effective cooperation;',
];

describe('held-out layouts: pages without form feeds', () => {
  it('a footnote block in the middle of a paragraph ends at the "5/12" page number, and the paragraph resumes after the running header (A/RES/67/193 paragraph 2)', () => {
    const input = [
      ...HEAD_67_193,
      'Notes with great concern the adverse consequences of drug abuse for',
      '2.',
      'individuals and society, issued by the World Health Organization and the Joint',
      '_______________',
      '18',
      '19',
      '',
      'Resolution 217 A (III).',
      'A/CONF.157/24 (Part I), chap. III.',
      '',
      '5/12',
      '',
      'A/RES/67/193',
      '',
      'International cooperation against the world drug problem',
      '',
      'United Nations Programme on HIV/AIDS;',
      '3. Expresses concern regarding the overall financial situation of the Office;',
    ].join('\n');
    expect(operative(input)).toEqual([
      ['1', 'Calls upon Member States to engage in effective cooperation;'],
      ['2', 'Notes with great concern the adverse consequences of drug abuse for individuals and society, issued by the World Health Organization and the Joint United Nations Programme on HIV/AIDS;'],
      ['3', 'Expresses concern regarding the overall financial situation of the Office;'],
    ]);
  });

  it('the running header after a "11/12" page number is not read into the paragraph it interrupts (A/RES/67/193 paragraph 7)', () => {
    const input = [
      ...HEAD_67_193,
      '2. Decides to convene, early in 2016, a special session of the General',
      'Assembly on the world drug problem, following the high-level review of the',
      '11/12',
      '',
      'A/RES/67/193',
      '',
      'International cooperation against the world drug problem',
      '',
      'progress made by Member States, in March 2014;',
      '3. Also decides that the special session will review the progress.',
    ].join('\n');
    expect(operative(input)[1]).toEqual([
      '2',
      'Decides to convene, early in 2016, a special session of the General Assembly on the world drug problem, following the high-level review of the progress made by Member States, in March 2014;',
    ]);
  });

  it('a footnote block before a bare page number ends at the running symbol of the next page; the number printed after the first line stays with its paragraph (A/RES/66/181 paragraph 7 layout)', () => {
    const input = [
      'United Nations',
      '',
      'A/RES/66/181',
      '',
      '66/181. Strengthening the United Nations crime prevention and',
      'criminal justice programme',
      'The General Assembly,',
      'Reiterating its concern regarding the overall financial situation of the Office,',
      '1. Notes with appreciation the convening of an expert group;',
      'Reaffirms the importance of the United Nations crime prevention and',
      '2.',
      'criminal justice programme, as well as of the work of the',
      '_______________',
      '10',
      '',
      '4',
      '',
      'A/66/303.',
      '',
      'A/RES/66/181',
      '',
      'United Nations Office on Drugs and Crime;',
      '3. Recommends that Member States adopt a comprehensive approach;',
    ].join('\n');
    expect(operative(input)).toEqual([
      ['1', 'Notes with appreciation the convening of an expert group;'],
      ['2', 'Reaffirms the importance of the United Nations crime prevention and criminal justice programme, as well as of the work of the United Nations Office on Drugs and Crime;'],
      ['3', 'Recommends that Member States adopt a comprehensive approach;'],
    ]);
  });
});

describe('held-out layouts: OCR debris', () => {
  it('an OCR-read footnote marker (">!") after a clause end does not hide the next number (A/RES/45/179 paragraph 2)', () => {
    const input = [
      '45/179. Enhancement of the United Nations structure for drug abuse control',
      '',
      'The General Assembly,',
      '',
      'Alarmed by the dramatic increase in drug abuse,',
      '',
      '1. Takes note with appreciation of the report of the Group of Ex-',
      'perts, entitled “Drugs and the United Nations: meeting',
      'the challenge”;>!',
      '',
      '2. Welcomes the proposal of the Secretary-General',
      'to unify the United Nations structure for drug abuse',
      'control;',
      '',
      '3. Requests the Secretary-General to report.',
    ].join('\n');
    const paragraphs = operative(input);
    expect(paragraphs.map(([number]) => number)).toEqual(['1', '2', '3']);
    expect(paragraphs[1]![1]).toBe('Welcomes the proposal of the Secretary-General to unify the United Nations structure for drug abuse control;');
  });
});

describe('held-out layouts: OCR footnotes at the foot of a column', () => {
  it('numbered notes between blank lines in the middle of a paragraph are footnotes, and the paragraph resumes after them (A/RES/45/179 paragraph 3)', () => {
    const input = [
      '45/179. Enhancement of the United Nations structure for drug abuse control',
      '',
      'The General Assembly,',
      '',
      'Alarmed by the dramatic increase in drug abuse,',
      '',
      '1. Requests the Secretary-General to create a single',
      'drug control programme with the objective of enhancing',
      '',
      '309 4 /45/652.',
      '310 See A/45/652/Add.1, annex.',
      '',
      'the effectiveness of the United Nations structure;',
      '',
      '2. Invites the Secretary-General to report.',
    ].join('\n');
    expect(operative(input)[0]).toEqual([
      '1',
      'Requests the Secretary-General to create a single drug control programme with the objective of enhancing the effectiveness of the United Nations structure;',
    ]);
  });
});
