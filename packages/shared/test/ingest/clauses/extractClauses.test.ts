import { describe, expect, it } from 'vitest';
import { extractClauses } from '../../../src/ingest/clauses/index.ts';
import { GA65, GA65_ANNEX, GA67 } from './helpers.ts';

/** verbs → addressees of each clause, the shape the gold files' `clauses` use. */
function clausesOf(text: string, context = GA65) {
  return extractClauses(text, context).map((clause) => ({ verbs: clause.verbs, addressees: clause.addressees }));
}

const REQUEST = ['request'];
const URGE = ['urge'];
const INVITE = ['invite'];
const ENCOURAGE = ['encourage'];

describe('paragraphs of A/65/457 and A/RES/65/232 with several clauses or hard addressees', () => {
  it.each([
    [
      'encourages it: the realignment, not an addressee',
      'Takes note, in the preceding context, of the realignment of the Division for Treaty Affairs and the Division for Operations of the United Nations Office on Drugs and Crime, and encourages it as an important step in the process of continuous improvement of the Office;',
      [],
    ],
    [
      'the Office inside the action is not an addressee',
      'Urges the Executive Director of the United Nations Office on Drugs and Crime to ensure that the Office submits to the Secretary-General a proposed programme budget for the biennium 2012-2013 that appropriately reflects the financial needs of the Office;',
      [{ verbs: URGE, addressees: ['unodc-executive-director'] }],
    ],
    [
      'two verbs, three addressees',
      'Urges the United Nations Office on Drugs and Crime and Member States and invites the institutes of the United Nations crime prevention and criminal justice programme network to continue to offer training and capacity-building opportunities, in particular for practitioners working in the area of crime prevention and criminal justice and providers of support services to victims of violence against women, and to make available and disseminate information on successful intervention models, preventive programmes and other practices;',
      [
        { verbs: URGE, addressees: ['unodc', 'member-states'] },
        { verbs: INVITE, addressees: ['pni-institutes'] },
      ],
    ],
    [
      'a request followed by a funding call',
      'Requests the United Nations Office on Drugs and Crime to intensify its efforts to ensure the widest possible use and dissemination of the updated Model Strategies and Practical Measures, as an efficient and practical way to disseminate the relevant content, and invites Member States and other donors to provide extrabudgetary contributions for that purpose, in accordance with the rules and procedures of the United Nations;',
      [
        { verbs: REQUEST, addressees: ['unodc'] },
        { verbs: INVITE, addressees: ['member-states', 'donors'] },
      ],
    ],
    [
      'Reiterates its request, then invites Member States',
      'Reiterates its request to the United Nations Office on Drugs and Crime to enhance its technical assistance to Member States, upon request, to strengthen international cooperation in preventing and combating terrorism, in close consultation with the Counter-Terrorism Committee and its Executive Directorate, as well as to continue to contribute to the work of the Counter-Terrorism Implementation Task Force, and invites Member States to provide the Office with appropriate resources for its mandate;',
      [
        { verbs: ['request', 'reiterate-request'], addressees: ['unodc'] },
        { verbs: INVITE, addressees: ['member-states'] },
      ],
    ],
    [
      'a request after a first clause that recognizes',
      'Recognizes the efforts made by the United Nations Office on Drugs and Crime to assist Member States in developing abilities and strengthening their capacity to prevent and combat kidnapping, and requests the Office to continue to provide technical assistance with a view to fostering international cooperation;',
      [{ verbs: REQUEST, addressees: ['unodc'] }],
    ],
    [
      'Requests that …: the Secretariat group is only mentioned',
      'Requests that the United Nations Office on Drugs and Crime continue to provide technical assistance to Member States, upon request, to strengthen the rule of law, taking also into account the work undertaken by the Rule of Law Coordination and Resource Group of the Secretariat and other relevant United Nations bodies;',
      [{ verbs: REQUEST, addressees: ['unodc'] }],
    ],
    [
      'UNODC as beneficiary of Member States’ support',
      'Encourages Member States to support the United Nations Office on Drugs and Crime in continuing to provide targeted technical assistance, within its existing mandates, to strengthen the capacity of Member States;',
      [{ verbs: ENCOURAGE, addressees: ['member-states'] }],
    ],
  ])('%s', (_why, text, expected) => {
    expect(clausesOf(text)).toEqual(expected);
  });
});

