import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_LENGTH, parseDocument } from '../../src/ingest/index.ts';
import { normalizeDocument } from '../../src/ingest/text/normalize.ts';
import type { ParsedParagraph, ParseResult } from '../../src/ingest/types.ts';
import { CORPUS, readCorpus } from './fixtures.ts';
import { ECOSOC, PASTED_PARAGRAPHS, SECURITY_COUNCIL } from './samples.ts';

// INTERNAL is left out on purpose: it would mean the parser threw and caught its own error.
const ERROR_CODES = ['EMPTY', 'BINARY', 'TOO_LARGE', 'NOT_UN_DOCUMENT'];
const documents = [...CORPUS.map(readCorpus), SECURITY_COUNCIL, ECOSOC, PASTED_PARAGRAPHS];
const corpusLines = documents.flatMap((document) => document.split('\n')).filter((line) => line.length > 0);

/** Inputs that the parser only copies: one line and nothing that clean-up rewrites (OCR words). */
function isCopiedVerbatim(input: string): boolean {
  return !/[\n\f\r]/.test(input) && !/eguest|ntem|vemm|lnvi|lnte|Urqe|Decld|Generai|mlss|Assern/.test(input);
}

function paragraphsOf(result: ParseResult): Array<{ paragraph: ParsedParagraph; resolution: number; part: 'operative' | 'annex' | 'preamble' }> {
  return result.resolutions.flatMap((resolution) => [
    ...resolution.preamble.map((paragraph) => ({ paragraph, resolution: resolution.index, part: 'preamble' as const })),
    ...resolution.operative.map((paragraph) => ({ paragraph, resolution: resolution.index, part: 'operative' as const })),
    ...resolution.annexes.flatMap((annex) => annex.paragraphs.map((paragraph) => ({ paragraph, resolution: resolution.index, part: 'annex' as const }))),
  ]);
}

/**
 * The offsets contract, precisely:
 * - every paragraph satisfies 0 <= start <= end <= input.length and has non-empty text;
 * - the cleaned text of the document holds the paragraph text at a range that maps back to
 *   exactly [start, end) of the input; for input copied verbatim (one line, nothing rewritten)
 *   this means input.slice(start, end) === text;
 * - every mandate lies inside its paragraph in the input, and its clause span slices the
 *   paragraph text (verb spans inside the clause span).
 */
function checkOutcome(input: string): void {
  const outcome = parseDocument(input);
  if (!outcome.ok) {
    expect(ERROR_CODES).toContain(outcome.code);
    expect(outcome.message.length).toBeGreaterThan(0);
    return;
  }
  const clean = normalizeDocument(input).clean;
  const paragraphs = paragraphsOf(outcome);
  for (const { paragraph } of paragraphs) {
    expect(paragraph.start).toBeGreaterThanOrEqual(0);
    expect(paragraph.end).toBeGreaterThanOrEqual(paragraph.start);
    expect(paragraph.end).toBeLessThanOrEqual(input.length);
    expect(paragraph.text.length).toBeGreaterThan(0);
    if (isCopiedVerbatim(input)) {
      expect(input.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    }
    let found = false;
    for (let at = clean.text.indexOf(paragraph.text); at >= 0 && !found; at = clean.text.indexOf(paragraph.text, at + 1)) {
      const range = clean.sourceRange(at, at + paragraph.text.length);
      found = range.start === paragraph.start && range.end === paragraph.end;
    }
    expect(found).toBe(true);
  }
  for (const mandate of outcome.mandates) {
    const home = paragraphs.find(
      (candidate) =>
        candidate.resolution === mandate.resolution &&
        candidate.part === mandate.part &&
        String(candidate.paragraph.number) === String(mandate.paragraph) &&
        candidate.paragraph.start <= mandate.start &&
        mandate.end <= candidate.paragraph.end,
    );
    expect(home).toBeDefined();
    const { clause, verbs } = mandate.spans;
    expect(0 <= clause.start && clause.start < clause.end && clause.end <= home!.paragraph.text.length).toBe(true);
    for (const verb of verbs) expect(clause.start <= verb.start && verb.end <= clause.end).toBe(true);
  }
}

const noise = fc.constantFrom('\f', '\n', '\n\n', '1.', '12.', '_______________', '3/10', '10-52545', '*1052545*', 'Please rec cle', '♲', '"', '“', ';', 'Annex', 'The General Assembly,', 'Draft resolution I', '65/232.', '\u0000', '\uFFFD', '\t');

describe('parseDocument never throws and keeps its offsets', () => {
  it('on any string, including control characters and lone surrogates', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkOutcome), { numRuns: 400 });
  });

  it('on shuffled lines of real documents mixed with page furniture', () => {
    const pieces = fc.array(fc.oneof(fc.constantFrom(...corpusLines), noise, fc.string({ maxLength: 20 })), { maxLength: 60 });
    const separator = fc.constantFrom('\n', ' ', '\n\f', '');
    fc.assert(fc.property(pieces, separator, (parts, joint) => checkOutcome(parts.join(joint))), { numRuns: 300 });
  });

  it('on slices of real documents with random damage', () => {
    const damaged = fc
      .record({
        document: fc.constantFrom(...documents),
        from: fc.nat(),
        length: fc.integer({ min: 0, max: 30_000 }),
        insertAt: fc.nat(),
        insert: fc.oneof(noise, fc.string({ unit: 'binary', maxLength: 5 })),
      })
      .map(({ document, from, length, insertAt, insert }) => {
        const start = from % document.length;
        const slice = document.slice(start, start + length);
        const at = slice.length > 0 ? insertAt % slice.length : 0;
        return slice.slice(0, at) + insert + slice.slice(at);
      });
    fc.assert(fc.property(damaged, checkOutcome), { numRuns: 150 });
  });

  it('on whole documents, each one', () => {
    for (const document of documents) checkOutcome(document);
  });

  it('refuses input over the size limit without reading it through', () => {
    expect(parseDocument('Requests the Secretary-General '.repeat(Math.ceil(MAX_INPUT_LENGTH / 30) + 1))).toMatchObject({ ok: false, code: 'TOO_LARGE' });
  });

  it('is deterministic: the same input gives the same result', () => {
    for (const document of documents) expect(parseDocument(document)).toEqual(parseDocument(document));
  });
});
