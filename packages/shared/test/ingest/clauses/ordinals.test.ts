import { describe, expect, it } from 'vitest';
import { sessionOrdinal } from '../../../src/ingest/clauses/ordinals.ts';

describe('session ordinals', () => {
  it.each([
    ['first', 1],
    ['twelfth', 12],
    ['nineteenth', 19],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['fifty-fourth', 54],
    ['sixty-sixth', 66],
    ['ninety-ninth', 99],
    ['Sixty-fifth', 65],
    ['twenty- first', 21],
    ['twenty first', 21],
    ['twentyfirst', 21],
    ['sixty -\nsixth', 66],
    ['20th', 20],
    ['66th', 66],
  ])('reads "%s" as %i', (words, expected) => {
    expect(sessionOrdinal(words)).toBe(expected);
  });

  it.each([['twenty-flrst'], ['sixtyslxth'], ['last'], ['twenty-tenth'], ['']])('gives no session for "%s" rather than a wrong one', (words) => {
    expect(sessionOrdinal(words)).toBeNull();
  });
});
