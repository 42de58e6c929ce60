import { describe, expect, it } from 'vitest';
import { parseAddressees } from '../../../src/ingest/clauses/addressees.ts';
import type { ClauseContext } from '../../../src/ingest/clauses/index.ts';
import { GA65 } from './helpers.ts';

/** Addressee ids of the phrase after the first word (the verb) of `text`. */
function addresseesAfterVerb(text: string, context: ClauseContext = GA65) {
  const verbEnd = /^\S+(?:\s+(?:upon|its\s+request\s+to))?/u.exec(text)![0].length;
  return parseAddressees(text, verbEnd, text.length, context).addressees.map((addressee) => addressee.id);
}

describe('addressees of corpus clauses', () => {
  it.each([
    ['Requests the United Nations Office on Drugs and Crime to intensify its efforts', ['unodc']],
    ['Requests the Office to continue to provide technical assistance', ['unodc']],
    ['Urges UNODC to continue its work', ['unodc']],
    ['Requests the Executive Director of the United Nations Office on Drugs and Crime to ensure the sustainability of the Strategic Planning Unit', ['unodc-executive-director']],
    ['Requests the Secretary-General, in his proposed programme budget for the biennium 2012-2013, to devote due attention', ['secretary-general']],
    ['Urges the Secretariat to swiftly implement that decision', ['secretariat']],
    ['Urges the United Nations Office on Drugs and Crime and Member States and invites the institutes', ['unodc', 'member-states']],
    ['Invites the institutes of the United Nations crime prevention and criminal justice programme network to continue to offer training', ['pni-institutes']],
    ['Invites Member States and other donors to provide extrabudgetary contributions for such purposes', ['member-states', 'donors']],
    ['Invites Governments to take into consideration the Salvador Declaration', ['member-states']],
    ['Urges all States that have not already done so to consider ratifying or acceding to the Convention', ['member-states']],
    ['Calls upon States parties to the United Nations Convention against Corruption to give particular and timely consideration', ['states-parties']],
    ['Urges States parties to those conventions and protocols to make efforts towards their full implementation', ['states-parties']],
    ['Encourages Member States and the United Nations Office on Drugs and Crime to facilitate technical assistance', ['member-states', 'unodc']],
    ['Urges Member States and the United Nations system to give attention to', ['member-states', 'un-system']],
    ['Invites specialized agencies of the United Nations system and relevant regional and international intergovernmental and non-governmental organizations to engage', ['un-system']],
    ['Requests the Commission on Crime Prevention and Criminal Justice to consider at its twentieth session options', ['ccpcj']],
    ['Requests the Commission to establish an open-ended intergovernmental expert group', ['ccpcj']],
    ['Urges all Member States and non-governmental organizations and the international community to continue adopting concrete practical measures', ['member-states', 'other', 'other']],
    ['Reiterates its request to the United Nations Office on Drugs and Crime to enhance its technical assistance', ['unodc']],
    ['Requests that the United Nations Office on Drugs and Crime continue to provide technical assistance to Member States', ['unodc']],
    ['Recommends that Member States, as appropriate to their national contexts, adopt a comprehensive and integrated approach', ['member-states']],
    ['Recommends to the General Assembly the adoption of the following draft resolution:', ['ga']],
  ])('%s', (text, expected) => {
    expect(addresseesAfterVerb(text)).toEqual(expected);
  });
});

describe('entities that are not addressees', () => {
  it.each([
    ['Encourages it as an important step in the process of continuous improvement of the Office;'],
    ['Encourages greater international cooperation in systematic research and the collection of data'],
    ['Recommends the allocation of sufficient human and financial resources to develop and implement effective policies'],
  ])('%s', (text) => {
    expect(addresseesAfterVerb(text)).toEqual([]);
  });

  it.each([
    ['Requests the United Nations Office on Drugs and Crime, in collaboration and close consultation with Member States and within existing resources, to continue', ['unodc']],
    ['Urges Member States and relevant international organizations to develop strategies, in cooperation with the United Nations crime prevention and criminal justice programme', ['member-states', 'other']],
    ['Encourages Member States to support the United Nations Office on Drugs and Crime in continuing to provide targeted technical assistance', ['member-states']],
    ['Requests the Secretary-General to continue to provide the United Nations Office on Drugs and Crime with adequate resources', ['secretary-general']],
    ['Invites the Commission on Crime Prevention and Criminal Justice to consider requesting the United Nations Office on Drugs and Crime to design programmes', ['ccpcj']],
  ])('leaves partners and objects out: %s', (text, expected) => {
    expect(addresseesAfterVerb(text)).toEqual(expected);
  });
});

