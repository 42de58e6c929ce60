import type { Kysely, Selectable } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import type { AuditLogTable } from '../../src/db/tables/audit.ts';
import type { Database } from '../../src/db/types.ts';
import { appRouter } from '../../src/trpc/root.ts';
import { createCallerFactory, createContext } from '../../src/trpc/trpc.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { describeEachEngine, type EngineName } from '../helpers/engines.ts';
import { corpusText, editedA65457 } from '../imports/corpus.ts';
import { insertTestMandate, VI_14 } from '../planning/fixtures.ts';
import { resetDatabase } from '../planning/reference-data.ts';

const REQUEST_ID = 'audit-test-request';
const planner = TEST_ACTORS.planner;
const createCaller = createCallerFactory(appRouter);

/** A caller acting as the test planner with a known request id, so entries can be matched to it. */
function plannerCaller(db: Kysely<Database>, engine: EngineName) {
  return createCaller(createContext({ db, engine }, { actor: planner, requestId: REQUEST_ID }));
}

/** A value as the jsonb column hands it back (Dates become ISO strings). */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

async function lastAuditId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Runs `write` and returns the audit rows it added. */
async function auditOf(db: Kysely<Database>, write: () => Promise<unknown>): Promise<Selectable<AuditLogTable>[]> {
  const mark = await lastAuditId(db);
  await write();
  return db.selectFrom('audit_log').selectAll().where('id', '>', mark).orderBy('id').execute();
}

/** What every entry written by the planner through the API carries. */
function byPlanner(entry: { action: string; entity_type: string; entity_id: string; before: unknown; after: unknown }) {
  return {
    ...entry,
    actor_user_id: planner.userId,
    actor_label: planner.email,
    actor_via: planner.via,
    request_id: REQUEST_ID,
    at: expect.any(Date),
    id: expect.any(Number),
  };
}

