import { TRPCError } from '@trpc/server';
import { beforeEach, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '@mandate-tracker/shared';
import { appRouter } from '../../src/trpc/root.ts';
import { createCallerFactory, createContext } from '../../src/trpc/trpc.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { resetDatabase } from '../planning/reference-data.ts';
import { corpusText, goldUnodcParagraphs, rowCounts } from './corpus.ts';

const createCaller = createCallerFactory(appRouter);

async function failureOf(call: () => Promise<unknown>): Promise<TRPCError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describeEachEngine('documents.import', (getDb, engine) => {
  const caller = () => createCaller(createContext({ db: getDb(), engine }, { actor: TEST_ACTORS.planner }));
  // Empty tables, but with the listed sessions that due dates come from.
  beforeEach(() => resetDatabase(getDb()));

  it('imports A/65/457 with the mandates of its 37 UNODC-facing operative paragraphs and their deadlines', async () => {
    const started = performance.now();
    const report = await caller().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' });
    const elapsed = Math.round(performance.now() - started);
    console.info(`[${engine}] import of A/65/457 (${corpusText('A-65-457.txt').length} characters): ${elapsed} ms`);

    expect(report).toMatchObject({ status: 'created', symbol: 'A/65/457', changes: [], notCarried: [] });
    expect(report.counts.resolutions).toBe(7);
    expect(report.counts.mandates).toBeGreaterThan(37);

    const page = await caller().mandates.list({ documentId: report.documentId, limit: 200 });
    expect(page.nextCursor).toBeNull();
    expect(page.items.every((mandate) => mandate.unodcFacing)).toBe(true);
    const labels = ['I', 'II', 'III', 'IV', 'V', 'VI'];
    const operativeParagraphs = [
      ...new Set(
        page.items
          .filter((mandate) => mandate.part === 'operative')
          .map((mandate) => `${labels.indexOf(mandate.resolutionLabel) + 1}.${mandate.paragraphNumber}`),
      ),
    ].sort();
    expect(operativeParagraphs).toEqual(goldUnodcParagraphs());

    const find = (label: string, paragraph: string) =>
      page.items.find((mandate) => mandate.resolutionLabel === label && mandate.paragraphNumber === paragraph);
    const deadlines = (label: string, paragraph: string) =>
      find(label, paragraph)
        ?.obligations.map((obligation) => `${obligation.body} ${obligation.session} ${obligation.dueDate}`)
        .sort();
    expect(deadlines('I', '14')).toEqual(['ccpcj 20 2011-04-11', 'cnd 54 2011-03-21']);
    expect(deadlines('VI', '36')).toEqual(['ga 66 2011-09-13']);
    expect(find('I', '14')?.nextDue).toBe('2011-03-21');
  });

  it('says unchanged when the same text is imported twice and writes nothing', async () => {
    const text = corpusText('A-RES-65-232.txt');
    const first = await caller().documents.import({ text });
    const before = await rowCounts(getDb());
    const importedAt = await getDb().selectFrom('document').select('imported_at').executeTakeFirstOrThrow();

    const second = await caller().documents.import({ text });

    expect(first.status).toBe('created');
    expect(second).toMatchObject({
      status: 'unchanged',
      documentId: first.documentId,
      symbol: 'A/RES/65/232',
      counts: first.counts,
    });
    expect(await rowCounts(getDb())).toEqual(before);
    const after = await getDb().selectFrom('document').select('imported_at').executeTakeFirstOrThrow();
    expect(after.imported_at).toEqual(importedAt.imported_at);
  });

  it('stores a document once when the same text is imported twice at the same moment', async () => {
    const text = corpusText('A-RES-67-189.txt');
    const reports = await Promise.all([caller().documents.import({ text }), caller().documents.import({ text })]);
    expect(reports.map((report) => report.status).sort()).toEqual(['created', 'unchanged']);
    expect(await rowCounts(getDb())).toMatchObject({ document: 1, mandate: reports[0].counts.mandates });
  });

  it('rejects a binary upload and the row counts do not change', async () => {
    await caller().documents.import({ text: corpusText('A-RES-65-232.txt') });
    const before = await rowCounts(getDb());
    const binary = `%PDF-1.7\n${'\u0000\u0001\u0002stream'.repeat(50)}`;

    const error = await failureOf(() => caller().documents.import({ text: binary }));

    expect(error.code).toBe('UNPROCESSABLE_CONTENT');
    expect(error.message).toMatch(/binary/i);
    expect(await rowCounts(getDb())).toEqual(before);
  });

  it('rejects empty, non-UN and oversized text with messages that say which', async () => {
    const empty = await failureOf(() => caller().documents.import({ text: '  \n\t ' }));
    expect(empty.message).toBe('The document is empty.');

    const prose = 'The quick brown fox jumps over the lazy dog. '.repeat(40);
    const notUn = await failureOf(() => caller().documents.import({ text: prose }));
    expect(notUn.code).toBe('UNPROCESSABLE_CONTENT');
    expect(notUn.message.length).toBeGreaterThan(10);
    expect(notUn.message).not.toMatch(/internal/i);

    const huge = await failureOf(() => caller().documents.import({ text: 'a'.repeat(MAX_DOCUMENT_BYTES + 1) }));
    expect(huge.message).toMatch(/5 MB limit/);

    // Multi-byte characters: under the character limit but over the byte limit.
    const wide = await failureOf(() => caller().documents.import({ text: 'é'.repeat(MAX_DOCUMENT_BYTES / 2 + 10) }));
    expect(wide.message).toMatch(/the limit is 5 MB/);

    expect(await rowCounts(getDb())).toMatchObject({ document: 0, mandate: 0 });
  });

  it('previews a document without saving it', async () => {
    const preview = await caller().documents.preview({ text: corpusText('A-RES-67-189.txt') });
    expect(preview.document.symbol).toBe('A/RES/67/189');
    expect(preview.resolutions).toHaveLength(1);
    expect(preview.mandates.length).toBeGreaterThan(0);
    expect(await rowCounts(getDb())).toMatchObject({ document: 0, paragraph: 0, mandate: 0 });
  });

  it('lists documents and returns one with its resolutions, paragraphs, annexes and marked mandates', async () => {
    const report = await caller().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' });
    await caller().documents.import({ text: corpusText('A-RES-65-232.txt') });

    const list = await caller().documents.list();
    expect(list.map((document) => document.symbol).sort()).toEqual(['A/65/457', 'A/RES/65/232']);
    const report457 = list.find((document) => document.symbol === 'A/65/457')!;
    expect(report457).toMatchObject({ resolutionCount: 7, mandateCount: report.counts.mandates });

    const document = await caller().documents.get({ id: report.documentId });
    expect(document.resolutions.map((resolution) => resolution.label)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'decision',
    ]);
    const sixth = document.resolutions[5]!;
    expect(sixth.operative).toHaveLength(37);
    // A/RES/65/232 names A/65/457 as its report and has the title of draft VI.
    expect(sixth).toMatchObject({ draftSymbol: 'A/C.3/65/L.15/Rev.1', adoptedSymbol: 'A/RES/65/232' });
    expect(document.resolutions.filter((resolution) => resolution.adoptedSymbol !== null)).toHaveLength(1);
    const fourteen = sixth.operative.find((paragraph) => paragraph.number === '14')!;
    expect(fourteen.text).toContain('Global Programme against Money-Laundering');
    expect(fourteen.mandates.length).toBeGreaterThan(0);
    expect(document.resolutions.some((resolution) => resolution.annexes.length > 0)).toBe(true);
    const paragraphTotal = document.resolutions.reduce(
      (total, resolution) =>
        total +
        resolution.preamble.length +
        resolution.operative.length +
        resolution.annexes.reduce((sum, annex) => sum + annex.paragraphs.length, 0),
      0,
    );
    expect(paragraphTotal).toBe(report.counts.paragraphs);
  });

  it('records the adopted symbol of a draft resolution and gives NOT_FOUND for an unknown one', async () => {
    const report = await caller().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' });
    const document = await caller().documents.get({ id: report.documentId });
    const sixth = document.resolutions[5]!;

    const updated = await caller().documents.updateResolution({
      id: sixth.id,
      version: sixth.version,
      adoptedSymbol: 'A/RES/65/232',
    });

    expect(updated).toEqual({ id: sixth.id, adoptedSymbol: 'A/RES/65/232', version: sixth.version + 1 });
    const error = await failureOf(() =>
      caller().documents.updateResolution({ id: 999_999, version: 1, adoptedSymbol: null }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});
