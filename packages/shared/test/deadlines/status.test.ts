import { describe, expect, it } from 'vitest';
import {
  deadlineStatus,
  documentationDeadline,
  mandateReference,
  ordinal,
  sessionName,
} from '../../src/deadlines/index.ts';

describe('deadline status', () => {
  it.each([
    { dueDate: '2011-04-11', today: '2011-04-12', met: false, status: 'overdue' },
    { dueDate: '2011-04-11', today: '2011-04-11', met: false, status: 'due-soon' },
    { dueDate: '2011-04-11', today: '2011-01-11', met: false, status: 'due-soon' },
    { dueDate: '2011-04-11', today: '2011-01-10', met: false, status: 'upcoming' },
    { dueDate: '2011-04-11', today: '2012-01-01', met: true, status: 'met' },
    { dueDate: null, today: '2012-01-01', met: true, status: 'met' },
    { dueDate: null, today: '2012-01-01', met: false, status: null },
  ])('due $dueDate seen on $today (met: $met) is $status', ({ status, ...input }) => {
    expect(deadlineStatus(input)).toBe(status);
  });
});

describe('documentation deadline', () => {
  it('is ten weeks before the opening by default', () => {
    expect(documentationDeadline('2011-04-11')).toBe('2011-01-31');
  });
  it('follows the configured lead time', () => {
    expect(documentationDeadline('2011-09-13', 6)).toBe('2011-08-02');
  });
});

describe('session names', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [20, '20th'],
    [21, '21st'],
    [54, '54th'],
    [66, '66th'],
    [112, '112th'],
  ])('ordinal of %i is %s', (value, expected) => {
    expect(ordinal(value)).toBe(expected);
  });

  it('names ordinal and yearly sessions', () => {
    expect(sessionName('ccpcj', 20)).toBe('CCPCJ, 20th session');
    expect(sessionName('ga', 66)).toBe('GA, 66th session');
    expect(sessionName('ecosoc', 2011)).toBe('ECOSOC, 2011 session');
  });
});

describe('mandate references', () => {
  it('cites a draft in a committee report by resolution and paragraph', () => {
    expect(mandateReference('A/65/457', 'I', '14')).toBe('A/65/457 I.14');
  });
  it('cites an adopted resolution by paragraph', () => {
    expect(mandateReference('A/RES/65/232', '65/232', '36')).toBe('A/RES/65/232 para. 36');
  });
});
