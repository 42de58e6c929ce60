import { describe, expect, it } from 'vitest';
import type { ClauseContext } from '../../../src/ingest/clauses/index.ts';
import { findReporting } from '../../../src/ingest/clauses/reporting.ts';
import { GA65, GA67 } from './helpers.ts';

/** The obligations of a whole clause, without spans. */
function reportingOf(text: string, context: ClauseContext = GA65) {
  return findReporting(text, 0, 0, text.length, context).reporting.map(({ span: _span, ...rest }) => rest);
}

function at(body: ClauseContext['issuingBody'], session: number | null, extra: Record<string, unknown> = {}) {
  return { body, session, due: null, relation: 'at', untilSession: null, recurrence: null, inheritedFrom: null, ...extra };
}

describe('session deadlines from the corpus', () => {
  it.each([
    [
      'Requests the Executive Director of the United Nations Office on Drugs and Crime to report to the Commission on Crime Prevention and Criminal Justice at its twentieth session and the Commission on Narcotic Drugs at its fifty-fourth session, on the implementation of the realignment',
      [at('ccpcj', 20), at('cnd', 54)],
    ],
    ['Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice at its twenty-first session on the implementation of the present resolution.', [at('ccpcj', 21)]],
    ['Requests the Secretary-General to submit to it, at its sixty-sixth session, a report on the implementation of the present resolution.', [at('ga', 66)]],
    ['Requests the Secretary-General to submit a report to the General Assembly at its sixty-sixth session on the implementation of the present resolution;', [at('ga', 66)]],
    [
      'Requests the Secretary-General to distribute the report of the Twelfth Congress, and to seek proposals by Member States for ways and means of ensuring appropriate follow-up to the Salvador Declaration for consideration and action by the Commission on Crime Prevention and Criminal Justice at its twentieth session;',
      [at('ccpcj', 20, { relation: 'for-consideration-at' })],
    ],
    ['Requests the Commission on Crime Prevention and Criminal Justice to consider at its twentieth session options to improve the efficiency of the process', [at('ccpcj', 20)]],
    [
      'Requests the Commission on Crime Prevention and Criminal Justice to establish an open-ended intergovernmental expert group, to be convened prior to the twentieth session of the Commission, to conduct a comprehensive study',
      [at('ccpcj', 20, { relation: 'before' })],
    ],
    [
      'Also requests the Commission on Crime Prevention and Criminal Justice to establish an open-ended intergovernmental expert group, to be convened between the twentieth and twenty-first sessions of the Commission, to exchange information',
      [at('ccpcj', 20, { relation: 'between', untilSession: 21 })],
    ],
  ])('%s', (text, expected) => {
    expect(reportingOf(text)).toEqual(expected);
  });
});

describe('sessions that are not deadlines', () => {
  it.each([
    ['Also encourages Member States to give full effect to the resolutions adopted by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime at its sixth session;', GA67],
    ['Also welcomes the consideration of issues addressed in separate resolutions approved by the Commission at its nineteenth session, such as violence against migrants', GA65],
    ['Requests the Secretary-General to take into account the report of the Commission on Crime Prevention and Criminal Justice on its nineteenth session', GA65],
    ['Encourages the expert group to present the outcome of the study to the Commission on Crime Prevention and Criminal Justice in due course;', GA67],
    ['Decides to include in the provisional agenda of its sixty-sixth session the item entitled "Crime prevention and criminal justice".', GA65],
    ['Requests the Secretary-General to take into account the recommendations made at its sixty-fourth session', GA65],
  ])('%s', (text, context) => {
    expect(reportingOf(text, context)).toEqual([]);
  });
});

