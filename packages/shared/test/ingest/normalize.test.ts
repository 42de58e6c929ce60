import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/ingest/text/normalize.ts';

/**
 * The cleaned text of a pdftotext page (symbol first, as printed) whose footnote block defines
 * `footnotes`, followed by the next page's running header; the symbol is cut from the result.
 */
function cleanWithFootnotes(body: string, footnotes: number[]): string {
  const block = footnotes.map((number) => `${number}\nSee A/65/${number}.`).join('\n');
  const text = normalizeDocument(`A/RES/65/232\n\n${body}\n_______________\n${block}\n\n\fA/RES/65/232\n`).clean.text;
  return text.replace(/^A\/RES\/65\/232 /, '');
}

describe('normalizeDocument: footnote markers', () => {
  it.each([
    ['glued to a word', 'Rules for the Treatment of Prisoners1 apply to all prisoners', [1], 'Rules for the Treatment of Prisoners apply to all prisoners'],
    ['glued after a comma', 'Transnational Organized Crime,1 and its Protocols', [1], 'Transnational Organized Crime, and its Protocols'],
    ['standing after a comma', 'Office on Drugs and\nCrime, 1 which aims, inter alia, to enhance', [1], 'Office on Drugs and Crime, which aims, inter alia, to enhance'],
    ['standing after a plain word', 'the United Nations\nConvention against Corruption 1 and all the international conventions', [1], 'the United Nations Convention against Corruption and all the international conventions'],
    ['after a year', 'Strategy adopted on 8 September 2006 1 and its\nsuccessive reviews of 4 and 5 September 2008 2 and of 8 September 2010, 3', [1, 2, 3], 'Strategy adopted on 8 September 2006 and its successive reviews of 4 and 5 September 2008 and of 8 September 2010,'],
    ['at the end of a paragraph', 'prepared pursuant to resolution 64/179; 1\n2. Welcomes the high-level meeting', [1], 'prepared pursuant to resolution 64/179; 2. Welcomes the high-level meeting'],
    ['repeated later, glued', 'thereto,1 Corruption2 and the Convention11 again, thereto1 as the main tools', [1, 2, 11], 'thereto, Corruption and the Convention11 again, thereto as the main tools'],
  ])('removes a marker %s', (_name, body, footnotes, expected) => {
    expect(cleanWithFootnotes(body, footnotes)).toBe(expected);
  });

  it.each([
    ['article and paragraph numbers', 'in accordance with article 14,\nparagraph 2, of the Convention 1 and', [1, 2, 14], 'in accordance with article 14, paragraph 2, of the Convention and'],
    ['dates in a range', 'held in Salvador, Brazil, from 12 to 19 April 2010; 1', [1, 12, 19], 'held in Salvador, Brazil, from 12 to 19 April 2010;'],
    ['document symbols and revisions', 'draft resolution A/C.3/65/L.15/Rev.1 and Rev.1 of it', [1, 15], 'draft resolution A/C.3/65/L.15/Rev.1 and Rev.1 of it'],
    ['a list of paragraph numbers', 'paragraphs 1, 2 and 3 of resolution 64/179', [1, 2, 3], 'paragraphs 1, 2 and 3 of resolution 64/179'],
  ])('keeps %s', (_name, body, footnotes, expected) => {
    expect(cleanWithFootnotes(body, footnotes)).toBe(expected);
  });

  it('keeps numbers when the document has no footnote block', () => {
    expect(normalizeDocument('the Convention 1 and Prisoners1 apply').clean.text).toBe('the Convention 1 and Prisoners1 apply');
  });
});