describeEachEngine('every write procedure records exactly one audit entry', (getDb, engine) => {
  const api = () => plannerCaller(getDb(), engine);
  let mandateId = 0;
  beforeEach(async () => {
    await resetDatabase(getDb());
    mandateId = (await insertTestMandate(getDb(), VI_14)).mandateId;
  });

  it('mandates.update: the planning fields before and after; a status change alone is a status action', async () => {
    const rows = await auditOf(getDb(), () =>
      api().mandates.update({ id: mandateId, version: 1, ownerUnit: 'DTA', priority: 'high' }),
    );
    const before = { id: mandateId, status: 'open', ownerUnit: null, priority: null, notes: null, version: 1 };
    const after = { ...before, ownerUnit: 'DTA', priority: 'high', version: 2 };
    expect(rows).toEqual([
      byPlanner({ action: 'update', entity_type: 'mandate', entity_id: String(mandateId), before, after }),
    ]);

    const status = await auditOf(getDb(), () =>
      api().mandates.update({ id: mandateId, version: 2, status: 'in-progress' }),
    );
    expect(status).toEqual([
      byPlanner({
        action: 'status',
        entity_type: 'mandate',
        entity_id: String(mandateId),
        before: after,
        after: { ...after, status: 'in-progress', version: 3 },
      }),
    ]);
  });

  it('mandates.override and clearOverride: the field, the stored correction before and after, the version', async () => {
    const set = await auditOf(getDb(), () =>
      api().mandates.override({ id: mandateId, version: 1, field: 'verbs', value: ['urge'] }),
    );
    expect(set).toEqual([
      byPlanner({
        action: 'override',
        entity_type: 'mandate',
        entity_id: String(mandateId),
        before: { id: mandateId, field: 'verbs', override: null, version: 1 },
        after: { id: mandateId, field: 'verbs', override: ['urge'], version: 2 },
      }),
    ]);
    const stored = await getDb()
      .selectFrom('mandate_override')
      .select('created_by')
      .where('mandate_id', '=', mandateId)
      .execute();
    expect(stored).toEqual([{ created_by: planner.email }]);
    const cleared = await auditOf(getDb(), () =>
      api().mandates.clearOverride({ id: mandateId, version: 2, field: 'verbs' }),
    );
    expect(cleared).toEqual([
      byPlanner({
        action: 'clear-override',
        entity_type: 'mandate',
        entity_id: String(mandateId),
        before: { id: mandateId, field: 'verbs', override: ['urge'], version: 2 },
        after: { id: mandateId, field: 'verbs', override: null, version: 3 },
      }),
    ]);
  });

  it('projects: create, update and delete carry the project before and after; link and unlink name it', async () => {
    let project = { id: 0, version: 0 };
    const created = await auditOf(getDb(), async () => {
      project = await api().projects.create({ code: 'GLOU40', title: 'Money-laundering', status: 'active' });
    });
    expect(created).toEqual([
      byPlanner({
        action: 'create',
        entity_type: 'project',
        entity_id: String(project.id),
        before: null,
        after: asJson(project),
      }),
    ]);
    let edited: unknown = null;
    const updated = await auditOf(getDb(), async () => {
      edited = await api().projects.update({ id: project.id, version: project.version, title: 'GPML' });
    });
    expect(updated).toEqual([
      byPlanner({
        action: 'update',
        entity_type: 'project',
        entity_id: String(project.id),
        before: asJson(project),
        after: asJson(edited),
      }),
    ]);
    expect(edited).toMatchObject({ title: 'GPML', version: 2 });

    const link = { mandateId, projectId: project.id };
    const linked = await auditOf(getDb(), () => api().projects.linkMandate(link));
    const named = { project: { id: project.id, code: 'GLOU40' } };
    expect(linked).toEqual([
      byPlanner({ action: 'link', entity_type: 'mandate', entity_id: String(mandateId), before: null, after: named }),
    ]);
    // Linking again changes nothing, so nothing is recorded.
    expect(await auditOf(getDb(), () => api().projects.linkMandate(link))).toEqual([]);
    const unlinked = await auditOf(getDb(), () => api().projects.unlinkMandate(link));
    expect(unlinked).toEqual([
      byPlanner({ action: 'unlink', entity_type: 'mandate', entity_id: String(mandateId), before: named, after: null }),
    ]);

    const deleted = await auditOf(getDb(), () => api().projects.remove({ id: project.id }));
    expect(deleted).toEqual([
      byPlanner({
        action: 'delete',
        entity_type: 'project',
        entity_id: String(project.id),
        before: asJson(edited),
        after: null,
      }),
    ]);
  });

  it('mandates.acceptSuggestion and dismissSuggestion record the project accepted or dismissed', async () => {
    const project = await api().projects.create({ code: 'GLOU40', title: 'Money-laundering', status: 'active' });
    const named = { project: { id: project.id, code: 'GLOU40' } };
    const dismissed = await auditOf(getDb(), () =>
      api().mandates.dismissSuggestion({ mandateId, projectId: project.id }),
    );
    expect(dismissed).toEqual([
      byPlanner({
        action: 'dismiss-suggestion',
        entity_type: 'mandate',
        entity_id: String(mandateId),
        before: null,
        after: named,
      }),
    ]);
    const accepted = await auditOf(getDb(), () =>
      api().mandates.acceptSuggestion({ mandateId, projectId: project.id }),
    );
    expect(accepted).toEqual([
      byPlanner({
        action: 'accept-suggestion',
        entity_type: 'mandate',
        entity_id: String(mandateId),
        before: null,
        after: named,
      }),
    ]);
  });

  it('budget lines: create, update, delete, link and unlink', async () => {
    let line = { id: 0, version: 0 };
    const created = await auditOf(getDb(), async () => {
      line = await api().budgetLines.create({
        title: 'Regular budget',
        fund: 'regular-budget',
        period: '2012-2013',
        amount: 100,
      });
    });
    expect(created).toEqual([
      byPlanner({
        action: 'create',
        entity_type: 'budget-line',
        entity_id: String(line.id),
        before: null,
        after: asJson(line),
      }),
    ]);
    let edited: unknown = null;
    const updated = await auditOf(getDb(), async () => {
      edited = await api().budgetLines.update({ id: line.id, version: line.version, amount: 250.5 });
    });
    expect(updated).toEqual([
      byPlanner({
        action: 'update',
        entity_type: 'budget-line',
        entity_id: String(line.id),
        before: asJson(line),
        after: asJson(edited),
      }),
    ]);
    expect(edited).toMatchObject({ amount: 250.5, version: 2 });
    const link = { mandateId, budgetLineId: line.id };
    const named = { budgetLine: { id: line.id, title: 'Regular budget' } };
    expect(await auditOf(getDb(), () => api().budgetLines.linkMandate(link))).toEqual([
      byPlanner({ action: 'link', entity_type: 'mandate', entity_id: String(mandateId), before: null, after: named }),
    ]);
    expect(await auditOf(getDb(), () => api().budgetLines.unlinkMandate(link))).toEqual([
      byPlanner({ action: 'unlink', entity_type: 'mandate', entity_id: String(mandateId), before: named, after: null }),
    ]);
    expect(await auditOf(getDb(), () => api().budgetLines.remove({ id: line.id }))).toEqual([
      byPlanner({
        action: 'delete',
        entity_type: 'budget-line',
        entity_id: String(line.id),
        before: asJson(edited),
        after: null,
      }),
    ]);
  });

  it('donors and contributions: create, update and delete', async () => {
    let donor = { id: 0, version: 0 };
    expect(
      await auditOf(getDb(), async () => {
        donor = await api().donors.create({ name: 'Member State B', kind: 'member-state' });
      }),
    ).toEqual([
      byPlanner({
        action: 'create',
        entity_type: 'donor',
        entity_id: String(donor.id),
        before: null,
        after: asJson(donor),
      }),
    ]);
    let renamed: unknown = null;
    expect(
      await auditOf(getDb(), async () => {
        renamed = await api().donors.update({ id: donor.id, version: donor.version, kind: 'other' });
      }),
    ).toEqual([
      byPlanner({
        action: 'update',
        entity_type: 'donor',
        entity_id: String(donor.id),
        before: asJson(donor),
        after: asJson(renamed),
      }),
    ]);

    let contribution = { id: 0, version: 0 };
    expect(
      await auditOf(getDb(), async () => {
        contribution = await api().contributions.create({
          donorId: donor.id,
          amount: 750_000,
          state: 'pledged',
          date: '2012-02-10',
          earmarked: false,
        });
      }),
    ).toEqual([
      byPlanner({
        action: 'create',
        entity_type: 'contribution',
        entity_id: String(contribution.id),
        before: null,
        after: asJson(contribution),
      }),
    ]);
    let paid: unknown = null;
    expect(
      await auditOf(getDb(), async () => {
        paid = await api().contributions.update({ id: contribution.id, version: contribution.version, state: 'paid' });
      }),
    ).toEqual([
      byPlanner({
        action: 'update',
        entity_type: 'contribution',
        entity_id: String(contribution.id),
        before: asJson(contribution),
        after: asJson(paid),
      }),
    ]);
    expect(await auditOf(getDb(), () => api().contributions.remove({ id: contribution.id }))).toEqual([
      byPlanner({
        action: 'delete',
        entity_type: 'contribution',
        entity_id: String(contribution.id),
        before: asJson(paid),
        after: null,
      }),
    ]);
    expect(await auditOf(getDb(), () => api().donors.remove({ id: donor.id }))).toEqual([
      byPlanner({
        action: 'delete',
        entity_type: 'donor',
        entity_id: String(donor.id),
        before: asJson(renamed),
        after: null,
      }),
    ]);
  });

  it('deliverables: create, update (a status move alone is a status action) and delete', async () => {
    let deliverable = { id: 0, version: 0 };
    expect(
      await auditOf(getDb(), async () => {
        deliverable = await api().deliverables.create({ mandateId, title: 'Report to CCPCJ 21', kind: 'report' });
      }),
    ).toEqual([
      byPlanner({
        action: 'create',
        entity_type: 'deliverable',
        entity_id: String(deliverable.id),
        before: null,
        after: asJson(deliverable),
      }),
    ]);
    let retitled: { version: number } = { version: 0 };
    expect(
      await auditOf(getDb(), async () => {
        retitled = await api().deliverables.update({
          id: deliverable.id,
          version: deliverable.version,
          title: 'Report',
          owner: 'DTA',
        });
      }),
    ).toEqual([
      byPlanner({
        action: 'update',
        entity_type: 'deliverable',
        entity_id: String(deliverable.id),
        before: asJson(deliverable),
        after: asJson(retitled),
      }),
    ]);
    let started: unknown = null;
    expect(
      await auditOf(getDb(), async () => {
        started = await api().deliverables.update({
          id: deliverable.id,
          version: retitled.version,
          status: 'in-progress',
        });
      }),
    ).toEqual([
      byPlanner({
        action: 'status',
        entity_type: 'deliverable',
        entity_id: String(deliverable.id),
        before: asJson(retitled),
        after: asJson(started),
      }),
    ]);
    expect(await auditOf(getDb(), () => api().deliverables.remove({ id: deliverable.id }))).toEqual([
      byPlanner({
        action: 'delete',
        entity_type: 'deliverable',
        entity_id: String(deliverable.id),
        before: asJson(started),
        after: null,
      }),
    ]);
  });

  it('documents.import: one entry per document with its status and counts, and imported_by names the actor', async () => {
    await resetDatabase(getDb());
    let report = { documentId: 0, counts: {} };
    const created = await auditOf(getDb(), async () => {
      report = await api().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' });
    });
    const firstHash = (
      await getDb()
        .selectFrom('document')
        .select('content_hash')
        .where('id', '=', report.documentId)
        .executeTakeFirstOrThrow()
    ).content_hash;
    expect(created).toEqual([
      byPlanner({
        action: 'import',
        entity_type: 'document',
        entity_id: String(report.documentId),
        before: null,
        after: {
          status: 'created',
          documentId: report.documentId,
          symbol: 'A/65/457',
          contentHash: firstHash,
          counts: report.counts,
          carriedOver: 0,
          changedParagraphs: 0,
          notCarriedOver: 0,
        },
      }),
    ]);
    const stored = await getDb()
      .selectFrom('document')
      .select('imported_by')
      .where('id', '=', report.documentId)
      .executeTakeFirstOrThrow();
    expect(stored.imported_by).toBe(planner.email);

    const unchanged = await auditOf(getDb(), () =>
      api().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' }),
    );
    expect(unchanged).toEqual([
      byPlanner({
        action: 'import',
        entity_type: 'document',
        entity_id: String(report.documentId),
        before: { documentId: report.documentId, symbol: 'A/65/457', contentHash: firstHash },
        after: expect.objectContaining({ status: 'unchanged', contentHash: firstHash }),
      }),
    ]);

    let updatedReport = { carriedOver: 0, changes: [] as unknown[], notCarried: [] as unknown[] };
    const updated = await auditOf(getDb(), async () => {
      updatedReport = await api().documents.import({ text: editedA65457(), symbol: 'A/65/457' });
    });
    expect(updated).toEqual([
      byPlanner({
        action: 'import',
        entity_type: 'document',
        entity_id: String(report.documentId),
        before: { documentId: report.documentId, symbol: 'A/65/457', contentHash: firstHash },
        after: expect.objectContaining({
          status: 'updated',
          carriedOver: updatedReport.carriedOver,
          changedParagraphs: updatedReport.changes.length,
          notCarriedOver: updatedReport.notCarried.length,
        }),
      }),
    ]);
    expect(updated[0]?.after).not.toMatchObject({ contentHash: firstHash });
  });

  it('documents.updateResolution: the adopted symbol before and after', async () => {
    await resetDatabase(getDb());
    const report = await api().documents.import({ text: corpusText('A-65-457.txt'), symbol: 'A/65/457' });
    const sixth = (await api().documents.get({ id: report.documentId })).resolutions[5]!;
    const rows = await auditOf(getDb(), () =>
      api().documents.updateResolution({ id: sixth.id, version: sixth.version, adoptedSymbol: 'A/RES/65/232' }),
    );
    expect(rows).toEqual([
      byPlanner({
        action: 'update',
        entity_type: 'resolution',
        entity_id: String(sixth.id),
        before: { id: sixth.id, adoptedSymbol: sixth.adoptedSymbol, version: 1 },
        after: { id: sixth.id, adoptedSymbol: 'A/RES/65/232', version: 2 },
      }),
    ]);
  });
});