describe('paragraphs of A/RES/67/189, with PDF residue left in the text', () => {
  it.each([
    [
      'urges States parties … and encourages Member States and UNODC',
      'Underlines the need for the urgent adoption of the mechanism to review the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto aimed at assisting States parties in the implementation of the Convention and the Protocols thereto, urges States parties to continue to be actively engaged in this endeavour, on the basis of the work already accomplished by the open-ended intergovernmental working group, and encourages Member States and the United Nations Office on Drugs and Crime to facilitate technical assistance for the purposes of the implementation of the Convention and the Protocols thereto;',
      [
        { verbs: URGE, addressees: ['states-parties'] },
        { verbs: ENCOURAGE, addressees: ['member-states', 'unodc'] },
      ],
    ],
    [
      'Recommends that Member States …, and requests UNODC (a running page header inside)',
      'Recommends that Member States, as appropriate to their national contexts, adopt a comprehensive and integrated approach to crime prevention and criminal justice reform, based on baseline assessments and data collection and Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity focusing on all sectors of the justice system, and develop crime prevention policies, strategies and programmes, and requests the United Nations Office on Drugs and Crime to continue to provide technical assistance, upon request, to Member States for this purpose;',
      [
        { verbs: ['recommend'], addressees: ['member-states'] },
        { verbs: REQUEST, addressees: ['unodc'] },
      ],
    ],
    [
      'three clauses joined by commas and "and also"',
      'Urges Member States to strengthen bilateral, regional and international cooperation to enable the return of assets illicitly acquired from corruption to the countries of origin, upon their request, in accordance with the provisions of the United Nations Convention against Corruption for asset recovery, in particular chapter V, requests the United Nations Office on Drugs and Crime, within its existing mandate, to continue providing assistance to bilateral, regional and international efforts for that purpose, and also urges Member States to combat and penalize corruption, as well as the laundering of its proceeds;',
      [
        { verbs: URGE, addressees: ['member-states'] },
        { verbs: REQUEST, addressees: ['unodc'] },
        { verbs: URGE, addressees: ['member-states'] },
      ],
    ],
    [
      'strongly encourages',
      'Requests the United Nations Office on Drugs and Crime, within its existing mandate, to continue strengthening the regular collection, analysis and dissemination of accurate, reliable and comparable data and information, and strongly encourages Member States to share such data and information with the Office;',
      [
        { verbs: REQUEST, addressees: ['unodc'] },
        { verbs: ENCOURAGE, addressees: ['member-states'] },
      ],
    ],
  ])('%s', (_why, text, expected) => {
    expect(clausesOf(text, GA67)).toEqual(expected);
  });
});