describe('deadlines in the style of other bodies', () => {
  const SC: ClauseContext = { issuingBody: 'sc', session: null, adopted: '2012-07-27', part: 'operative' };
  const CND: ClauseContext = { issuingBody: 'cnd', session: 54, adopted: '2011-03-25', part: 'operative' };
  const ECOSOC: ClauseContext = { issuingBody: 'ecosoc', session: 2011, adopted: '2011-07-28', part: 'operative' };

  it.each([
    ['Requests the Secretary-General to report to the Council no later than six months from the adoption of this resolution', SC, [at('sc', null, { due: '2013-01-27', relation: 'by-date' })]],
    ['Requests the Secretary-General to report to the Security Council within 90 days on progress made in the implementation of this resolution', SC, [at('sc', null, { due: '2012-10-25', relation: 'within' })]],
    ['Requests the United Nations Office on Drugs and Crime to report to the Commission at its fifty-fifth session on the implementation of the present resolution', CND, [at('cnd', 55)]],
    ['Requests the Secretariat to submit to the Commission on Narcotic Drugs at its reconvened fifty-fourth session a report', CND, [at('cnd', 54)]],
    ['Requests the Secretary-General to report to the Economic and Social Council at its substantive session of 2013 on the implementation of the present resolution', ECOSOC, [at('ecosoc', 2013)]],
    ['Requests the Secretary-General to report to the Commission, at its twenty-first session, on the implementation of the present resolution', ECOSOC, [at('ccpcj', 21)]],
    ['Requests the Secretary-General to report to the Council at its 2014 session on the progress made', ECOSOC, [at('ecosoc', 2014)]],
    [
      'Requests the Secretary-General to report biennially to the Commission on Crime Prevention and Criminal Justice, starting at its twenty-second session, on the implementation',
      GA65,
      [at('ccpcj', 22, { recurrence: 'biennial' })],
    ],
    ['Requests the Executive Director to report annually to the Commission at its fifty-fifth and fifty-sixth sessions', CND, [at('cnd', 55, { recurrence: 'annual' }), at('cnd', 56, { recurrence: 'annual' })]],
    ['Requests the Secretary-General to submit to the General Assembly at its sixty-sixth and sixty-seventh sessions a report', GA65, [at('ga', 66), at('ga', 67)]],
    ['Requests the Secretary-General to report to the Assembly at its next session', GA65, [at('ga', 66)]],
    ['Requests the secretariat to prepare a report for consideration by the Conference at its sixth session', { ...CND, issuingBody: 'cop-untoc', session: 5 } as ClauseContext, [at('cop-untoc', 6, { relation: 'for-consideration-at' })]],
    ['Requests the Secretary-General to report to the General Assembly at its forty- eighth session', { ...GA65, session: 47 }, [at('ga', 48)]],
  ])('%s', (text, context, expected) => {
    expect(reportingOf(text, context)).toEqual(expected);
  });

  it('keeps a deadline whose ordinal it cannot read, with no session', () => {
    expect(reportingOf('Requests the Secretary-General to report to the General Assembly at its sixty-slxth session')).toEqual([at('ga', null)]);
  });

  it('needs a report in the clause before a date counts as a reporting deadline', () => {
    expect(reportingOf('Decides to extend the mandate of the Mission until 31 March 2013 and no later than six months from the adoption of this resolution', SC)).toEqual([]);
  });
});

describe('cross-references to another paragraph’s report', () => {
  it.each([
    ['Also requests the Secretary-General to include in the report referred to in paragraph 36 above information on the status of ratifications', ['36']],
    ['Requests the Secretary-General to include in the report requested in paragraph 40 of the present resolution an analysis', ['40']],
    ['Requests the Secretary-General to include in his report called for in paragraphs 12 and 14 above', ['12', '14']],
    ['Requests the Secretary-General to take action in accordance with paragraph 36 above', []],
  ])('%s', (text, expected) => {
    const found = findReporting(text, 0, 0, text.length, GA65);
    expect(found.crossReferences).toEqual(expected);
    expect(found.reporting).toEqual([]);
  });
});

describe('deadline spans', () => {
  it('slice back to the words that state the deadline', () => {
    const text = 'Requests the Secretary-General to report to the Commission on Crime Prevention and Criminal Justice at its twenty-first session on the implementation';
    const [obligation] = findReporting(text, 0, 0, text.length, GA65).reporting;
    expect(text.slice(obligation!.span!.start, obligation!.span!.end)).toBe('its twenty-first session');
  });
});

