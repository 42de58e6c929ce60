import { describe, expect, it } from 'vitest';
import {
  createSessionLookup,
  dueOccurrences,
  firstDueOccurrence,
  type ObligationTiming,
} from '../../src/deadlines/index.ts';
import { readListedSessions } from './listed-sessions.ts';

const lookup = createSessionLookup(readListedSessions());

function obligation(partial: Partial<ObligationTiming> & Pick<ObligationTiming, 'body'>): ObligationTiming {
  return { session: null, untilSession: null, relation: 'at', due: null, recurrence: null, ...partial };
}

describe('due dates of the sample obligations', () => {
  it.each([
    ['A/65/457 I.14 to the CCPCJ', obligation({ body: 'ccpcj', session: 20 }), '2011-04-11', false],
    ['A/65/457 I.14 to the CND', obligation({ body: 'cnd', session: 54 }), '2011-03-21', false],
    ['A/65/457 VI.36 to the GA', obligation({ body: 'ga', session: 66 }), '2011-09-13', false],
    ['A/RES/67/189 para 40 to the GA', obligation({ body: 'ga', session: 68 }), '2013-09-17', false],
    [
      'A/65/457 IV.15 for consideration at CCPCJ 20',
      obligation({ body: 'ccpcj', session: 20, relation: 'for-consideration-at' }),
      '2011-04-11',
      false,
    ],
    ['a report before CCPCJ 21', obligation({ body: 'ccpcj', session: 21, relation: 'before' }), '2012-04-23', false],
    ['a report to CCPCJ 30 (projected)', obligation({ body: 'ccpcj', session: 30 }), '2021-05-03', true],
    ['a date-based deadline', obligation({ body: 'sc', relation: 'by-date', due: '2011-06-30' }), '2011-06-30', false],
  ])('%s is due on %s', (_name, timing, dueDate, projected) => {
    expect(firstDueOccurrence(timing, lookup)).toMatchObject({ dueDate, projected });
  });

  it('gives the window from the close of CCPCJ 20 to the opening of CCPCJ 21 for "between"', () => {
    const occurrence = firstDueOccurrence(
      obligation({ body: 'ccpcj', session: 20, untilSession: 21, relation: 'between' }),
      lookup,
    );
    expect(occurrence).toMatchObject({ windowStart: '2011-04-15', dueDate: '2012-04-23', projected: false });
    expect(occurrence?.session?.number).toBe(21);
  });

  it('has no due date when the session cannot be dated or no date was extracted', () => {
    expect(firstDueOccurrence(obligation({ body: 'sc', session: 2011 }), lookup)).toBeNull();
    expect(firstDueOccurrence(obligation({ body: 'ga', relation: 'within' }), lookup)).toBeNull();
  });
});

describe('recurring obligations', () => {
  it('produces each annual CCPCJ session up to the horizon, listed then projected', () => {
    const dates = dueOccurrences(
      obligation({ body: 'ccpcj', session: 23, recurrence: 'annual' }),
      lookup,
      '2017-12-31',
    );
    expect(dates.map((occurrence) => [occurrence.dueDate, occurrence.projected])).toEqual([
      ['2014-05-12', false],
      ['2015-05-18', false],
      ['2016-05-23', false],
      ['2017-05-01', true],
    ]);
  });

  it('produces every other GA session for a biennial report', () => {
    const dates = dueOccurrences(obligation({ body: 'ga', session: 66, recurrence: 'biennial' }), lookup, '2015-12-31');
    expect(dates.map((occurrence) => occurrence.session?.number)).toEqual([66, 68, 70]);
  });

  it('repeats a date-based recurring deadline every year', () => {
    const dates = dueOccurrences(
      obligation({ body: 'sc', relation: 'by-date', due: '2012-02-29', recurrence: 'annual' }),
      lookup,
      '2014-03-01',
    );
    expect(dates.map((occurrence) => occurrence.dueDate)).toEqual(['2012-02-29', '2013-02-28', '2014-02-28']);
  });

  it('gives a one-off obligation a single occurrence even past the horizon', () => {
    expect(dueOccurrences(obligation({ body: 'ga', session: 66 }), lookup, '2000-01-01')).toHaveLength(1);
  });
});
