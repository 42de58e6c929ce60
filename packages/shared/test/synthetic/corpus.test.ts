import { describe, expect, it } from 'vitest';
import { parseDocument, type ExtractedMandate } from '../../src/ingest/index.ts';
import { generateCorpus, generateDocument, type SyntheticDocument } from '../../src/synthetic/index.ts';

const SEEDS = [1, 2, 'scale'] as const;
const DOCUMENTS = 30;

function parsed(document: SyntheticDocument) {
  const outcome = parseDocument(document.text);
  if (!outcome.ok) throw new Error(`${document.name}: ${outcome.code} ${outcome.message}`);
  return outcome;
}

describe.each(SEEDS)('synthetic corpus, seed %s', (seed) => {
  const documents = [...generateCorpus({ seed, documents: DOCUMENTS })];

  it('writes both formats of the sample corpus', () => {
    expect(new Set(documents.map((document) => document.format))).toEqual(new Set(['report', 'adopted-resolution']));
  });

  it.each(documents.map((document) => [document.name, document] as const))(
    'the extractor finds what was planted in %s',
    (_name, document) => {
      const outcome = parsed(document);
      expect(outcome.resolutions).toHaveLength(document.planted.resolutions);
      expect(
        outcome.resolutions.map((resolution) => resolution.operative.map((paragraph) => Number(paragraph.number))),
      ).toEqual(document.planted.operativeParagraphs);
      const paragraphCount = outcome.resolutions.reduce(
        (total, resolution) =>
          total +
          resolution.preamble.length +
          resolution.operative.length +
          resolution.annexes.reduce((sum, annex) => sum + annex.paragraphs.length, 0),
        0,
      );
      expect(paragraphCount).toBe(document.planted.paragraphs);

      const found = (mandate: ExtractedMandate) => ({
        resolution: mandate.resolution,
        paragraph: mandate.paragraph,
        verbs: mandate.verbs,
        addressees: mandate.addressees,
        reporting: mandate.reporting.map((obligation) => ({ body: obligation.body, session: obligation.session })),
        resources: mandate.resources.map((resource) => resource.kind),
      });
      const expected = document.planted.mandates.map((mandate) => ({
        resolution: mandate.resolution,
        paragraph: mandate.paragraph,
        // "Reiterates its request" is both a request and a reiterated one.
        verbs: mandate.verb === 'reiterate-request' ? ['request', 'reiterate-request'] : [mandate.verb],
        addressees: [mandate.addressee],
        reporting: mandate.reportingBody === null ? [] : [{ body: mandate.reportingBody, session: mandate.session }],
        resources: mandate.resources,
      }));
      expect(outcome.mandates.map(found)).toEqual(expected);
    },
  );
});

describe('synthetic corpus generation', () => {
  it('gives byte-identical documents for the same seed', () => {
    const first = [...generateCorpus({ seed: 42, documents: 20 })];
    const second = [...generateCorpus({ seed: 42, documents: 20 })];
    expect(second.map((document) => document.text)).toEqual(first.map((document) => document.text));
    expect(second.map((document) => document.planted)).toEqual(first.map((document) => document.planted));
  });

  it('gives different documents for different seeds', () => {
    const first = [...generateCorpus({ seed: 42, documents: 20 })];
    const second = [...generateCorpus({ seed: 43, documents: 20 })];
    const same = first.filter((document, index) => document.text === second[index]!.text);
    expect(same).toHaveLength(0);
  });

  it('generates any document on its own, equal to its place in the corpus', () => {
    const corpus = [...generateCorpus({ seed: 'x', documents: 12 })];
    const resumed = [...generateCorpus({ seed: 'x', documents: 4, start: 8 })];
    expect(resumed.map((document) => document.text)).toEqual(corpus.slice(8).map((document) => document.text));
    expect(generateDocument('x', 5).text).toBe(corpus[5]!.text);
  });

  it('gives every document its own symbol and file name', () => {
    const documents = [...generateCorpus({ seed: 3, documents: 600 })];
    expect(new Set(documents.map((document) => document.symbol)).size).toBe(600);
    expect(new Set(documents.map((document) => document.name)).size).toBe(600);
  });

  it('is lazy: documents are made as they are read', () => {
    const corpus = generateCorpus({ seed: 1, documents: 1_000_000 });
    const first = corpus.next();
    expect(first.done).toBe(false);
    expect((first.value as SyntheticDocument).symbol).toBe(generateDocument(1, 0).symbol);
  });
});
