/**
 * The vocabulary of the synthetic corpus, taken from the sample documents (A/65/457,
 * A/RES/65/232, A/RES/67/189). Texts outside mandate clauses avoid every mandate verb stem
 * (request, urge, call, invite, encourage, recommend, direct, decide, authorize, renew…), so
 * the extractor finds exactly the planted mandates and nothing else.
 */
import type { AddresseeId, MandateVerb, ResourceKind } from '../ingest/types.ts';

export const TOPICS = [
  'the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons',
  'technical assistance in implementing the international conventions and protocols related to terrorism',
  'the prevention of crimes that target cultural property',
  'the treatment of women prisoners and non-custodial measures for women offenders',
  'the smuggling of migrants by sea',
  'cybercrime and the protection of children from online exploitation',
  'the illicit trafficking in firearms, their parts and components and ammunition',
  'the fight against corruption and the return of proceeds of crime',
  'money-laundering and the financing of terrorism',
  'crime prevention and criminal justice responses to violence against women and girls',
  'juvenile justice and the reintegration of young offenders into society',
  'maritime piracy and armed robbery at sea',
  'illicit trafficking in protected species of wild fauna and flora',
  'drug trafficking along the routes from Afghanistan',
  'alternative development in regions affected by illicit crop cultivation',
  'the prevention of HIV among people who use drugs and in prison settings',
  'criminal justice reform in States emerging from conflict',
  'the United Nations standards and norms in crime prevention and criminal justice',
  'the protection of victims and witnesses of crime',
  'access to legal aid in criminal justice systems',
  'kidnapping and the taking of hostages',
  'the collection and analysis of data on crime trends',
  'economic fraud and identity-related crime',
  'the links between transnational organized crime and terrorism',
] as const;

export const TITLES = [
  'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity',
  'Improving the coordination of efforts against trafficking in persons',
  'International cooperation against the world drug problem',
  'Technical assistance for implementing the international conventions and protocols related to terrorism',
  'Strengthening crime prevention and criminal justice responses to violence against women',
  'United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders',
  'Preventing and combating corrupt practices and the transfer of proceeds of corruption',
  'Follow-up to the Twelfth United Nations Congress on Crime Prevention and Criminal Justice',
  'United Nations African Institute for the Prevention of Crime and the Treatment of Offenders',
  'Strengthening international cooperation in combating the harmful effects of illicit financial flows',
  'Countering maritime piracy through strengthened criminal justice capacity',
  'Human rights in the administration of justice',
  'Protection against trafficking in cultural property',
  'Realignment of the functions of the United Nations Office on Drugs and Crime and changes to the strategic framework',
] as const;

export const COUNTRIES = [
  'Azerbaijan',
  'Brazil',
  'Colombia',
  'Egypt',
  'Finland',
  'Ghana',
  'Italy',
  'Japan',
  'Mexico',
  'Namibia',
  'Norway',
  'Qatar',
  'Senegal',
  'Thailand',
  'Turkey',
  'Zambia',
] as const;

export const SUBJECTS = [
  'CRIME PREVENTION',
  'CRIMINAL JUSTICE',
  'TECHNICAL COOPERATION',
  'TRAFFICKING IN PERSONS',
  'TERRORISM',
  'CORRUPTION',
  'DRUG TRAFFICKING',
  'PROGRAMME EVALUATION',
  'RESOURCES ALLOCATION',
  'WOMEN PRISONERS',
] as const;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Preambular openers; the preamble is not searched for mandates, so any verb may appear. */
export const PREAMBLE_OPENERS = [
  'Recalling',
  'Recalling also',
  'Reaffirming',
  'Reaffirming also',
  'Noting with concern',
  'Noting with appreciation',
  'Deeply concerned about',
  'Convinced of the importance of',
  'Recognizing',
  'Bearing in mind',
  'Mindful of',
  'Welcoming',
  'Emphasizing',
  'Taking into consideration',
  'Expressing its grave concern at',
] as const;

/** Operative openers that state no mandate. */
export const NOTING_OPENERS = [
  'Takes note with appreciation of',
  'Takes note of',
  'Welcomes',
  'Notes with appreciation',
  'Reaffirms the importance of',
  'Recognizes',
  'Emphasizes',
  'Stresses the importance of',
  'Expresses its concern at',
  'Acknowledges',
  'Notes with concern',
  'Underlines',
] as const;

/** What the noting paragraphs take note of, each followed by a topic. */
export const NOTED_THINGS = [
  'the report of the Secretary-General on',
  'the work of the United Nations Office on Drugs and Crime on',
  'the progress achieved by Member States in',
  'the outcome of the thematic discussion held by the Commission on Crime Prevention and Criminal Justice on',
  'the efforts of regional and subregional organizations in',
  'the role of civil society and the private sector in',
  'the contribution of the programme network institutes to',
] as const;

export interface AddresseeWording {
  id: AddresseeId;
  /** As printed after the verb ("the Secretary-General"). */
  text: string;
  /** Whether UNODC delivers the mandate: such clauses may report to a body and name resources. */
  unodcFacing: boolean;
}