describe('what a clause carries besides verb and addressees', () => {
  it('reads action, resource condition and spans of A/RES/67/189, paragraph 38', () => {
    const text =
      'Requests the United Nations Office on Drugs and Crime, in collaboration and close consultation with Member States and within existing resources, to continue to support the enhancement of capacity and skills in the field of forensic sciences;';
    const [clause] = extractClauses(text, GA67);
    expect(clause!.action).toBe('to continue to support the enhancement of capacity and skills in the field of forensic sciences');
    expect(clause!.resources.map((condition) => condition.kind)).toEqual(['within-existing-resources']);
    expect(text.slice(clause!.spans.verbs[0]!.start, clause!.spans.verbs[0]!.end)).toBe('Requests');
    expect(text.slice(clause!.spans.addressees[0]!.start, clause!.spans.addressees[0]!.end)).toBe('the United Nations Office on Drugs and Crime');
    expect(text.slice(clause!.spans.resources[0]!.start, clause!.spans.resources[0]!.end)).toBe('within existing resources');
    expect(text.slice(clause!.spans.clause.start, clause!.spans.clause.end)).toBe(text.slice(0, -1));
  });

  it('names the programme of A/RES/67/189, paragraph 14', () => {
    const text =
      'Urges the United Nations Office on Drugs and Crime to continue to provide technical assistance to Member States, upon request, through its Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism, to combat money-laundering and the financing of terrorism;';
    expect(extractClauses(text, GA67)[0]!.programmes).toEqual(['Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism']);
  });

  it('reports to two commissions (A/65/457, resolution I, paragraph 14)', () => {
    const text =
      'Requests the Executive Director of the United Nations Office on Drugs and Crime to report to the Commission on Crime Prevention and Criminal Justice at its twentieth session and the Commission on Narcotic Drugs at its fifty-fourth session, on the implementation of the realignment of the Division for Treaty Affairs and the Division for Operations.';
    const [clause] = extractClauses(text, GA65);
    expect(clause!.reporting.map(({ body, session, relation }) => ({ body, session, relation }))).toEqual([
      { body: 'ccpcj', session: 20, relation: 'at' },
      { body: 'cnd', session: 54, relation: 'at' },
    ]);
    expect(clause!.spans.reporting.map((span) => text.slice(span.start, span.end))).toEqual(['its twentieth session', 'its fifty-fourth session']);
  });

  it('leaves the deadline of "the report referred to in paragraph 36 above" to paragraph 36', () => {
    const text =
      'Also requests the Secretary-General to include in the report referred to in paragraph 36 above information on the status of ratifications or accessions to the United Nations Convention against Transnational Organized Crime and the Protocols thereto.';
    const [clause] = extractClauses(text, GA65);
    expect(clause!.crossReferences).toEqual(['36']);
    expect(clause!.reporting).toEqual([]);
  });

  it('gives the shared action to a verb whose addressees run into the next clause', () => {
    const text =
      'Urges the United Nations Office on Drugs and Crime and Member States and invites the institutes of the United Nations crime prevention and criminal justice programme network to continue to offer training;';
    const [urge, invite] = extractClauses(text, GA65);
    expect(urge!.action).toBe('to continue to offer training');
    expect(invite!.action).toBe('to continue to offer training');
  });
});

describe('annexed declarations (A/65/457, resolution IV, Salvador Declaration)', () => {
  it.each([
    [
      'We invite the Commission on Crime Prevention and Criminal Justice to consider requesting the United Nations Office on Drugs and Crime to design and provide to States specific technical assistance programmes to achieve these aims.',
      [{ verbs: INVITE, addressees: ['ccpcj'] }],
    ],
    [
      'We strongly recommend the allocation of sufficient human and financial resources to develop and implement effective policies. In this regard, we stress the serious need to provide the United Nations Office on Drugs and Crime with a level of resources commensurate with its mandate. We call on Member States and other international donors to support, and coordinate with, the United Nations Office on Drugs and Crime.',
      [{ verbs: ['call upon'], addressees: ['member-states', 'donors'] }],
    ],
    [
      'We recommend that the United Nations Office on Drugs and Crime, upon request, provide, in cooperation with Member States, relevant international organizations and the private sector, technical assistance and training to States.',
      [{ verbs: ['recommend'], addressees: ['unodc'] }],
    ],
    [
      'We realize the vulnerability of children, and we call upon the private sector to promote and support efforts to prevent child sexual abuse and exploitation through the Internet.',
      [{ verbs: ['call upon'], addressees: ['other'] }],
    ],
  ])('%s', (text, expected) => {
    expect(clausesOf(text, GA65_ANNEX)).toEqual(expected);
  });
});

describe('regressions', () => {
  it('finds a session stated between the addressee and the infinitive', () => {
    const text = 'Requests the Commission on Crime Prevention and Criminal Justice, at its twentieth session, to consider options to improve the efficiency of the congresses;';
    const [clause] = extractClauses(text, GA65);
    expect(clause!.reporting.map(({ body, session }) => [body, session])).toEqual([['ccpcj', 20]]);
  });

  it('reads "Secretary- General" split by a line break, and the OCR misreading "Secretary-Generai"', () => {
    expect(clausesOf('Requests the Secretary- General to report on progress;')).toEqual([{ verbs: REQUEST, addressees: ['secretary-general'] }]);
    expect(clausesOf('Requests the Secretary-Generai to report on progress;')).toEqual([{ verbs: REQUEST, addressees: ['secretary-general'] }]);
  });

  it('does not let "to that end" or "in this regard" hide the next clause', () => {
    const text =
      'Stresses the importance of data collection, and to that end requests the Office to continue its work, and in this regard invites Member States to share data with the Office;';
    expect(clausesOf(text)).toEqual([
      { verbs: REQUEST, addressees: ['unodc'] },
      { verbs: INVITE, addressees: ['member-states'] },
    ]);
  });
});
