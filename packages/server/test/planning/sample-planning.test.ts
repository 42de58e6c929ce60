import { beforeAll, expect, it } from 'vitest';
import { loadSample } from '../../src/domain/sample/index.ts';
import { loadSamplePlanningData } from '../../src/domain/sample-planning/index.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { callerFor } from './caller.ts';
import { resetDatabase } from './reference-data.ts';

describeEachEngine('sample planning data', (getDb, engine) => {
  const api = () => callerFor(getDb(), engine);
  let loadedIn = 0;

  beforeAll(async () => {
    await resetDatabase(getDb());
    const started = performance.now();
    const result = await loadSample(getDb(), { loadPlanningData: loadSamplePlanningData });
    loadedIn = Math.round(performance.now() - started);
    expect(result.loaded).toBe(true);
  });

  it('loads the confirmed programmes with their sources, not marked as sample', async () => {
    console.info(`[${engine}] sample corpus + planning data loaded in ${loadedIn} ms`);
    const projects = await api().projects.list({});
    const glou40 = projects.find((project) => project.code === 'GLOU40');
    expect(glou40).toMatchObject({
      title: 'Global Programme against Money Laundering, Proceeds of Crime and the Financing of Terrorism (GPML)',
      sample: false,
    });
    expect(glou40?.source).toMatch(/mid-term evaluation.*February 2011.*GLOB79/);
    expect(projects.find((project) => project.code === 'TP-CPCJR')).toMatchObject({
      title: 'Thematic Programme: Crime Prevention and Criminal Justice Reform 2012-2015',
      sample: false,
    });
    const regional = (await api().budgetLines.list({})).filter((line) => line.title.startsWith('Regional and country'));
    expect(regional.map((line) => [line.amount, line.period, line.sample])).toEqual([
      [438_100_000, '2012-2015', false],
      [97_100_000, '2012-2015', false],
      [295_100_000, '2012-2015', false],
      [299_300_000, '2012-2015', false],
    ]);
    expect(regional.every((line) => line.source?.startsWith('UNODC Fundraising Strategy 2012-2015'))).toBe(true);
  });

  it('marks every illustrative row as sample data', async () => {
    const db = getDb();
    for (const table of ['donor', 'contribution', 'deliverable', 'mandate_project', 'mandate_budget_line'] as const) {
      const rows = await db.selectFrom(table).select('sample').execute();
      expect(rows.length, table).toBeGreaterThan(0);
      expect(
        rows.every((row) => row.sample),
        table,
      ).toBe(true);
    }
    const projects = await api().projects.list({});
    expect(projects.filter((project) => project.code.startsWith('SAMPLE-')).every((project) => project.sample)).toBe(
      true,
    );
  });

  it('links A/65/457 VI.14 to GLOU40 and leaves the later GPML paragraphs as suggestions', async () => {
    const page = await api().mandates.list({ limit: 200 });
    const vi14 = page.items.find(
      (item) => item.documentSymbol === 'A/65/457' && item.resolutionLabel === 'VI' && item.paragraphNumber === '14',
    );
    expect(vi14).toBeDefined();
    const funding = await api().funding.forMandate({ mandateId: vi14!.id });
    expect(funding.projects.map((project) => project.code)).toEqual(['GLOU40']);
    expect(funding.state).toBe('partly-funded');
    const res14 = page.items.find((item) => item.documentSymbol === 'A/RES/67/189' && item.paragraphNumber === '14');
    expect(res14?.projectCount).toBe(0);
  });

  it('attaches the sample reports of I.14 to its CCPCJ and CND obligations with their session dates', async () => {
    const page = await api().mandates.list({ limit: 200 });
    const i14 = page.items.find(
      (item) => item.documentSymbol === 'A/65/457' && item.resolutionLabel === 'I' && item.paragraphNumber === '14',
    )!;
    const deliverables = await api().deliverables.list({ mandateId: i14.id });
    expect(deliverables.map((deliverable) => [deliverable.dueDate, deliverable.status, deliverable.sample])).toEqual([
      ['2011-03-21', 'submitted', true],
      ['2011-04-11', 'delivered', true],
    ]);
    const deadlines = await api().calendar.forMandate({ mandateId: i14.id, today: '2026-11-29' });
    expect(deadlines.map((deadline) => deadline.status)).toEqual(['met', 'met']);
  });

  it('does nothing when loaded again', async () => {
    const before = await api().funding.summary({});
    const again = await loadSamplePlanningData(getDb());
    expect(again).toEqual({ loaded: false, reason: expect.stringContaining('sample planning data present') });
    expect(await api().funding.summary({})).toEqual(before);
    expect((await api().donors.list()).length).toBe(5);
  });
});
