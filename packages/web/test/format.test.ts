import { describe, expect, it } from 'vitest';
import { formatDate, formatSession, ordinal } from '../src/format.ts';

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

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [20, '20th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
  ])('writes %i as %s', (value, expected) => {
    expect(ordinal(value)).toBe(expected);
  });
});

describe('formatSession', () => {
  it('names commission sessions by ordinal', () => {
    expect(formatSession('ccpcj', 20)).toBe('CCPCJ, 20th session');
    expect(formatSession('ccpcj', 21)).toBe('CCPCJ, 21st session');
    expect(formatSession('ccpcj', 22)).toBe('CCPCJ, 22nd session');
    expect(formatSession('cnd', 53)).toBe('CND, 53rd session');
    expect(formatSession('cnd', 11)).toBe('CND, 11th session');
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
