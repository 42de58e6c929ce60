/**
 * Short documents in the layouts the parser must handle beyond the corpus, written from real UN
 * texts: a Security Council resolution, an ECOSOC resolution and a CND resolution as pdftotext
 * prints them, and operative paragraphs pasted by a user.
 */
export const SECURITY_COUNCIL = [
  'United Nations',
  '',
  'S/RES/2482 (2019)',
  '',
  'Security Council',
  '',
  'Distr.: General',
  '19 July 2019',
  '',
  'Resolution 2482 (2019)',
  '',
  'Adopted by the Security Council at its 8582nd meeting, on 19 July 2019',
  '',
  'The Security Council,',
  'Reaffirming its primary responsibility for the maintenance of international peace',
  'and security in accordance with the Charter of the United Nations,',
  'Expressing concern that terrorists can benefit from organized crime, whether',
  'domestic or transnational, as a source of financing or logistical support,',
  '1.',
  'Urges Member States to continue to strengthen international cooperation to',
  'prevent and counter the links between terrorism and organized crime;',
  '2.',
  'Requests the United Nations Office on Drugs and Crime to continue to provide',
  'technical assistance to Member States, upon request, within existing mandates;',
  '3.',
  'Requests the Secretary-General to submit a report to the Security Council no',
  'later than twelve months from the adoption of this resolution on the implementation',
  'of this resolution;',
  '4.',
  'Decides to remain actively seized of the matter.',
  '',
  '19-12226 (E)',
  '',
  '*1912226*',
  '',
].join('\n');

export const ECOSOC = [
  'Economic and Social Council',
  'Substantive session of 2011',
  'Agenda item 14 (c)',
  '',
  '2011/33. Prevention, protection and international cooperation against the use of',
  'new information technologies to abuse and/or exploit children',
  'The Economic and Social Council,',
  'Recalling General Assembly resolution 44/25 of 20 November 1989,',
  'Deeply concerned about the use of new information technologies to abuse children,',
  '1. Encourages Member States to adopt legislation to criminalize all aspects of',
  'the abuse and exploitation of children;',
  '2. Requests the United Nations Office on Drugs and Crime to continue to provide',
  'technical assistance to Member States, upon request;',
  '3. Requests the Secretary-General to report to the Commission on Crime Prevention',
  'and Criminal Justice at its twenty-second session on the implementation of the present',
  'resolution.',
  '49th plenary meeting',
  '28 July 2011',
].join('\n');

export const NARCOTIC_DRUGS = [
  'Resolution 54/1',
  'Promoting international cooperation in assisting the States most affected by the',
  'transit of drugs',
  'The Commission on Narcotic Drugs,',
  'Recalling its resolution 53/1 of 12 March 2010,',
  '1. Calls upon Member States to provide technical assistance to the transit States;',
  '2. Requests the United Nations Office on Drugs and Crime to report to the Commission',
  'at its fifty-fifth session on the implementation of the present resolution.',
].join('\n');

export const PASTED_PARAGRAPHS = [
  '1. Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance to Member States, upon request;',
  '',
  '2. Invites Member States and other donors to provide extrabudgetary contributions for such purposes;',
  '',
  '3. Requests the Secretary-General to report to the General Assembly at its sixty-sixth session on the implementation of the present resolution.',
].join('\n');

/** An operative paragraph with lettered sub-paragraphs, as in General Assembly resolutions. */
export const LETTERED_SUBPARAGRAPHS = [
  'The General Assembly,',
  'Recalling its resolution 64/179 of 18 December 2009,',
  '1. Requests the United Nations Office on Drugs and Crime:',
  '(a) To continue to provide technical assistance to Member States;',
  '(b) To report to the Commission on Crime Prevention and Criminal Justice at its twentieth session;',
  '2. Invites Member States to provide extrabudgetary contributions.',
].join('\n');

/**
 * A Commission on Crime Prevention and Criminal Justice report (E/2011/30 layout): a draft for
 * ECOSOC that quotes a draft for the General Assembly, each quoted paragraph opening with a
 * quotation mark, then a resolution the Commission adopted itself.
 */
export const COMMISSION_REPORT = [
  'Commission on Crime Prevention and Criminal Justice',
  'Report on the twentieth session (4 December 2010 and 11-15 April 2011)',
  'Chapter I',
  'Matters calling for action by the Economic and Social Council or brought to its attention',
  'A. Draft resolutions for adoption by the General Assembly',
  '1. The Commission on Crime Prevention and Criminal Justice recommends to the Economic and Social Council the approval of the following draft resolution for adoption by the General Assembly:',
  'Draft resolution I',
  'Strengthening the United Nations crime prevention and criminal justice programme',
  'The Economic and Social Council recommends to the General Assembly the adoption of the following draft resolution:',
  '"The General Assembly,',
  '"Reaffirming its resolutions 46/152 of 18 December 1991 and 60/1 of 16 September 2005,',
  '"Recalling its resolution 65/232 of 21 December 2010,',
  '"1. Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance;',
  '"2. Requests the Secretary-General to submit a report to the General Assembly at its sixty-sixth session on the implementation of the present resolution."',
  'B. Resolutions adopted by the Commission',
  'Resolution 20/1',
  'Promoting long-term sustainable and integrated alternative development',
  'The Commission on Crime Prevention and Criminal Justice,',
  'Recalling its resolution 19/2 of 21 May 2010,',
  '1. Invites Member States to share best practices;',
  '2. Requests the United Nations Office on Drugs and Crime to report to the Commission at its twenty-first session on the implementation of the present resolution.',
].join('\n');

/** Operative paragraphs pasted without their numbers. */
export const PASTED_UNNUMBERED = [
  'Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance to Member States, upon request;',
  'Also requests the Secretary-General to report to the General Assembly at its sixty-sixth session on the implementation of the present resolution.',
].join('\n');
