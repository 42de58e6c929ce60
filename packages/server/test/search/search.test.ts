import { beforeAll, expect, it } from 'vitest';
import { appRouter } from '../../src/trpc/root.ts';
import { createCallerFactory, createContext } from '../../src/trpc/trpc.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { corpusText } from '../imports/corpus.ts';
import { resetDatabase } from '../planning/reference-data.ts';

const createCaller = createCallerFactory(appRouter);

describeEachEngine('search.paragraphs', (getDb, engine) => {
  const caller = () => createCaller(createContext({ db: getDb(), engine }, { actor: TEST_ACTORS.planner }));
  let reportId = 0;

  beforeAll(async () => {
    await resetDatabase(getDb());
    reportId = (await caller().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' })).documentId;
    await caller().documents.import({ text: corpusText('A-RES-65-232.txt') });
  });

  it('finds paragraphs by stemmed words and marks the hits in plain-text snippet segments', async () => {
    const page = await caller().search.paragraphs({ q: 'money laundering' });
    expect(page.total).toBeGreaterThan(1);
    const hit = page.items.find((item) => item.resolution?.label === 'VI' && item.number === '14');
    expect(hit).toBeDefined();
    expect(hit!.document).toMatchObject({ id: reportId, symbol: 'A/65/457' });
    expect(hit!.mandateIds.length).toBeGreaterThan(0);
    for (const item of page.items) {
      const matches = item.snippet.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase());
      expect(matches.length).toBeGreaterThan(0);
      expect(matches.every((text) => /money|launder/.test(text))).toBe(true);
      expect(item.snippet.map((segment) => segment.text).join('')).not.toMatch(/[<>\uE000\uE001]/);
    }
    const ranks = page.items.map((item) => item.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('pages through results with a cursor and narrows them to one document', async () => {
    const whole = await caller().search.paragraphs({ q: 'prisoners', limit: 50 });
    const first = await caller().search.paragraphs({ q: 'prisoners', limit: 3 });
    const second = await caller().search.paragraphs({ q: 'prisoners', limit: 3, cursor: first.nextCursor });
    expect(first.total).toBe(whole.total);
    expect([...first.items, ...second.items].map((item) => item.paragraphId)).toEqual(
      whole.items.slice(0, 6).map((item) => item.paragraphId),
    );

    const inAdopted = await caller().search.paragraphs({ q: 'money laundering', documentId: reportId + 1 });
    expect(inAdopted.items.every((item) => item.document.symbol === 'A/RES/65/232')).toBe(true);
    expect(inAdopted.total).toBeGreaterThan(0);
  });

  it('answers no results, not an error, for words found nowhere or query syntax alone', async () => {
    expect(await caller().search.paragraphs({ q: 'xylophonically' })).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
    });
    expect((await caller().search.paragraphs({ q: '"" or -' })).total).toBe(0);
  });
});
