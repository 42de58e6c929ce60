import { describe, expect, it } from 'vitest';
import { extractClauses } from '../../../src/ingest/clauses/index.ts';
import type { ClauseContext } from '../../../src/ingest/clauses/index.ts';

/**
 * Sentences from real resolutions outside the sample corpus (A/RES/66/181, 66/183, 67/193, 68/193,
 * S/RES/2195 (2014), and the OCR'd A/RES/45/179), each
 * named after what the extractor got wrong on it.
 */
const GA66: ClauseContext = { issuingBody: 'ga', session: 66, adopted: '2011-12-19', part: 'operative' };

function clausesOf(text: string, context: ClauseContext = GA66) {
  return extractClauses(text, context).map((clause) => ({
    verbs: clause.verbs,
    addressees: clause.addressees,
    action: clause.action,
    reporting: clause.reporting.map((found) => [found.body, found.session, found.relation]),
  }));
}

describe('A/RES/66/181', () => {
  it('ends an encouragement before "and looks forward to", whose session is no deadline of it', () => {
    const clauses = clausesOf(
      'Encourages States parties and signatories to the United Nations Convention against Transnational Organized Crime to support the activities of the open-ended intergovernmental working group, and looks forward to the possible adoption of the terms of reference for such a review mechanism or mechanisms at the sixth session of the Conference of the Parties;',
    );
    expect(clauses).toHaveLength(1);
    expect(clauses[0]!.addressees).toEqual(['states-parties']);
    expect(clauses[0]!.action).toBe('to support the activities of the open-ended intergovernmental working group');
    expect(clauses[0]!.reporting).toEqual([]);
  });
});

describe('A/RES/66/183', () => {
  it('reads "Continues to encourage" as an encouragement', () => {
    const [clause] = clausesOf(
      'Continues to encourage Member States to promote, in accordance with Commission on Narcotic Drugs resolution 53/11 of 12 March 2010, the sharing of information on the potential abuse of and trafficking in synthetic cannabinoid receptor agonists;',
    );
    expect(clause).toMatchObject({ verbs: ['encourage'], addressees: ['member-states'] });
  });

  it('finds "urges the Board" after a footnote marker glued to the comma', () => {
    const clauses = clausesOf(
      'Encourages the Commission on Narcotic Drugs, as the principal policymaking organ of the United Nations on matters of international drug control and as the governing body of the drug programme of the United Nations Office on Drugs and Crime, and the International Narcotics Control Board to strengthen their useful work on the control of precursors, and, in accordance with Commission resolution 54/8 of 25 March 2011,13 urges the Board to further strengthen communication with Member States;',
    );
    expect(clauses.map((clause) => [clause.verbs, clause.addressees])).toEqual([
      [['encourage'], ['cnd', 'other']],
      [['urge'], ['other']],
    ]);
  });

  it('reads "encourages it" after the International Narcotics Control Board as addressed to the Board', () => {
    const clauses = clausesOf(
      'Notes that the International Narcotics Control Board needs sufficient resources to carry out all its mandates, reaffirms the importance of its work, encourages it to continue to carry out its work in accordance with its mandates, urges Member States to commit themselves in a common effort to assigning adequate and sufficient budgetary resources to the Board;',
    );
    expect(clauses.map((clause) => [clause.verbs, clause.addressees])).toEqual([
      [['encourage'], ['other']],
      [['urge'], ['member-states']],
    ]);
  });

  it('reads "invites them" after developing countries as addressed to States', () => {
    const [clause] = clausesOf(
      'Further recognizes the significant role played by developing countries with extensive expertise in alternative development in promoting best practices, and invites them to continue sharing those best practices with States affected by illicit crop cultivation;',
    );
    expect(clause).toMatchObject({ verbs: ['invite'], addressees: ['member-states'] });
  });

  it('addresses States parties too in "Urges States that have not done so to consider ratifying or acceding to, and States parties to implement"', () => {
    const [clause] = clausesOf(
      'Urges States that have not done so to consider ratifying or acceding to, and States parties to implement, as a matter of priority, all the provisions of the Single Convention on Narcotic Drugs of 1961;',
    );
    expect(clause?.addressees).toEqual(['member-states', 'states-parties']);
  });
});

describe('A/RES/67/193', () => {
  const GA67: ClauseContext = { issuingBody: 'ga', session: 67, adopted: '2012-12-20', part: 'operative' };

  it('reads "requests that he submit" as a request to the Secretary-General named before', () => {
    const [clause] = clausesOf(
      'Takes note of the report of the Secretary-General, and requests that he submit to the General Assembly at its sixty-eighth session a report on the implementation of the present resolution.',
      GA67,
    );
    expect(clause).toMatchObject({ verbs: ['request'], addressees: ['secretary-general'], reporting: [['ga', 68, 'at']] });
    expect(clause?.action).toBe('submit to the General Assembly at its sixty-eighth session a report on the implementation of the present resolution');
  });
});

describe('A/RES/68/193', () => {
  const GA68: ClauseContext = { issuingBody: 'ga', session: 68, adopted: '2013-12-18', part: 'operative' };

  it('pairs "their twenty-third and fifty-seventh sessions, respectively" with the two commissions in order', () => {
    const [clause] = clausesOf(
      'Requests the Commission on Crime Prevention and Criminal Justice and the Commission on Narcotic Drugs to include in their agendas for their twenty-third and fifty-seventh sessions, respectively, an item on the follow-up;',
      GA68,
    );
    expect(clause?.reporting).toEqual([
      ['ccpcj', 23, 'at'],
      ['cnd', 57, 'at'],
    ]);
  });
});

describe('S/RES/2195 (2014)', () => {
  const SC2014: ClauseContext = { issuingBody: 'sc', session: null, adopted: '2014-12-19', part: 'operative' };

  it('finds the addressees of "Urges as a matter of priority that Member States ratify"', () => {
    const [clause] = clausesOf(
      'Urges as a matter of priority that Member States ratify, accede to, and implement the relevant international conventions, such as the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol;',
      SC2014,
    );
    expect(clause).toMatchObject({ verbs: ['urge'], addressees: ['member-states'] });
  });

  it('keeps "requests … that the report be submitted to the Council no later than six months" as a request to the Secretary-General with its date', () => {
    const clauses = extractClauses(
      'Further requests that the report include recommendations of concrete options for strengthening Member States’ capabilities, and that the report be submitted to the Council no later than six months from the adoption of this resolution;',
      SC2014,
    );
    expect(clauses).toHaveLength(1);
    expect(clauses[0]!.addressees).toEqual(['secretary-general']);
    expect(clauses[0]!.reporting.map((found) => [found.body, found.due, found.relation])).toEqual([['sc', '2015-06-19', 'by-date']]);
  });
});

describe('A/RES/45/179 (OCR)', () => {
  const GA45: ClauseContext = { issuingBody: 'ga', session: 45, adopted: '1990-12-21', part: 'operative' };

  it('numbers the Economic and Social Council\'s "first regular session of 1991" by its year', () => {
    const [clause] = clausesOf(
      'Requests the Commission on Narcotic Drugs, at its thirty-fourth regular session, to consider ways and means of improving its functioning as a policy-making body and to submit its recommendations to the Economic and Social Council at its first regular session of 1991;',
      GA45,
    );
    expect(clause?.reporting).toEqual([
      ['cnd', 34, 'at'],
      ['ecosoc', 1991, 'at'],
    ]);
  });
});
