import { describe, expect, it } from 'vitest';
import { findClauseOpeners } from '../../../src/ingest/clauses/verbs.ts';

/** The mandate verbs of each clause opener in text order, with the verb words as printed. */
function mandateOpeners(text: string, part: 'operative' | 'annex' = 'operative') {
  return findClauseOpeners(text, part)
    .filter((opener) => opener.mandate)
    .map((opener) => ({ verbs: opener.verbs, words: text.slice(opener.verbSpan.start, opener.verbSpan.end) }));
}

describe('clause openers in operative paragraphs of the corpus', () => {
  it.each([
    ['Requests the Executive Director of the United Nations Office on Drugs and Crime to ensure the sustainability', [{ verbs: ['request'], words: 'Requests' }]],
    ['Also requests the United Nations Office on Drugs and Crime to continue to provide', [{ verbs: ['request'], words: 'requests' }]],
    ['Further requests the United Nations Office on Drugs and Crime to increase its cooperation', [{ verbs: ['request'], words: 'requests' }]],
    ['Calls upon the United Nations Office on Drugs and Crime to continue to work closely with the Institute;', [{ verbs: ['call upon'], words: 'Calls upon' }]],
    ['Reiterates its request to the United Nations Office on Drugs and Crime to enhance its technical assistance', [{ verbs: ['request', 'reiterate-request'], words: 'Reiterates its request to' }]],
    ['Recommends that Member States, as appropriate to their national contexts, adopt a comprehensive and integrated approach', [{ verbs: ['recommend'], words: 'Recommends' }]],
    [
      'Recognizes the efforts made by the United Nations Office on Drugs and Crime to assist Member States in developing abilities, and requests the Office to continue to provide technical assistance',
      [{ verbs: ['request'], words: 'requests' }],
    ],
    [
      'Urges the United Nations Office on Drugs and Crime and Member States and invites the institutes of the United Nations crime prevention and criminal justice programme network to continue to offer training',
      [
        { verbs: ['urge'], words: 'Urges' },
        { verbs: ['invite'], words: 'invites' },
      ],
    ],
    [
      'Underlines the need for the urgent adoption of the mechanism, urges States parties to continue to be actively engaged in this endeavour and encourages Member States and the United Nations Office on Drugs and Crime to facilitate technical assistance',
      [
        { verbs: ['urge'], words: 'urges' },
        { verbs: ['encourage'], words: 'encourages' },
      ],
    ],
    [
      'Urges Member States to strengthen bilateral, regional and international cooperation, requests the United Nations Office on Drugs and Crime, within its existing mandate, to continue providing assistance, and also urges Member States to combat and penalize corruption',
      [
        { verbs: ['urge'], words: 'Urges' },
        { verbs: ['request'], words: 'requests' },
        { verbs: ['urge'], words: 'urges' },
      ],
    ],
    [
      'Urges Member States and the United Nations system to give attention to data on violence against women, and, in that context, welcomes the establishment of the database, and urges Member States and the United Nations system to regularly provide information',
      [
        { verbs: ['urge'], words: 'Urges' },
        { verbs: ['urge'], words: 'urges' },
      ],
    ],
    ['Reguests the Secretary-General to report to the General Assembly at its forty-eighth session', [{ verbs: ['request'], words: 'Reguests' }]],
    ['Urqes Member States to provide the Secretary-General with the information requested;', [{ verbs: ['urge'], words: 'Urqes' }]],
    ['Decides to include in the provisional agenda of its sixty-sixth session the item entitled "Crime prevention and criminal justice".', [{ verbs: ['decide'], words: 'Decides' }]],
    ['Reaffirms its request to the Secretary-General to ensure that the Office has sufficient resources', [{ verbs: ['request', 'reiterate-request'], words: 'Reaffirms its request to' }]],
    ['Authorizes the Secretary-General to enter into an agreement with the Government of Qatar', [{ verbs: ['authorize'], words: 'Authorizes' }]],
  ])('%s', (text, expected) => {
    expect(mandateOpeners(text)).toEqual(expected);
  });
});

describe('verbs that do not open a mandate', () => {
  it.each([
    ['Reaffirms the importance of the United Nations Office on Drugs and Crime in the fulfilment of its mandate;'],
    ['Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 64/179;'],
    ['Welcomes the work of the Office and notes the requests of Member States for technical assistance;'],
    ['Notes with concern the financial situation of the United Nations Office on Drugs and Crime;'],
    ['Emphasizes that, when sentencing or deciding on pretrial measures for a pregnant woman, non-custodial measures should be preferred;'],
    ['Stresses the need to respond to the requests of Member States for technical assistance, and requests for assistance received by the Office;'],
  ])('%s', (text) => {
    expect(mandateOpeners(text)).toEqual([]);
  });

  it('does not take "requests" inside a noun phrase for a second clause', () => {
    const text =
      'Calls upon States parties to the United Nations Convention against Corruption to give particular and timely consideration to the execution of requests for international mutual legal assistance';
    expect(mandateOpeners(text)).toEqual([{ verbs: ['call upon'], words: 'Calls upon' }]);
  });
});

describe('first-person clauses of annexed declarations', () => {
  it.each([
    [
      'Bearing in mind the universal character of the United Nations standards and norms, we invite the Commission on Crime Prevention and Criminal Justice to consider reviewing them. In order to render them effective, we recommend that appropriate efforts be made.',
      [
        { verbs: ['invite'], words: 'invite' },
        { verbs: ['recommend'], words: 'recommend' },
      ],
    ],
    [
      'We recognize the increasing risk of the convergence of transnational organized crime. We call upon Member States to cooperate, including through information-sharing.',
      [{ verbs: ['call upon'], words: 'call upon' }],
    ],
    [
      'We welcome the decision of the Commission to engage in a thematic debate, and invite the Commission to conduct appropriate follow-up.',
      [{ verbs: ['invite'], words: 'invite' }],
    ],
    ['We also call upon all States parties to use those instruments.', [{ verbs: ['call upon'], words: 'call upon' }]],
    ['We request the Secretary-General to bring the present Declaration to the attention of all Member States.', [{ verbs: ['request'], words: 'request' }]],
  ])('%s', (text, expected) => {
    expect(mandateOpeners(text, 'annex')).toEqual(expected);
  });
});
