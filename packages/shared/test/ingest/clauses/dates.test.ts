import { describe, expect, it } from 'vitest';
import { addMonths, findDateDeadlines } from '../../../src/ingest/clauses/dates.ts';

function deadlines(text: string, adopted: string | null) {
  return findDateDeadlines(text, 0, text.length, adopted).map(({ relation, due }) => ({ relation, due }));
}

describe('date deadlines', () => {
  it.each([
    ['to report to the Council no later than six months from the adoption of this resolution', '2012-07-27', { relation: 'by-date', due: '2013-01-27' }],
    ['to report to the Security Council within 90 days on progress made', '2012-07-27', { relation: 'within', due: '2012-10-25' }],
    ['to report within 30 days of the adoption of the present resolution', '2010-12-21', { relation: 'within', due: '2011-01-20' }],
    ['to submit a report every 120 days', '2012-07-27', { relation: 'within', due: '2012-11-24' }],
    ['to report to the Council by 31 December 2014 on its work', '2012-07-27', { relation: 'by-date', due: '2014-12-31' }],
    ['to submit its final report no later than 15 June 2013', null, { relation: 'by-date', due: '2013-06-15' }],
    ['to present the study by March 2012', null, { relation: 'by-date', due: '2012-03-31' }],
    ['to complete the review by the end of 2015', null, { relation: 'by-date', due: '2015-12-31' }],
  ])('%s (adopted %s)', (text, adopted, expected) => {
    expect(deadlines(text, adopted)).toEqual([expected]);
  });

  it('keeps a relative period without an adoption date, with no due date', () => {
    expect(deadlines('to report within 90 days', null)).toEqual([{ relation: 'within', due: null }]);
  });

  it.each([['within its mandate'], ['within existing resources'], ['every two years'], ['in two years'], ['for a period of twelve months']])(
    'finds no deadline in "%s"',
    (text) => {
      expect(deadlines(text, '2012-07-27')).toEqual([]);
    },
  );

  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths('2012-08-31', 6)).toBe('2013-02-28');
    expect(addMonths('2011-08-31', 6)).toBe('2012-02-29');
    expect(addMonths('2010-12-21', 12)).toBe('2011-12-21');
  });
});
