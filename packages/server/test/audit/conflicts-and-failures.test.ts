import type { Kysely } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import type { Database } from '../../src/db/types.ts';
import { importDocument } from '../../src/domain/imports/index.ts';
import { updateMandate } from '../../src/domain/mandates/index.ts';
import { updateProject } from '../../src/domain/projects/index.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { corpusText } from '../imports/corpus.ts';
import { callerFor, failureOf } from '../planning/caller.ts';
import { insertTestMandate, VI_14 } from '../planning/fixtures.ts';
import { resetDatabase } from '../planning/reference-data.ts';

async function auditCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The `details.current` of a CONFLICT as the client receives it. */
function currentOf(error: { cause?: unknown }): unknown {
  return (error.cause as { details?: { current?: unknown } } | undefined)?.details?.current;
}

const writer = { actor: TEST_ACTORS.planner, requestId: 'failing-request' };

describeEachEngine('stale updates and failed writes', (getDb, engine) => {
  const api = () => callerFor(getDb(), engine);
  let mandateId = 0;
  beforeEach(async () => {
    await resetDatabase(getDb());
    mandateId = (await insertTestMandate(getDb(), VI_14)).mandateId;
  });

  it('refuses a stale update of every versioned entity with CONFLICT and the current values, and records nothing', async () => {
    // Each entity is edited once (version 1 -> 2), then edited again from version 1.
    const project = await api().projects.create({ code: 'GLOU40', title: 'Money-laundering', status: 'active' });
    const line = await api().budgetLines.create({ title: 'RB', fund: 'regular-budget', period: '2012', amount: 1 });
    const donor = await api().donors.create({ name: 'Member State B', kind: 'member-state' });
    const contribution = await api().contributions.create({
      donorId: donor.id,
      amount: 5,
      state: 'pledged',
      date: '2012-02-10',
      earmarked: true,
    });
    const deliverable = await api().deliverables.create({ mandateId, title: 'Report', kind: 'report' });
    const report = await api().documents.import({ text: corpusText('A-RES-65-232.txt'), symbol: 'A/RES/65/232' });
    const resolution = (await api().documents.get({ id: report.documentId })).resolutions[0]!;

    const cases: { name: string; first: () => Promise<unknown>; stale: () => Promise<unknown> }[] = [
      {
        name: 'mandate',
        first: () => api().mandates.update({ id: mandateId, version: 1, notes: 'first' }),
        stale: () => api().mandates.update({ id: mandateId, version: 1, notes: 'second' }),
      },
      {
        name: 'project',
        first: () => api().projects.update({ id: project.id, version: 1, title: 'first' }),
        stale: () => api().projects.update({ id: project.id, version: 1, title: 'second' }),
      },
      {
        name: 'budget line',
        first: () => api().budgetLines.update({ id: line.id, version: 1, amount: 2 }),
        stale: () => api().budgetLines.update({ id: line.id, version: 1, amount: 3 }),
      },
      {
        name: 'donor',
        first: () => api().donors.update({ id: donor.id, version: 1, kind: 'other' }),
        stale: () => api().donors.update({ id: donor.id, version: 1, kind: 'private' }),
      },
      {
        name: 'contribution',
        first: () => api().contributions.update({ id: contribution.id, version: 1, state: 'paid' }),
        stale: () => api().contributions.update({ id: contribution.id, version: 1, amount: 9 }),
      },
      {
        name: 'deliverable',
        first: () => api().deliverables.update({ id: deliverable.id, version: 1, owner: 'DTA' }),
        stale: () => api().deliverables.update({ id: deliverable.id, version: 1, owner: 'DO' }),
      },
      {
        name: 'resolution',
        first: () => api().documents.updateResolution({ id: resolution.id, version: 1, adoptedSymbol: 'A/RES/65/999' }),
        stale: () => api().documents.updateResolution({ id: resolution.id, version: 1, adoptedSymbol: null }),
      },
    ];
    for (const { name, first, stale } of cases) {
      const saved = await first();
      const before = await auditCount(getDb());
      const error = await failureOf(stale);
      expect(error.code, name).toBe('CONFLICT');
      expect(error.message, name).toContain(`this ${name}`);
      // The current values are exactly what the first edit saved.
      expect(currentOf(error), name).toEqual(saved);
      expect(await auditCount(getDb()), name).toBe(before);
    }
  });

  it('refuses a correction or its removal based on an old mandate version', async () => {
    await api().mandates.override({ id: mandateId, version: 1, field: 'action', value: 'provide assistance' });
    const before = await auditCount(getDb());
    const staleSet = await failureOf(() =>
      api().mandates.override({ id: mandateId, version: 1, field: 'action', value: 'something else' }),
    );
    expect(staleSet.code).toBe('CONFLICT');
    expect(currentOf(staleSet)).toEqual({ id: mandateId, field: 'action', override: 'provide assistance', version: 2 });
    const staleClear = await failureOf(() =>
      api().mandates.clearOverride({ id: mandateId, version: 1, field: 'action' }),
    );
    expect(staleClear.code).toBe('CONFLICT');
    expect(await auditCount(getDb())).toBe(before);
    expect((await api().mandates.get({ id: mandateId })).action).toBe('provide assistance');
  });

  it('records nothing for a write refused as NOT_FOUND or BAD_REQUEST', async () => {
    const before = await auditCount(getDb());
    expect((await failureOf(() => api().projects.update({ id: 999_999, version: 1, title: 'x' }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failureOf(() => api().projects.remove({ id: 999_999 }))).code).toBe('NOT_FOUND');
    expect((await failureOf(() => api().mandates.update({ id: 999_999, version: 1, notes: 'x' }))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await failureOf(() => api().deliverables.create({ mandateId: 999_999, title: 'x', kind: 'report' }))).code,
    ).toBe('NOT_FOUND');
    expect((await failureOf(() => api().projects.linkMandate({ mandateId, projectId: 999_999 }))).code).toBe(
      'NOT_FOUND',
    );
    const deliverable = await api().deliverables.create({ mandateId, title: 'Report', kind: 'report' });
    const afterCreate = await auditCount(getDb());
    // planned -> delivered skips steps: refused after the row was read, before anything was written.
    const jump = await failureOf(() =>
      api().deliverables.update({ id: deliverable.id, version: deliverable.version, status: 'delivered' }),
    );
    expect(jump.code).toBe('BAD_REQUEST');
    expect(await auditCount(getDb())).toBe(afterCreate);
    expect(afterCreate).toBe(before + 1);
  });

  it('rolls back the write and its audit entry together when the transaction fails after both', async () => {
    const project = await api().projects.create({ code: 'GLOU40', title: 'Money-laundering', status: 'active' });
    const before = await auditCount(getDb());
    const failure = new Error('simulated failure after the write');
    await expect(
      getDb()
        .transaction()
        .execute(async (trx) => {
          await updateProject(trx, { id: project.id, version: project.version, title: 'Changed' }, writer);
          await updateMandate(trx, { id: mandateId, version: 1, notes: 'Changed' }, writer);
          // Both writes and both entries are in the transaction now…
          expect(await auditCount(trx)).toBe(before + 2);
          throw failure;
        }),
    ).rejects.toBe(failure);
    // …and none of them survived it.
    expect(await auditCount(getDb())).toBe(before);
    expect(await api().projects.get({ id: project.id })).toMatchObject({ title: 'Money-laundering', version: 1 });
    expect(await api().mandates.get({ id: mandateId })).toMatchObject({ notes: null, version: 1 });
  });

  it('rolls back an import and its audit entry together', async () => {
    const before = await auditCount(getDb());
    const documentsBefore = await getDb().selectFrom('document').select('id').execute();
    const failure = new Error('simulated failure after the import');
    await expect(
      getDb()
        .transaction()
        .execute(async (trx) => {
          await importDocument(trx, { text: corpusText('A-RES-65-232.txt') }, writer);
          throw failure;
        }),
    ).rejects.toBe(failure);
    expect(await auditCount(getDb())).toBe(before);
    expect(await getDb().selectFrom('document').select('id').execute()).toEqual(documentsBefore);
  });
});
