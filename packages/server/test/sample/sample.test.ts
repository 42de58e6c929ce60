import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { defaultCorpusDir, loadSample, SAMPLE_DOCUMENTS } from '../../src/domain/sample/index.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { rowCounts } from '../imports/corpus.ts';
import { resetDatabase } from '../planning/reference-data.ts';

describeEachEngine('loadSample', (getDb) => {
  beforeEach(() => resetDatabase(getDb()));

  it('finds the corpus of the repository', () => {
    for (const sample of SAMPLE_DOCUMENTS) expect(existsSync(path.join(defaultCorpusDir(), sample.file))).toBe(true);
  });

  it('loads the three sample documents and the planning data into an empty database, once', async () => {
    const started = performance.now();
    const result = await loadSample(getDb());
    console.info(`sample load: ${Math.round(performance.now() - started)} ms`);

    expect(result.loaded).toBe(true);
    if (!result.loaded) return;
    expect(result.reports.map((report) => [report.status, report.symbol])).toEqual([
      ['created', 'A/65/457'],
      ['created', 'A/RES/65/232'],
      ['created', 'A/RES/67/189'],
    ]);
    const glou40 = await getDb().selectFrom('project').select('id').where('code', '=', 'GLOU40').executeTakeFirst();
    expect(glou40).toBeDefined();
    const imported = await getDb().selectFrom('document').select('imported_by').execute();
    expect(imported.every((row) => row.imported_by === 'sample')).toBe(true);

    const counts = await rowCounts(getDb());
    expect(await loadSample(getDb())).toEqual({ loaded: false, reason: 'sample loaded before' });
    expect(await rowCounts(getDb())).toEqual(counts);

    // Once loaded, emptying the documents does not bring the sample back.
    await getDb().deleteFrom('document').execute();
    expect((await loadSample(getDb())).loaded).toBe(false);
  });

  it('leaves a database that already holds documents alone, and reports a missing corpus', async () => {
    expect(await loadSample(getDb(), { corpusDir: '/nonexistent/corpus' })).toMatchObject({
      loaded: false,
      reason: expect.stringContaining('sample corpus not found'),
    });
    await getDb()
      .insertInto('document')
      .values({
        symbol: 'A/RES/1/1',
        source_text: 'x',
        content_hash: 'x',
        agenda_items: '[]',
        subjects: '[]',
        warnings: '[]',
      })
      .execute();
    expect(await loadSample(getDb())).toEqual({ loaded: false, reason: 'the database already holds documents' });
  });
});
