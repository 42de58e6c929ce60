import { describe, expect, it } from 'vitest';
import { extractClauses } from '../../../src/ingest/clauses/index.ts';
import type { ClauseContext } from '../../../src/ingest/clauses/index.ts';

/** General Assembly, sixty-sixth session, adopted 19 December 2011 (A/RES/66/181, 66/183). */
const GA66: ClauseContext = { issuingBody: 'ga', session: 66, adopted: '2011-12-19', part: 'operative' };

/** Verbs, addressees and deadlines of every clause of `text`. */
function clausesOf(text: string, context: ClauseContext = GA66) {
  return extractClauses(text, context).map((clause) => ({
    verbs: clause.verbs,
    addressees: clause.addressees,
    reporting: clause.reporting.map((found) => [found.body, found.session, found.relation]),
  }));
}

describe('a second addressee after an "as …" aside', () => {
  it.each([
    [
      'Invites the Commission on Narcotic Drugs, as the principal policymaking body of the United Nations with prime responsibility for drug control matters, and the International Narcotics Control Board to strengthen their cooperation;',
      ['cnd', 'other'],
    ],
    [
      'Requests the United Nations Office on Drugs and Crime, as the secretariat of the Conference, and the Secretary-General to provide assistance;',
      ['unodc', 'secretary-general'],
    ],
    // An aside followed by the action, not by another addressee, still ends the list.
    ['Recommends that Member States, as appropriate to their national contexts, adopt a comprehensive and integrated approach;', ['member-states']],
  ])('%s', (text, expected) => {
    expect(clausesOf(text)[0]?.addressees).toEqual(expected);
  });
});

describe('a second addressee with its own infinitive after the first action', () => {
  it.each([
    ['Urges States that have not done so to ratify the Convention, and States parties to implement it fully;', ['member-states', 'states-parties']],
    [
      'Urges Member States to cooperate with the United Nations Office on Drugs and Crime, and the Office to assist them in the implementation of the Strategy;',
      ['member-states', 'unodc'],
    ],
    // Objects listed in the action are no addressees.
    ['Urges States to ratify the Convention against Corruption, and the Protocols thereto, and to implement them;', ['member-states']],
    ['Requests the Secretary-General to provide assistance to Member States, and to report thereon;', ['secretary-general']],
  ])('%s', (text, expected) => {
    expect(clausesOf(text)[0]?.addressees).toEqual(expected);
  });
});

describe('"their next sessions" after two bodies', () => {
  it('gives a deadline before the next session of each body named', () => {
    const [clause] = clausesOf(
      'Requests the Secretary-General to submit a report to the Commission on Crime Prevention and Criminal Justice and the Commission on Narcotic Drugs before their next sessions;',
    );
    expect(clause?.reporting).toEqual([
      ['ccpcj', null, 'before'],
      ['cnd', null, 'before'],
    ]);
  });

  it('still reads "its next session" as the one body named', () => {
    const [clause] = clausesOf('Requests the Secretary-General to report to the General Assembly at its next session;');
    expect(clause?.reporting).toEqual([['ga', 67, 'at']]);
  });
});

describe('"that session"', () => {
  it.each([
    [
      'Decides to include in the provisional agenda of its sixty-seventh session the item entitled "Crime prevention and criminal justice", and requests the Secretary-General to submit a report to it at that session;',
      [['ga', 67, 'at']],
    ],
    ['Requests the Secretary-General to report to the General Assembly at its sixty-seventh session and to brief the Assembly at that session;', [['ga', 67, 'at']]],
  ])('%s', (text, expected) => {
    const clauses = clausesOf(text);
    expect(clauses[clauses.length - 1]?.reporting).toEqual(expected);
  });

  it('gives nothing when the session named before is already over', () => {
    const clauses = clausesOf('Recalls the decisions taken at its sixty-fifth session and requests the Secretary-General to report at that session;');
    expect(clauses[clauses.length - 1]?.reporting).toEqual([]);
  });
});

describe('"urges them" after a group that is not a State', () => {
  it.each([
    [
      'Notes with appreciation the work of the institutes of the United Nations crime prevention and criminal justice programme network, and urges them to continue to cooperate;',
      ['pni-institutes'],
    ],
    ['Welcomes the efforts of transit countries and urges them to continue to strengthen border controls;', ['member-states']],
    ['Commends the non-governmental organizations for their work and encourages them to continue to assist victims;', ['other']],
    ['Takes note of the report of the Secretary-General and requests him to submit an updated report;', ['secretary-general']],
  ])('%s', (text, expected) => {
    const clauses = clausesOf(text);
    expect(clauses[clauses.length - 1]?.addressees).toEqual(expected);
  });
});