describe('normalizeDocument: page furniture', () => {
  const page = [
    'Mindful of the need to ensure universal adherence to and full implementation',
    'of the United Nations Convention against Transnational Organized Crime and the',
    '_______________',
    '14',
    '',
    'United Nations publication, Sales No. E.10.IV.6.',
    '15',
    '',
    '3',
    '',
    '10-52646',
    '',
    '*1052646*',
    '',
    'Please rec cle',
    '',
    '♲',
    '',
    '\fA/RES/65/232',
    '',
    'Protocols thereto, and urging States parties to make full and effective use of these',
    'instruments,',
  ].join('\n');

  it('drops footnotes, page numbers, job numbers, barcodes, the recycling logo and the running symbol', () => {
    const text = normalizeDocument(`A/RES/65/232\n\nGeneral Assembly\n${page}`).clean.text;
    expect(text).toBe(
      'A/RES/65/232 General Assembly Mindful of the need to ensure universal adherence to and full implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto, and urging States parties to make full and effective use of these instruments,',
    );
  });

  it('drops a running title header and a "4/10" page number', () => {
    const input = [
      '67/189. Strengthening the United Nations crime prevention and',
      'criminal justice programme, in particular its technical',
      'cooperation capacity',
      'The General Assembly,',
      'Reiterating its concern regarding the overall financial situation of the United',
      'Nations Office on Drugs and Crime,',
      '',
      '4/10',
      '',
      '\fStrengthening the United Nations crime prevention and criminal',
      'justice programme, in particular its technical cooperation capacity',
      '',
      'A/RES/67/189',
      '',
      '1.',
      'Takes note with appreciation of the report of the Secretary-General',
    ].join('\n');
    const text = normalizeDocument(input).clean.text;
    expect(text).toContain('Nations Office on Drugs and Crime, 1. Takes note with appreciation of the report');
    expect(text.match(/Strengthening/g)).toHaveLength(1);
  });
});

describe('normalizeDocument: paragraph numbers and line breaks', () => {
  it.each([
    [
      'a number printed after the first line of its paragraph',
      'Criminal Justice, in 2015;\nReaffirms the importance of the United Nations Convention against\n6.\nTransnational Organized Crime and the Protocols thereto;',
      'Criminal Justice, in 2015; 6. Reaffirms the importance of the United Nations Convention against Transnational Organized Crime and the Protocols thereto;',
    ],
    [
      'a number after a first line that a lower-case line continues',
      'its mandate,\nTakes note with appreciation of the report of the Secretary-General\n1.\nprepared pursuant to resolution 64/179;',
      'its mandate, 1. Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 64/179;',
    ],
    [
      'a number on its own line before its paragraph',
      'Nations Office on Drugs and Crime,\n1.\nTakes note with appreciation of the report',
      'Nations Office on Drugs and Crime, 1. Takes note with appreciation of the report',
    ],
    ['a word hyphenated across lines', 'to facilitate the ratifi-\ncation of the Convention', 'to facilitate the ratification of the Convention'],
    ['a compound split at its hyphen', 'to combat money-\nlaundering and the Secretary-\nGeneral', 'to combat money-laundering and the Secretary-General'],
    ['a soft hyphen at a line end', 'to facilitate the ratifi\u00ad\ncation of the Convention', 'to facilitate the ratification of the Convention'],
    ['Windows line ends and a byte-order mark', '\uFEFFReaffirms the importance of the\r\nConvention;\r\n', 'Reaffirms the importance of the Convention;'],
    ['OCR misreadings', 'Reguests the Secretary-General to strengthen intemational cooperation', 'Requests the Secretary-General to strengthen international cooperation'],
  ])('handles %s', (_name, input, expected) => {
    expect(normalizeDocument(input).clean.text).toBe(expected);
  });

  it('reads the subject line of the one-line format and leaves the text as it is', () => {
    const input = '%%%CRIME PREVENTION|CRIMINAL JUSTICE|\n\nSixty-fifth session Agenda item 105 Crime prevention';
    const normalized = normalizeDocument(input);
    expect(normalized.subjects).toEqual(['CRIME PREVENTION', 'CRIMINAL JUSTICE']);
    expect(normalized.clean.text).toBe('Sixty-fifth session Agenda item 105 Crime prevention');
    expect(normalized.clean.toSource(0)).toBe(input.indexOf('Sixty'));
  });

  it('maps every cleaned character back to the same character of the input, except inserted spaces and corrections', () => {
    const input = 'Reaffirms the importance of the United Nations Convention against\n6.\nTransnational Organized Crime and the Protocols thereto2 as the main tools;\n_______________\n2\nSee A/65/2.\n';
    const { clean } = normalizeDocument(input);
    for (let index = 0; index < clean.text.length; index++) {
      const character = clean.text[index]!;
      const source = input[clean.toSource(index)]!;
      if (character !== ' ') expect(source).toBe(character);
    }
  });
});
