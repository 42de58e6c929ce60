import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.ts';
import type { ParseResult } from '../../src/ingest/types.ts';

/**
 * Regressions found on held-out UN documents (not in the corpus), each named after what broke,
 * each with a short real excerpt as printed.
 */
function parsed(input: string): ParseResult {
  const outcome = parseDocument(input);
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome;
}

// A/RES/46/152 (1991), as OCR'd: "1]." for 11, and stray symbols for a footnote marker before "2.".
const OCR_46_152 = `46/152. Creation of an effective United Nations crime
prevention and criminal justice programme

The General Assembly,

Alarmed by the scope of criminality and by the dangers
posed to the welfare of all nations,

1. Takes note with appreciation of the report of the
Ministerial Meeting on the Creation of an Effective United
Nations Crime Prevention and Criminal Justice Pro-
gramme,.?°*

2. Approves the statement of principles and pro-
gramme of action, annexed to the present resolution;

3. Supports a clearer definition of the mandate of the
programme;

4. Requests the Secretary-General to give a high level
of priority to the activities of the programme;

5. Decides that the programme shall be devoted to provid-
ing States with practical assistance;

6. Invites Member States to give their political and fi-
nancial support;

7. Requests the Secretary-General to take the necessary
action within the overall existing United Nations resources;

8. Urges all entities of the United Nations system to assist the programme;

9. Encourages all developed countries to review their
aid programmes;

10. Decides to recommend that a commission on crime
prevention and criminal justice be established;

1]. Reguests the Economic and Social Council at its
organizational session for 1992:

(a) To dissolve the Committee on Crime Prevention
and Control;

12. Decides that the present members of the Commit-
tee on Crime Prevention and Control should be invited;

13. Also decides to retain all funds currently allocated to the pro-
gramme;

14. Requests the Secretary-General to report to the
General Assembly at its forty-seventh session on measures
taken to implement the statement of principles and pro-
gramme of action.

77th plenary meeting
18 December 1991
`;

