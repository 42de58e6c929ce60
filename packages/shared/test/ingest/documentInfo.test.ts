import { describe, expect, it } from 'vitest';
import { isoDate, readDocumentInfo } from '../../src/ingest/documentInfo.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import type { ParsedDocumentInfo } from '../../src/ingest/types.ts';
import { readCorpus } from './fixtures.ts';
import { ECOSOC, SECURITY_COUNCIL } from './samples.ts';

function documentOf(input: string, options: { symbol?: string } = {}): ParsedDocumentInfo {
  const outcome = parseDocument(input, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.document;
}

describe('readDocumentInfo on header fragments', () => {
  it.each([
    [
      'an adopted GA resolution',
      'United Nations A/RES/65/232 General Assembly Distr.: General 23 March 2011 Sixty-fifth session Agenda item 105 Resolution adopted by the General Assembly on 21 December 2010 [on the report of the Third Committee (A/65/457)]',
      { symbol: 'A/RES/65/232', body: 'ga', session: 65, agendaItems: [105], adopted: '2010-12-21', onReport: 'A/65/457' },
    ],
    [
      'a Third Committee report',
      'Sixty-fifth session Agenda item 105 Crime prevention and criminal justice Report of the Third Committee Rapporteur: Mr. Asif Garayev (Azerbaijan) I. Introduction',
      { symbol: null, body: 'ga', session: 65, agendaItems: [105], adopted: null, onReport: null },
    ],
    [
      'several agenda items',
      'A/RES/66/181 General Assembly Sixty-sixth session Agenda items 27 and 28 (b) Resolution adopted by the General Assembly on 19 December 2011 [on the report of the Third Committee (A/66/463)]',
      { symbol: 'A/RES/66/181', session: 66, agendaItems: [27, 28], adopted: '2011-12-19', onReport: 'A/66/463' },
    ],
    [
      'a commission resolution',
      'E/CN.15/2011/L.3 Commission on Crime Prevention and Criminal Justice Twentieth session Vienna, 11-15 April 2011',
      { symbol: 'E/CN.15/2011/L.3', body: 'ccpcj', session: 20 },
    ],
  ])('reads %s', (_name, head, expected) => {
    expect(readDocumentInfo(head, head, [], {})).toMatchObject(expected);
  });

  it.each([
    ['21', 'December', '2010', '2010-12-21'],
    ['1', 'June', '2012', '2012-06-01'],
    ['32', 'May', '2012', null],
  ])('reads the date %s %s %s', (day, month, year, expected) => {
    expect(isoDate(day, month, year)).toBe(expected);
  });
});

describe('document information of whole documents', () => {
  it('reads A/RES/67/189 with its reissue asterisk and subjects from none', () => {
    expect(documentOf(readCorpus('A-RES-67-189'))).toEqual({
      symbol: 'A/RES/67/189',
      body: 'ga',
      session: 67,
      agendaItems: [103],
      title: 'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity',
      adopted: '2012-12-20',
      onReport: 'A/67/458',
      subjects: [],
    });
  });

  it('reads the subjects and agenda item title of A/65/457 and takes its symbol from the caller', () => {
    const document = documentOf(readCorpus('A-65-457'), { symbol: 'A/65/457' });
    expect(document).toMatchObject({ symbol: 'A/65/457', body: 'ga', session: 65, agendaItems: [105], title: 'Crime prevention and criminal justice' });
    expect(document.subjects).toEqual([
      'CRIME PREVENTION',
      'CRIMINAL JUSTICE',
      'RESOURCES ALLOCATION',
      'PROGRAMME EVALUATION',
      'TECHNICAL COOPERATION',
      'GENDER-BASED VIOLENCE',
      'PRISONER TREATMENT',
      'WOMEN PRISONERS',
      'OFFENDERS',
      'TERRORISM',
      'CORRUPTION',
    ]);
  });

  it('reads a Security Council resolution: no session, adopted at a meeting', () => {
    expect(documentOf(SECURITY_COUNCIL)).toMatchObject({ symbol: 'S/RES/2482 (2019)', body: 'sc', session: null, adopted: '2019-07-19', agendaItems: [] });
  });

  it('reads an ECOSOC resolution: the year as its session and the plenary meeting date', () => {
    expect(documentOf(ECOSOC)).toMatchObject({ body: 'ecosoc', session: 2011, agendaItems: [14], adopted: '2011-07-28' });
  });
});

describe('document information of an older OCR-era resolution', () => {
  it('reads a header printed in capitals and the adoption date from the plenary meeting line', () => {
    const input = [
      'UNITED NATIONS',
      'General Assembly',
      'Distr.',
      'GENERAL',
      'A/RES/46/152',
      '18 December 1991',
      'Forty-sixth session',
      'Agenda item 12',
      'RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY',
      '[on the report of the Third Committee (A/46/703)]',
      '46/152. Creation of an effective United Nations crime prevention and criminal justice programme',
      'The General Assembly,',
      'Recalling its resolution 45/108 of 14 December 1990,',
      '1. Reguests the Secretary-General to strengthen intemational cooperation;',
      '2. Decides to consider the matter at its forty-seventh session.',
      '79th plenary meeting',
      '18 December 1991',
    ].join('\n');
    const outcome = parseDocument(input);
    expect(outcome.ok && outcome.document).toMatchObject({ symbol: 'A/RES/46/152', body: 'ga', session: 46, agendaItems: [12], adopted: '1991-12-18', onReport: 'A/46/703' });
    expect(outcome.ok && outcome.resolutions[0]!.operative[0]!.text).toBe('Requests the Secretary-General to strengthen international cooperation;');
  });
});
