import { describe, expect, it } from 'vitest';
import { extractClauses, type ClauseContext } from '../../../src/ingest/clauses/index.ts';

/**
 * Clauses written in the style of Security Council, CND, CCPCJ, ECOSOC and older OCR'd General
 * Assembly resolutions, which the corpus does not contain.
 */

const SC: ClauseContext = { issuingBody: 'sc', session: null, adopted: '2012-07-27', part: 'operative' };
const CND: ClauseContext = { issuingBody: 'cnd', session: 54, adopted: '2011-03-25', part: 'operative' };
const CCPCJ: ClauseContext = { issuingBody: 'ccpcj', session: 20, adopted: '2011-04-15', part: 'operative' };
const ECOSOC: ClauseContext = { issuingBody: 'ecosoc', session: 2011, adopted: '2011-07-28', part: 'operative' };
const GA47: ClauseContext = { issuingBody: 'ga', session: 47, adopted: '1992-12-18', part: 'operative' };

function summary(text: string, context: ClauseContext) {
  return extractClauses(text, context).map((clause) => ({
    verbs: clause.verbs,
    addressees: clause.addressees,
    reporting: clause.reporting.map(({ body, session, due, relation }) => ({ body, session, due, relation })),
  }));
}

describe('Security Council', () => {
  it.each([
    [
      'Requests the Secretary-General to report to the Council no later than six months from the adoption of this resolution on the implementation of this resolution;',
      [{ verbs: ['request'], addressees: ['secretary-general'], reporting: [{ body: 'sc', session: null, due: '2013-01-27', relation: 'by-date' }] }],
    ],
    [
      'Requests the Secretary-General to keep the Council regularly informed and to submit a report every 120 days on the situation;',
      [{ verbs: ['request'], addressees: ['secretary-general'], reporting: [{ body: 'sc', session: null, due: '2012-11-24', relation: 'within' }] }],
    ],
    ['Decides that all States shall take the necessary measures to prevent the direct or indirect supply, sale or transfer of arms;', [{ verbs: ['decide'], addressees: ['member-states'], reporting: [] }]],
    [
      'Encourages the United Nations Office on Drugs and Crime, in cooperation with the Counter-Terrorism Committee Executive Directorate, to continue its work with Member States;',
      [{ verbs: ['encourage'], addressees: ['unodc'], reporting: [] }],
    ],
    ['Decides to remain seized of the matter.', []],
  ])('%s', (text, expected) => {
    expect(summary(text, SC)).toEqual(expected);
  });
});

describe('Commission on Narcotic Drugs and Commission on Crime Prevention and Criminal Justice', () => {
  it.each([
    [
      'Requests the United Nations Office on Drugs and Crime to report to the Commission at its fifty-fifth session on the implementation of the present resolution;',
      CND,
      [{ verbs: ['request'], addressees: ['unodc'], reporting: [{ body: 'cnd', session: 55, due: null, relation: 'at' }] }],
    ],
    [
      'Requests the Executive Director to report to the Commission at its fifty-fifth session on the progress achieved;',
      CND,
      [{ verbs: ['request'], addressees: ['unodc-executive-director'], reporting: [{ body: 'cnd', session: 55, due: null, relation: 'at' }] }],
    ],
    [
      'Reiterates its call upon Member States to provide the United Nations Office on Drugs and Crime with voluntary contributions for the implementation of the present resolution;',
      CND,
      [{ verbs: ['call upon'], addressees: ['member-states'], reporting: [] }],
    ],
    [
      'Requests the Secretariat, subject to the availability of extrabudgetary resources, to convene a meeting of experts before the twenty-first session of the Commission;',
      CCPCJ,
      [{ verbs: ['request'], addressees: ['secretariat'], reporting: [{ body: 'ccpcj', session: 21, due: null, relation: 'before' }] }],
    ],
    [
      'Recommends to the Economic and Social Council the approval of the following draft resolution for adoption by the General Assembly:',
      CCPCJ,
      [{ verbs: ['recommend'], addressees: ['ecosoc'], reporting: [] }],
    ],
  ])('%s', (text, context, expected) => {
    expect(summary(text, context)).toEqual(expected);
  });

  it('reads resource conditions of a CND funding call', () => {
    const [clause] = extractClauses(
      'Invites Member States and other donors to provide extrabudgetary resources for the purposes described in the present resolution, in accordance with the rules and procedures of the United Nations;',
      CND,
    );
    expect(clause!.addressees).toEqual(['member-states', 'donors']);
    expect(clause!.resources.map((condition) => condition.kind)).toEqual(['voluntary-contributions']);
  });
});

describe('Economic and Social Council', () => {
  it.each([
    [
      'Requests the Secretary-General to report to the Economic and Social Council at its substantive session of 2013 on the implementation of the present resolution;',
      [{ verbs: ['request'], addressees: ['secretary-general'], reporting: [{ body: 'ecosoc', session: 2013, due: null, relation: 'at' }] }],
    ],
    [
      'Requests the United Nations Office on Drugs and Crime to report to the Commission on Crime Prevention and Criminal Justice at its twenty-second session on the implementation of the present resolution;',
      [{ verbs: ['request'], addressees: ['unodc'], reporting: [{ body: 'ccpcj', session: 22, due: null, relation: 'at' }] }],
    ],
    ['Recommends to the General Assembly the adoption of the following draft resolution:', [{ verbs: ['recommend'], addressees: ['ga'], reporting: [] }]],
    [
      'Requests the Secretary-General to submit, for consideration by the Commission on Narcotic Drugs at its fifty-sixth session, a report on the follow-up;',
      [{ verbs: ['request'], addressees: ['secretary-general'], reporting: [{ body: 'cnd', session: 56, due: null, relation: 'for-consideration-at' }] }],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text, ECOSOC)).toEqual(expected);
  });
});