describe('held-out documents: structure', () => {
  it('an OCR-misread paragraph number ("1]. Reguests") is read as the number expected (A/RES/46/152 paragraph 11)', () => {
    const result = parsed(OCR_46_152);
    const operative = result.resolutions[0]!.operative;
    expect(operative.map((paragraph) => paragraph.number)).toEqual(Array.from({ length: 14 }, (_, index) => String(index + 1)));
    expect(operative[10]!.text).toMatch(/^Requests the Economic and Social Council/);
    expect(result.warnings.filter((warning) => warning.code === 'NUMBERING_GAP')).toEqual([]);
  });

  it('stray OCR symbols after a clause ("Programme,.?°*") do not hide the next paragraph number (A/RES/46/152 paragraph 2)', () => {
    const operative = parsed(OCR_46_152).resolutions[0]!.operative;
    expect(operative[0]!.text).toMatch(/Criminal Justice Programme,\.\?°\*$/);
    expect(operative[1]!.text).toMatch(/^Approves the statement of principles/);
  });

  it('"l." read as 1 opens the operative part, but a Roman "I." heading is not a paragraph', () => {
    const result = parsed(
      'The General Assembly,\nRecalling its resolution 45/108,\nl. Takes note of the report of the Secretary-General;\n2. Requests the Secretary-General to report to it at its forty-seventh session.\n',
    );
    expect(result.resolutions[0]!.operative.map((paragraph) => [paragraph.number, paragraph.text.slice(0, 10)])).toEqual([
      ['1', 'Takes note'],
      ['2', 'Requests t'],
    ]);
    const annexed = parsed(`${OCR_46_152}\nANNEX\n\nStatement of principles\n\nI. STATEMENT OF PRINCIPLES\n\n1. We recognize that the world is experiencing very important changes.\n\n2. We believe that justice based on the rule of law is the pillar.\n`);
    const paragraphs = annexed.resolutions[0]!.annexes[0]!.paragraphs;
    expect(paragraphs.filter((paragraph) => paragraph.number !== null).map((paragraph) => paragraph.text.slice(0, 12))).toEqual(['We recognize', 'We believe t']);
  });

  it('an annex headed "ANNEX" in capitals gets its own title, and "We, Member States …" opens its text (A/RES/46/152)', () => {
    const result = parsed(
      `${OCR_46_152}\nANNEX\n\nStatement of principles and programme of action of the United\nNations crime prevention and criminal justice programme\n\nWe, Member States of the United Nations,\n\nReaffirming the responsibility assumed by the United Nations in crime\nprevention and criminal justice,\n\nI. STATEMENT OF PRINCIPLES\n\n1. We recognize that the world is experiencing very important changes.\n`,
    );
    const [annex] = result.resolutions[0]!.annexes;
    expect(annex!.title).toBe('Statement of principles and programme of action of the United Nations crime prevention and criminal justice programme');
    expect(annex!.paragraphs[0]!.text).toMatch(/^We, Member States of the United Nations,/);
  });

  it('running heads of the Official Records volume ("218 General Assembly—Forty-sixth Session") are page furniture (A/RES/46/152 paragraph 8)', () => {
    const input = OCR_46_152.replace(
      '8. Urges all entities of the United Nations system to assist the programme;',
      '8. Urges all entities of the United Nations system, in-\n\n218 General Assembly—Forty-sixth Session\n\ncluding the regional commissions, to assist the programme;',
    ).replace('46/152. Creation', 'VI. Resolutions adopted on the reports of the Third Committee 217\n\n46/152. Creation');
    const result = parsed(input);
    expect(result.resolutions[0]!.label).toBe('46/152');
    expect(result.resolutions[0]!.operative[7]!.text).toBe('Urges all entities of the United Nations system, including the regional commissions, to assist the programme;');
  });

  it('numbers written with a digit and a misread one are not taken out of sequence ("l0." stays text where 3 is expected)', () => {
    const result = parsed('The General Assembly,\nRecalling its resolution,\n1. Requests the Secretary-General to report;\n2. Decides to consider the item, as set out in table l0. Annex figures,\n3. Invites Member States to contribute.\n');
    expect(result.resolutions[0]!.operative.map((paragraph) => paragraph.number)).toEqual(['1', '2', '3']);
  });
});

describe('held-out documents: adopted decisions without an opener', () => {
  // Decisions in the layout of a commission's report (E/2011/30, chapter I, section D) and of the
  // Assembly's decisions volume; the wording is reconstructed, not copied (no such file was at hand).
  const COMMISSION_DECISIONS = `Decision 20/1
Report of the Executive Director on the activities of the United Nations Office
on Drugs and Crime
At its 9th meeting, on 15 April 2011, the Commission on Crime Prevention and
Criminal Justice took note of the report of the Executive Director on the activities
of the United Nations Office on Drugs and Crime (E/CN.7/2011/2-E/CN.15/2011/2).
Decision 20/2
Provisional agenda for the twenty-first session of the Commission on Crime
Prevention and Criminal Justice
At its 9th meeting, on 15 April 2011, the Commission on Crime Prevention and
Criminal Justice decided to request the Secretariat to prepare the documentation for
its twenty-first session.
`;

  it('"Decision 20/1 Title At its 9th meeting, … the Commission … took note" is a decision of the Commission', () => {
    const result = parsed(COMMISSION_DECISIONS);
    expect(result.resolutions.map((resolution) => [resolution.label, resolution.kind, resolution.title])).toEqual([
      ['20/1', 'decision', 'Report of the Executive Director on the activities of the United Nations Office on Drugs and Crime'],
      ['20/2', 'decision', 'Provisional agenda for the twenty-first session of the Commission on Crime Prevention and Criminal Justice'],
    ]);
    expect(result.resolutions[1]!.operative.map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      [null, 'At its 9th meeting, on 15 April 2011, the Commission on Crime Prevention and Criminal Justice decided to request the Secretariat to prepare the documentation for its twenty-first session.'],
    ]);
    expect(result.document.body).toBe('ccpcj');
  });

  it('"65/530. Title At its 71st plenary meeting, … the General Assembly, on the recommendation …" is an Assembly decision of more than one sentence', () => {
    const result = parsed(
      '65/530. Documents relating to crime prevention and criminal justice\n\nAt its 71st plenary meeting, on 21 December 2010, the General Assembly, on the recommendation of the Third Committee, took note of the note by the Secretary-General transmitting the report of the Conference of the Parties, and of its resolution 65/230. It also decided to request the Secretary-General to report on the matter.\n',
    );
    const [decision] = result.resolutions;
    expect([decision!.label, decision!.kind, decision!.annexes]).toEqual(['65/530', 'decision', []]);
    expect(decision!.operative).toHaveLength(1);
    expect(decision!.operative[0]!.text).toMatch(/^At its 71st plenary meeting.*report on the matter\.$/);
    expect(result.document.body).toBe('ga');
  });

  it('"At its … meeting" in a report\'s narrative, with no decision heading just before it, is not a decision', () => {
    const result = parsed(
      'The General Assembly,\nRecalling its resolution 64/179,\n1. Requests the Secretary-General to report.\n\nAt its 71st plenary meeting, on 21 December 2010, the General Assembly took note of the report of the Third Committee.\n',
    );
    expect(result.resolutions.map((resolution) => resolution.kind)).toEqual(['resolution']);
  });
});