describe('context decides what "the Commission", "the Council" and pronouns mean', () => {
  it('reads a bare "the Commission" as the issuing commission', () => {
    const text = 'Requests the Commission to consider the matter';
    expect(addresseesAfterVerb(text, { ...GA65, issuingBody: 'cnd' })).toEqual(['cnd']);
    expect(addresseesAfterVerb(text, { ...GA65, issuingBody: 'ga' })).toEqual(['ccpcj']);
    expect(addresseesAfterVerb(text, { ...GA65, issuingBody: 'ga', commission: 'cnd' })).toEqual(['cnd']);
  });

  it('reads a bare "the Executive Director" as UNODC’s only where UNODC is the likely one', () => {
    const text = 'Requests the Executive Director to report on progress';
    expect(addresseesAfterVerb(text, { ...GA65, issuingBody: 'cnd' })).toEqual(['unodc-executive-director']);
    expect(addresseesAfterVerb(text, { ...GA65, issuingBody: 'hrc' })).toEqual(['other']);
    expect(addresseesAfterVerb(`${text} of the United Nations Office on Drugs and Crime`, { ...GA65, issuingBody: 'hrc' })).toEqual(['unodc-executive-director']);
  });

  it('reads a bare "the Office" in a Human Rights Council text as the High Commissioner’s Office', () => {
    expect(addresseesAfterVerb('Requests the Office to continue to provide technical cooperation', { ...GA65, issuingBody: 'hrc' })).toEqual(['other']);
  });

  it('reads a bare "the Council" as the Security Council in its own resolutions', () => {
    expect(addresseesAfterVerb('Requests the Council to keep the matter under review', { ...GA65, issuingBody: 'sc' })).toEqual(['sc']);
  });

  it('resolves "him" to the Secretary-General named earlier in the paragraph', () => {
    const text = 'Takes note of the report of the Secretary-General and requests him to submit a further report';
    const verbEnd = text.indexOf('requests') + 'requests'.length;
    expect(parseAddressees(text, verbEnd, text.length, GA65).addressees.map((found) => found.id)).toEqual(['secretary-general']);
  });

  it('gives addressee spans that slice back to the names', () => {
    const text = 'Urges the United Nations Office on Drugs and Crime and Member States to continue';
    const spans = parseAddressees(text, 5, text.length, GA65).addressees.map((found) => text.slice(found.span.start, found.span.end));
    expect(spans).toEqual(['the United Nations Office on Drugs and Crime', 'Member States']);
  });
});

describe('addressees of other UN bodies', () => {
  it.each([
    ['Requests the United Nations High Commissioner for Human Rights to present a report to the Human Rights Council', ['other']],
    ['Requests the Office of the United Nations High Commissioner for Human Rights to provide assistance', ['other']],
    ['Requests the Secretary-General and the Executive Director of the United Nations Office on Drugs and Crime to continue', ['secretary-general', 'unodc-executive-director']],
    ['Requests the United Nations Office on Drugs and Crime and other relevant United Nations entities, within their mandates, to assist', ['unodc', 'un-system']],
    ['Urges Member States, the United Nations Office on Drugs and Crime and other relevant organizations to cooperate', ['member-states', 'unodc', 'other']],
    ['Requests the Monitoring Team to continue its work', ['other']],
    ['Requests the United Nations Office on Drugs and Crime: (a) To continue providing technical assistance;', ['unodc']],
  ])('%s', (text, expected) => {
    expect(addresseesAfterVerb(text)).toEqual(expected);
  });
});

describe('members singled out of a group of addressees', () => {
  it.each([
    ['Invites the relevant United Nations entities, in particular the United Nations Office on Drugs and Crime, to continue to assist', ['un-system', 'unodc']],
    ['Urges the international community, including the United Nations Office on Drugs and Crime, to support the region', ['other', 'unodc']],
    ['Urges Member States, in cooperation with the United Nations Office on Drugs and Crime, to adopt measures', ['member-states']],
  ])('%s', (text, expected) => {
    expect(addresseesAfterVerb(text)).toEqual(expected);
  });
});