describe('older OCR’d General Assembly resolutions', () => {
  it.each([
    [
      'Reguests the Secretary-General to report to the General Assembly at its forty- eighth session on the implementation of the present resolution;',
      [{ verbs: ['request'], addressees: ['secretary-general'], reporting: [{ body: 'ga', session: 48, due: null, relation: 'at' }] }],
    ],
    ['Urqes Member States to provide the Secretary-General with the information reguested;', [{ verbs: ['urge'], addressees: ['member-states'], reporting: [] }]],
    [
      'Takes note of the report of the Secretary-General and requests him to submit to the Assembly at its forty-eighth session a report on the intemational cooperation;',
      [{ verbs: ['request'], addressees: ['secretary-general'], reporting: [{ body: 'ga', session: 48, due: null, relation: 'at' }] }],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text, GA47)).toEqual(expected);
  });
});

describe('real paragraphs outside the corpus: S/RES/2039 (2012) and A/RES/65/233', () => {
  const SC2039: ClauseContext = { issuingBody: 'sc', session: null, adopted: '2012-02-29', part: 'operative' };
  const GA65: ClauseContext = { issuingBody: 'ga', session: 65, adopted: '2010-12-21', part: 'operative' };

  it.each([
    [
      'Stresses the primary responsibility of the States of the Gulf of Guinea to counter piracy and armed robbery at sea in the Gulf of Guinea and in this context urges them through ECCAS, ECOWAS and the GGC to work towards the convening of the planned joint Summit;',
      SC2039,
      [{ verbs: ['urge'], addressees: ['member-states'], reporting: [] }],
    ],
    [
      'Requests the Secretary-General through the United Nations Office of West Africa (UNOWA) and the United Nations Office of Central Africa (UNOCA) to support States and subregional organizations in convening the joint Summit;',
      SC2039,
      [{ verbs: ['request'], addressees: ['secretary-general'], reporting: [] }],
    ],
    [
      'Encourages Benin and Nigeria to extend their joint patrols beyond March 2012, while the countries of the Gulf of Guinea continue to work towards building their capacities and also encourages international partners to consider providing support, as needed;',
      SC2039,
      [
        { verbs: ['encourage'], addressees: ['other'], reporting: [] },
        { verbs: ['encourage'], addressees: ['other'], reporting: [] },
      ],
    ],
    [
      'Urges all Governments to provide the fullest possible financial and political support to the United Nations Office on Drugs and Crime by widening its donor base and increasing voluntary contributions, in particular with a view to the full implementation of the Political Declaration adopted by the General Assembly at its twentieth special session, and recommends that a sufficient share of the regular budget of the United Nations continue to be allocated to the Office;',
      GA65,
      [{ verbs: ['urge'], addressees: ['member-states'], reporting: [] }],
    ],
    [
      'Calls upon the relevant United Nations agencies and entities and other international organizations, and invites international financial institutions, including regional development banks, to mainstream drug control issues into their programmes, and calls upon the United Nations Office on Drugs and Crime to maintain its leading role;',
      GA65,
      [
        { verbs: ['call upon'], addressees: ['un-system', 'other'], reporting: [] },
        { verbs: ['invite'], addressees: ['other'], reporting: [] },
        { verbs: ['call upon'], addressees: ['unodc'], reporting: [] },
      ],
    ],
    [
      'Takes note of the report of the Secretary-General, and requests the Secretary-General to submit to the General Assembly at its sixty-sixth session a report on the implementation of the present resolution.',
      GA65,
      [{ verbs: ['request'], addressees: ['secretary-general'], reporting: [{ body: 'ga', session: 66, due: null, relation: 'at' }] }],
    ],
  ])('%s', (text, context, expected) => {
    expect(summary(text, context)).toEqual(expected);
  });
});

describe('an OCR’d resolution outside the corpus: A/RES/46/152 (1991)', () => {
  const GA46: ClauseContext = { issuingBody: 'ga', session: 46, adopted: '1991-12-18', part: 'operative' };

  it('reads "Reguests the Economic and Social Council at its organizational session for 1992"', () => {
    const text =
      'Reguests the Economic and Social Council at its organizational session for 1992: (a) To dissolve the Committee on Crime Prevention and Control; (b) To establish the commission on crime prevention and criminal justice as a new functional commission of the Economic and Social Council;';
    expect(summary(text, GA46)).toEqual([{ verbs: ['request'], addressees: ['ecosoc'], reporting: [{ body: 'ecosoc', session: 1992, due: null, relation: 'at' }] }]);
  });

  it('reads "within the overall existing United Nations resources" as a resource condition', () => {
    const text =
      'Requests the Secretary-General to give a high level of priority within the United Nations framework, and within the overall existing United Nations resources, to the activities of the United Nations crime prevention and criminal justice programme;';
    const [clause] = extractClauses(text, GA46);
    expect(clause!.resources.map(({ kind, text: words }) => [kind, words])).toEqual([['within-existing-resources', 'within the overall existing United Nations resources']]);
  });

  it('keeps "all entities of the United Nations system, including …" as one addressee', () => {
    const text =
      'Urges all entities of the United Nations system, including the regional commissions, the specialized agencies and the relevant intergovernmental and non-governmental organizations, to assist the United Nations crime prevention and criminal justice programme in fulfilling its tasks;';
    expect(summary(text, GA46)).toEqual([{ verbs: ['urge'], addressees: ['un-system'], reporting: [] }]);
  });
});
