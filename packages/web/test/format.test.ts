import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatSession } from '../src/format.ts';

describe('formatDate', () => {
  it.each([
    ['2011-04-11', '11 Apr 2011'],
    ['2009-04-16', '16 Apr 2009'],
    ['2012-12-31', '31 Dec 2012'],
    ['2015-03-09', '9 Mar 2015'],
  ])('shows the calendar day %s as %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('shows a Date as its local day', () => {
    expect(formatDate(new Date(2011, 3, 11, 23, 30))).toBe('11 Apr 2011');
  });

  it('rejects a value that is not a date instead of printing "Invalid Date"', () => {
    expect(() => formatDate('next spring')).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatSession', () => {
  it('names commission sessions by ordinal', () => {
    expect(formatSession('ccpcj', 20)).toBe('CCPCJ, 20th session');
    expect(formatSession('ccpcj', 21)).toBe('CCPCJ, 21st session');
    expect(formatSession('ccpcj', 22)).toBe('CCPCJ, 22nd session');
    expect(formatSession('cnd', 53)).toBe('CND, 53rd session');
    expect(formatSession('cnd', 11)).toBe('CND, 11th session');
    expect(formatSession('ccpcj', 12)).toBe('CCPCJ, 12th session');
    expect(formatSession('ccpcj', 13)).toBe('CCPCJ, 13th session');
    expect(formatSession('ccpcj', 1)).toBe('CCPCJ, 1st session');
    expect(formatSession('ccpcj', 2)).toBe('CCPCJ, 2nd session');
    expect(formatSession('ccpcj', 3)).toBe('CCPCJ, 3rd session');
    expect(formatSession('ga', 111)).toBe('GA, 111th session');
  });

  it('names General Assembly sessions by ordinal', () => {
    expect(formatSession('ga', 66)).toBe('GA, 66th session');
    expect(formatSession('ga', 71)).toBe('GA, 71st session');
  });

  it('names ECOSOC sessions by their year', () => {
    expect(formatSession('ecosoc', 2011)).toBe('ECOSOC, 2011 session');
  });

  it('names a body without numbered sessions alone', () => {
    expect(formatSession('sc', null)).toBe('Security Council');
  });
});

describe('formatDateTime', () => {
  it('shows the local day and time to the second', () => {
    expect(formatDateTime(new Date(2026, 10, 29, 9, 5, 42))).toBe('29 Nov 2026, 09:05:42');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [60, '1 min'],
    [12 * 60 + 30, '12 min'],
    [3 * 3600, '3 h'],
    [3 * 3600 + 5 * 60, '3 h 5 min'],
    [86_400, '1 d'],
    [2 * 86_400 + 4 * 3600 + 59, '2 d 4 h'],
  ])('writes %i seconds as %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});