describe('held-out documents: A/RES/64/179 as pdftotext prints it', () => {
  // Lines "0F", "12F", "0H" are labels of footnote anchors hidden in the PDF's text layer.
  const EXCERPT = [
    '64/179. Strengthening the United Nations Crime Prevention and',
    'Criminal Justice Programme, in particular its technical',
    'cooperation capacity',
    'The General Assembly,',
    'Taking note with appreciation of the adoption by the Economic and Social',
    'Council of the strategy for the period 2008–2011 for the United Nations Office on',
    'Drugs and Crime, 1 which aims, inter alia, to enhance its effectiveness and flexibility',
    'in providing technical assistance and policy services,',
    '0F',
    '',
    'Reaffirming its resolutions relating to the urgent need to strengthen',
    'international cooperation and technical assistance,',
    'Takes note with appreciation of the report of the Secretary-General on',
    '1.',
    'the progress made in the implementation of General Assembly resolution 63/195; 12',
    '1F',
    '',
    '2.',
    'Also takes note with appreciation of the reports of the Secretary-General',
    'on improving the coordination of efforts against trafficking in persons; 15',
    '12F',
    '',
    '13F',
    '',
    '3.',
    'Reaffirms the importance of the United Nations Convention against',
    'Transnational Organized Crime;',
    '0H',
    '',
    '4.',
    'Also reaffirms the importance of the United Nations Crime Prevention',
    'and Criminal Justice Programme.',
  ].join('\n');

  it('anchor labels ("0F", "12F", "0H") are page furniture, so preambular paragraphs split and numbers are found', () => {
    const resolution = parsed(EXCERPT).resolutions[0]!;
    expect(resolution.preamble.map((paragraph) => paragraph.text.slice(0, 20))).toEqual(['Taking note with app', 'Reaffirming its reso']);
    expect(resolution.operative.map((paragraph) => paragraph.number)).toEqual(['1', '2', '3', '4']);
  });

  it('a footnote marker between a clause end and the next number ("63/195; 12 2. Also takes note") does not hide the number', () => {
    const operative = parsed(EXCERPT).resolutions[0]!.operative;
    expect(operative[0]!.text).toMatch(/resolution 63\/195; 12$/);
    expect(operative[1]!.text).toMatch(/^Also takes note with appreciation/);
    expect(parsed(EXCERPT).resolutions[0]!.annexes).toEqual([]);
  });
});
