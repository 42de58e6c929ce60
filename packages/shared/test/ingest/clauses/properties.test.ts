import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClauses, type ClauseContext } from '../../../src/ingest/clauses/index.ts';
import { GA65 } from './helpers.ts';

const FRAGMENTS = [
  'Requests ',
  'Also requests ',
  'and urges ',
  'Calls upon ',
  'We invite ',
  'Reiterates its request to ',
  'the United Nations Office on Drugs and Crime ',
  'the Secretary-General',
  'Member States and other donors ',
  'the Commission ',
  ', within existing resources, ',
  'to report to the Commission on Crime Prevention and Criminal Justice at its twentieth session',
  'between its twenty- first and sixty-sixth sessions ',
  'no later than six months from the adoption of this resolution',
  'the report referred to in paragraph 36 above',
  'Global Programme against Money-Laundering',
  ', ',
  '; ',
  '. ',
  'that ',
  'it ',
  'him ',
];

const paragraph = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }).map((parts) => parts.join('')),
);

const context: fc.Arbitrary<ClauseContext> = fc.record({
  issuingBody: fc.constantFrom('ga', 'ecosoc', 'ccpcj', 'cnd', 'sc', null),
  session: fc.option(fc.integer({ min: 1, max: 2100 })),
  adopted: fc.constantFrom('2010-12-21', '2012-02-29', null, 'not a date'),
  part: fc.constantFrom('operative', 'annex'),
}) as fc.Arbitrary<ClauseContext>;

describe('extractClauses on any input', () => {
  it('never throws, is deterministic, and keeps every span inside the text', () => {
    fc.assert(
      fc.property(paragraph, context, (text, clauseContext) => {
        const first = extractClauses(text, clauseContext);
        expect(extractClauses(text, clauseContext)).toEqual(first);
        const spans = first.flatMap((clause) => [
          clause.spans.clause,
          ...clause.spans.verbs,
          ...clause.spans.addressees,
          ...clause.spans.reporting,
          ...clause.spans.resources,
        ]);
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
        }
        for (const clause of first) {
          expect(clause.verbs.length).toBeGreaterThan(0);
          expect(clause.addressees.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('returns no clauses for empty or non-text input', () => {
    expect(extractClauses('', GA65)).toEqual([]);
    expect(extractClauses(undefined as unknown as string, GA65)).toEqual([]);
  });
});
