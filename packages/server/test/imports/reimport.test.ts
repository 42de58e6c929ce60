import { beforeEach, expect, it } from 'vitest';
import { appRouter } from '../../src/trpc/root.ts';
import { createCallerFactory, createContext } from '../../src/trpc/trpc.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { resetDatabase } from '../planning/reference-data.ts';
import { corpusText, editedA65457 } from './corpus.ts';

const createCaller = createCallerFactory(appRouter);

describeEachEngine('documents.import of a new version', (getDb, engine) => {
  const caller = () => createCaller(createContext({ db: getDb(), engine }, { actor: TEST_ACTORS.planner }));
  beforeEach(() => resetDatabase(getDb()));

  async function mandateAt(documentId: number, label: string, paragraph: string) {
    const page = await caller().mandates.list({ documentId, limit: 200, unodcFacing: null });
    const found = page.items.find(
      (mandate) => mandate.resolutionLabel === label && mandate.paragraphNumber === paragraph,
    );
    if (found === undefined) throw new Error(`no mandate at ${label}.${paragraph}`);
    return found;
  }

  it("keeps a planner's override, status, project link and deliverable status and reports what changed", async () => {
    const db = getDb();
    const first = await caller().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' });
    const fourteen = await mandateAt(first.documentId, 'I', '14');
    const twelve = await mandateAt(first.documentId, 'I', '12');

    // A planner's work on I.14: status and owner, a corrected addressee, a project link and a deliverable.
    const updated = await caller().mandates.update({
      id: fourteen.id,
      version: fourteen.version,
      status: 'in-progress',
      ownerUnit: 'DTA',
      priority: 'high',
    });
    await caller().mandates.override({
      id: fourteen.id,
      version: updated.version,
      field: 'addressees',
      value: ['unodc'],
    });
    const project = await db
      .insertInto('project')
      .values({
        code: 'GLOX99',
        title: 'Realignment support',
        theme: 'Governance',
        region: null,
        status: 'active',
        period_start: '2011-01-01',
        period_end: '2012-12-31',
        source: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('mandate_project').values({ mandate_id: fourteen.id, project_id: project.id }).execute();
    const ccpcj = fourteen.obligations.find((obligation) => obligation.body === 'ccpcj')!;
    await db
      .insertInto('deliverable')
      .values({
        mandate_id: fourteen.id,
        reporting_obligation_id: ccpcj.id,
        title: 'Report on the realignment',
        kind: 'report',
        due_date: '2011-04-11',
        status: 'submitted',
        owner: 'DTA',
        evidence: 'E/CN.15/2011/2',
      })
      .execute();
    // …and on I.12, which the new version drops.
    await caller().mandates.update({ id: twelve.id, version: twelve.version, status: 'completed' });
    expect(updated.version).toBe(fourteen.version + 1);

    const report = await caller().documents.import({ text: editedA65457(), symbol: 'A/65/457' });

    expect(report).toMatchObject({ status: 'updated', documentId: first.documentId, symbol: 'A/65/457' });
    expect(report.changes).toEqual(
      expect.arrayContaining([
        { kind: 'edited', resolution: 'I', part: 'operative', paragraph: '14' },
        { kind: 'removed', resolution: 'I', part: 'operative', paragraph: '12' },
      ]),
    );
    expect(report.changes).toHaveLength(2);
    expect(report.notCarried).toEqual([
      expect.objectContaining({ resolution: 'I', paragraph: '12', clauseIndex: 0, lost: ['status completed'] }),
    ]);
    expect(report.carriedOver).toBe(report.counts.mandates);

    const moved = await caller().mandates.get({ id: (await mandateAt(first.documentId, 'I', '14')).id });
    expect(moved.id).not.toBe(fourteen.id);
    expect(moved.paragraph.text).toContain('full realignment');
    expect(moved).toMatchObject({
      status: 'in-progress',
      ownerUnit: 'DTA',
      priority: 'high',
      addressees: ['unodc'],
      overridden: ['addressees'],
    });
    expect(moved.extracted.addressees).toEqual(['unodc-executive-director']);
    expect(moved.projects.map((linked) => linked.code)).toEqual(['GLOX99']);
    expect(moved.deliverables).toEqual([
      expect.objectContaining({ title: 'Report on the realignment', status: 'submitted' }),
    ]);
    const deliverable = await db
      .selectFrom('deliverable')
      .select(['mandate_id', 'reporting_obligation_id'])
      .executeTakeFirstOrThrow();
    const newCcpcj = moved.obligations.find((obligation) => obligation.body === 'ccpcj')!;
    expect(deliverable).toEqual({ mandate_id: moved.id, reporting_obligation_id: newCcpcj.id });
    expect(
      await db.selectFrom('mandate').select('id').where('id', '=', fourteen.id).executeTakeFirst(),
    ).toBeUndefined();

    // The same new version again is unchanged, and the override still wins.
    const again = await caller().documents.import({ text: editedA65457(), symbol: 'A/65/457' });
    expect(again.status).toBe('unchanged');
    expect((await mandateAt(first.documentId, 'I', '14')).addressees).toEqual(['unodc']);
  });

  it('keeps an adopted symbol entered on a draft resolution across versions', async () => {
    const first = await caller().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' });
    const sixth = (await caller().documents.get({ id: first.documentId })).resolutions[5]!;
    await caller().documents.updateResolution({ id: sixth.id, version: sixth.version, adoptedSymbol: 'A/RES/65/232' });

    await caller().documents.import({ text: editedA65457(), symbol: 'A/65/457' });

    const after = (await caller().documents.get({ id: first.documentId })).resolutions[5]!;
    expect(after.id).not.toBe(sixth.id);
    expect(after).toMatchObject({ label: 'VI', adoptedSymbol: 'A/RES/65/232' });
  });
});