export const ADDRESSEES: readonly AddresseeWording[] = [
  { id: 'unodc', text: 'the United Nations Office on Drugs and Crime', unodcFacing: true },
  { id: 'unodc', text: 'the United Nations Office on Drugs and Crime', unodcFacing: true },
  {
    id: 'unodc-executive-director',
    text: 'the Executive Director of the United Nations Office on Drugs and Crime',
    unodcFacing: true,
  },
  { id: 'secretary-general', text: 'the Secretary-General', unodcFacing: true },
  { id: 'secretary-general', text: 'the Secretary-General', unodcFacing: true },
  { id: 'member-states', text: 'Member States', unodcFacing: false },
  { id: 'member-states', text: 'Member States', unodcFacing: false },
  { id: 'states-parties', text: 'States parties', unodcFacing: false },
  { id: 'ccpcj', text: 'the Commission on Crime Prevention and Criminal Justice', unodcFacing: false },
  { id: 'cnd', text: 'the Commission on Narcotic Drugs', unodcFacing: false },
  { id: 'donors', text: 'donors', unodcFacing: false },
  {
    id: 'pni-institutes',
    text: 'the institutes of the United Nations crime prevention and criminal justice programme network',
    unodcFacing: false,
  },
];

/** How each mandate verb opens a paragraph, first use and repeated use ("Also requests"). */
export const VERB_OPENERS: readonly { verb: MandateVerb; first: string; again: string; weight: number }[] = [
  { verb: 'request', first: 'Requests', again: 'Also requests', weight: 6 },
  { verb: 'urge', first: 'Urges', again: 'Further urges', weight: 3 },
  { verb: 'call upon', first: 'Calls upon', again: 'Also calls upon', weight: 2 },
  { verb: 'invite', first: 'Invites', again: 'Also invites', weight: 2 },
  { verb: 'encourage', first: 'Encourages', again: 'Further encourages', weight: 3 },
  { verb: 'reiterate-request', first: 'Reiterates its request to', again: 'Reiterates its request to', weight: 1 },
  { verb: 'decide', first: 'Decides', again: 'Also decides', weight: 1 },
];

/** What a UNODC-facing addressee is asked to do; each ends where a topic follows. */
export const UNODC_ACTIONS = [
  'continue to provide technical assistance to Member States in',
  'strengthen its research and analytical work on',
  'develop tools and training materials on',
  'enhance its cooperation with regional organizations in',
  'collect and disseminate information and good practices on',
  'support the efforts of Member States in',
  'prepare a study on',
  'intensify its efforts in',
] as const;

/** What Member States, States parties, donors and institutes are asked to do. */
export const STATE_ACTIONS = [
  'strengthen national legislation on',
  'share information and good practices on',
  'cooperate at the bilateral, subregional, regional and international levels on',
  'give priority to',
  'take effective measures on',
  'consider the adoption of national action plans on',
] as const;

/** What a commission is asked to do. */
export const COMMISSION_ACTIONS = [
  'give consideration in its thematic discussions to',
  'continue its work on',
  'include among its priorities',
] as const;

/** "Decides to …" without an addressee. */
export const DECISIONS = [
  'continue its consideration of',
  'keep under review the question of',
  'give attention to',
] as const;

export interface ResourceWording {
  kind: ResourceKind;
  text: string;
}

/** Resource conditions of UNODC-facing clauses, placed after the action. */
export const UNODC_RESOURCES: readonly ResourceWording[] = [
  { kind: 'within-existing-resources', text: 'within existing resources' },
  { kind: 'extrabudgetary', text: 'subject to the availability of extrabudgetary resources' },
];

/** Resource conditions of clauses addressed to Member States and donors. */
export const STATE_RESOURCES: readonly ResourceWording[] = [
  { kind: 'voluntary-contributions', text: 'including through voluntary contributions' },
];

/** Annex paragraphs: guidelines addressed to no one in particular, with no mandate verb. */
export const ANNEX_SENTENCES = [
  'States should consider the adoption of measures on',
  'Criminal justice institutions should give particular attention to',
  'Training of criminal justice personnel should cover',
  'Cooperation at the international level is essential in',
  'Data on the matter should be collected and analysed in a systematic manner for',
  'Legislation should be reviewed regularly to ensure effective responses to',
] as const;

/** Whole annex titles: a title ending in a capitalised name ("… Trafficking in Persons") reads,
 * on the one line of a report, as if a paragraph began there. */
export const ANNEX_TITLES = [
  'Guidelines on crime prevention and criminal justice responses with respect to trafficking in cultural property',
  'Model strategies and practical measures on the elimination of violence against children in the field of crime prevention and criminal justice',
  'Basic principles on the use of restorative justice programmes in criminal matters',
  'Plan of action on international cooperation against cybercrime',
  'Guidelines for the prevention of crime',
  'Principles and guidelines on access to legal aid in criminal justice systems',
] as const;