describe('which body "its" belongs to', () => {
  it('falls back to the issuing body when the named commission never held such a session', () => {
    const text =
      'Requests the Secretary-General to report on the implementation of the present resolution, including on the work of the Commission on Crime Prevention and Criminal Justice, at its sixty-sixth session';
    expect(reportingOf(text)).toEqual([at('ga', 66)]);
  });

  it('keeps the commission when its own session is meant', () => {
    expect(reportingOf('Requests the Commission on Narcotic Drugs to consider the matter at its fifty-fifth session')).toEqual([at('cnd', 55)]);
  });

  it('reads "once a year" as an annual recurrence', () => {
    expect(reportingOf('Requests the Executive Director to report once a year to the Commission on Narcotic Drugs, starting at its fifty-fifth session')).toEqual([
      at('cnd', 55, { recurrence: 'annual' }),
    ]);
  });
});

describe('a draft for the General Assembly inside a commission’s report', () => {
  it('reads "to it at its sixty-sixth session" as the Assembly when the commission never held a sixty-sixth session', () => {
    const CCPCJ20: ClauseContext = { issuingBody: 'ccpcj', session: 20, adopted: null, part: 'operative' };
    expect(reportingOf('Requests the Secretary-General to submit to it at its sixty-sixth session a report on the implementation', CCPCJ20)).toEqual([at('ga', 66)]);
  });
});

describe('conferences of the parties', () => {
  it('finds the Conference of the Parties to the Organized Crime Convention from the paragraph', () => {
    const text =
      'Requests the Secretariat to assist the working group on the Protocols to the United Nations Convention against Transnational Organized Crime and to report to the Conference of the Parties at its sixth session';
    expect(reportingOf(text)).toEqual([at('cop-untoc', 6)]);
  });

  it('reads "the Conference" in a text of the Conference of the States Parties as that conference', () => {
    const COSP: ClauseContext = { issuingBody: 'cosp-uncac', session: 4, adopted: '2011-10-28', part: 'operative' };
    expect(reportingOf('Requests the secretariat to report to the Conference at its fifth session on the progress made', COSP)).toEqual([at('cosp-uncac', 5)]);
  });
});

describe('recurring reports without a printed session', () => {
  it.each([
    ['Requests the Secretary-General to report annually to the General Assembly on the implementation of the present resolution', GA65, [at('ga', 66, { recurrence: 'annual' })]],
    ['Requests the Secretary-General to report biennially to the Assembly on progress', GA65, [at('ga', 67, { recurrence: 'biennial' })]],
    [
      'Requests the United Nations Office on Drugs and Crime to report to the Commission on an annual basis on its work',
      { issuingBody: 'cnd', session: 54, adopted: null, part: 'operative' } as ClauseContext,
      [at('cnd', 55, { recurrence: 'annual' })],
    ],
  ])('%s', (text, context, expected) => {
    expect(reportingOf(text, context)).toEqual(expected);
  });

  it('leaves the first session open when the report goes to another body', () => {
    expect(reportingOf('Requests the Secretary-General to report annually to the Commission on Crime Prevention and Criminal Justice')).toEqual([]);
  });
});

describe('recurring work that is no report to a body', () => {
  it('gives no deadline for "to continue to publish the World Drug Report each year"', () => {
    expect(reportingOf('Requests the United Nations Office on Drugs and Crime to continue to publish the World Drug Report each year')).toEqual([]);
  });
});

describe('sessions already held when the text was adopted', () => {
  it('skips the Commission’s nineteenth session (2010) in an Assembly resolution of December 2010', () => {
    expect(reportingOf('Requests the Secretary-General to take into account the outcome of the thematic discussion held by the Commission on Crime Prevention and Criminal Justice at its nineteenth session')).toEqual([]);
    expect(reportingOf('Requests the Office to build on the discussion of the Commission on Crime Prevention and Criminal Justice at its nineteenth session')).toEqual([]);
  });

  it('keeps the Commission’s twentieth session (2011)', () => {
    expect(reportingOf('Requests the Office to report to the Commission on Crime Prevention and Criminal Justice at its twentieth session')).toEqual([at('ccpcj', 20)]);
  });
});

describe('meetings before a session', () => {
  it('keeps a meeting to be convened before a session and drops one already held', () => {
    expect(reportingOf('Requests the Office to convene an expert group meeting, to be convened prior to the twentieth session of the Commission')).toEqual([
      at('ccpcj', 20, { relation: 'before' }),
    ]);
    expect(reportingOf('Requests the Office to take into account the recommendations of the expert group meeting held prior to the twentieth session of the Commission')).toEqual([]);
  });
});
