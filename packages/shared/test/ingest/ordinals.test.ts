import { describe, expect, it } from 'vitest';
import { parseOrdinal, parseRoman } from '../../src/ingest/ordinals.ts';

describe('parseOrdinal', () => {
  it.each([
    ['Sixty-fifth', 65],
    ['sixty-seventh', 67],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['fifty-fourth', 54],
    ['Nineteenth', 19],
    ['first', 1],
    ['one hundred and first', 101],
    ['65th', 65],
    ['8582nd', 8582],
  ])('reads "%s" as %i', (words, value) => {
    expect(parseOrdinal(words)).toBe(value);
  });

  it.each(['sixty', 'next', 'twenty-twentieth', ''])('returns null for "%s"', (words) => {
    expect(parseOrdinal(words)).toBeNull();
  });
});

describe('parseRoman', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['VI', 6],
    ['IX', 9],
    ['XIV', 14],
  ])('reads %s as %i', (numeral, value) => {
    expect(parseRoman(numeral)).toBe(value);
  });

  it('returns null for a word', () => {
    expect(parseRoman('A/C.3')).toBeNull();
  });
});
