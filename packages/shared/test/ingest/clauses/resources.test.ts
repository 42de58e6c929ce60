import { describe, expect, it } from 'vitest';
import { findProgrammes } from '../../../src/ingest/clauses/programmes.ts';
import { findResources } from '../../../src/ingest/clauses/resources.ts';

function resources(text: string) {
  return findResources(text, 0, text.length).map(({ kind, text: words }) => ({ kind, words }));
}

describe('resource conditions and funding calls', () => {
  it.each([
    ['Requests the United Nations Office on Drugs and Crime to enhance its efforts, within existing resources and with the support of Member States, to assist', [{ kind: 'within-existing-resources', words: 'within existing resources' }]],
    ['to prepare a study, subject to the availability of extrabudgetary resources, on the matter', [{ kind: 'extrabudgetary', words: 'subject to the availability of extrabudgetary resources' }]],
    ['to convene the meeting from extrabudgetary resources', [{ kind: 'extrabudgetary', words: 'from extrabudgetary resources' }]],
    ['Invites Member States and other donors to provide extrabudgetary contributions for such purposes', [{ kind: 'voluntary-contributions', words: 'provide extrabudgetary contributions' }]],
    ['Urges Member States to make voluntary contributions to the Fund', [{ kind: 'voluntary-contributions', words: 'make voluntary contributions' }]],
    ['Requests the Secretary-General, in his proposed programme budget for the biennium 2012-2013, to devote due attention', [{ kind: 'regular-budget', words: 'in his proposed programme budget' }]],
    ['Requests the Secretary-General to continue to provide the United Nations Office on Drugs and Crime with adequate resources', [{ kind: 'adequate-resources', words: 'adequate resources' }]],
    ['invites Member States to provide the Office with appropriate resources for its mandate', [{ kind: 'adequate-resources', words: 'appropriate resources' }]],
  ])('%s', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });

  it('does not read advice about existing resources as a condition', () => {
    expect(resources('taking into account the need to make the best possible use of existing resources')).toEqual([]);
  });

  it('gives spans that slice back to the phrase', () => {
    const text = 'to enhance its efforts, within existing resources, to assist';
    const [condition] = findResources(text, 0, text.length);
    expect(text.slice(condition!.span.start, condition!.span.end)).toBe('within existing resources');
  });
});

describe('programmes named in a clause', () => {
  it.each([
    ['Urges the United Nations Office on Drugs and Crime to continue to provide technical assistance through its Global Programme against Money-Laundering to Member States', ['Global Programme against Money-Laundering']],
    [
      'Urges the United Nations Office on Drugs and Crime to continue to provide technical assistance through its Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism, to Member States',
      ['Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism'],
    ],
    ['Invites Member States to contribute to the United Nations Crime Prevention and Criminal Justice Fund', ['United Nations Crime Prevention and Criminal Justice Fund']],
    ['in particular the Global Programme against Trafficking in Persons and the Container Control Programme', ['Global Programme against Trafficking in Persons', 'Container Control Programme']],
    ['in close cooperation with the United Nations Development Programme and the World Food Programme', []],
    ['Invites the institutes of the United Nations Crime Prevention and Criminal Justice Programme Network to continue', []],
  ])('%s', (text, expected) => {
    expect(findProgrammes(text, 0, text.length)).toEqual(expected);
  });
});
