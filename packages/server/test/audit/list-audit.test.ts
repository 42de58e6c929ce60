import { ZAuditForEntity, ZAuditList } from '@mandate-tracker/shared';
import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { auditForEntity, listAudit, recordAudit } from '../../src/domain/audit/index.ts';
import { clearTables, describeEachEngine } from '../helpers/engines.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';

describeEachEngine('audit log storage and queries', (getDb) => {
  beforeEach(async () => {
    await clearTables(getDb(), { keep: ['body', 'session'] });
  });

  it('stores the actor, entity and JSON values before and after exactly as given', async () => {
    const before = { title: 'Old', tags: ['a', 'b'], nested: { n: 1 }, when: null };
    const after = { title: 'New "quoted"', tags: [], nested: { n: 2 }, when: '2011-04-11' };
    await recordAudit(getDb(), {
      actor: TEST_ACTORS.planner,
      action: 'update',
      entityType: 'project',
      entityId: 7,
      before,
      after,
      requestId: 'req-1',
    });
    const { entries, nextCursor } = await auditForEntity(
      getDb(),
      ZAuditForEntity.parse({ entityType: 'project', entityId: '7' }),
    );
    expect(nextCursor).toBeNull();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: TEST_ACTORS.planner.userId,
      actorLabel: TEST_ACTORS.planner.email,
      actorVia: 'cli',
      action: 'update',
      entityType: 'project',
      entityId: '7',
      before,
      after,
      requestId: 'req-1',
    });
    expect(entries[0]?.at).toBeInstanceOf(Date);
  });

  it("a mandate's history holds its deliverables' entries too, found by the mandateId their values record", async () => {
    const record = (
      entityType: 'mandate' | 'deliverable' | 'project',
      entityId: number,
      before: unknown,
      after: unknown,
    ) => recordAudit(getDb(), { actor: TEST_ACTORS.planner, action: 'update', entityType, entityId, before, after });
    await record('mandate', 5, { owner: null }, { owner: 'DTA' });
    await record('deliverable', 9, null, { mandateId: 5, title: 'Report' });
    await record('deliverable', 10, { mandateId: 5, title: 'Gone' }, null);
    await record('deliverable', 11, null, { mandateId: 6, title: 'Other mandate' });
    await record('project', 5, null, { mandateId: 5 });

    const history = async (entityType: 'mandate' | 'project', entityId: string) =>
      (await auditForEntity(getDb(), ZAuditForEntity.parse({ entityType, entityId }))).entries.map(
        (entry) => `${entry.entityType} ${entry.entityId}`,
      );
    expect(await history('mandate', '5')).toEqual(['deliverable 10', 'deliverable 9', 'mandate 5']);
    expect(await history('mandate', '6')).toEqual(['deliverable 11']);
    // Only a mandate gathers its deliverables: a project's history is its own entries.
    expect(await history('project', '5')).toEqual(['project 5']);
  });

  it("labels writes by the process itself 'system' and by the command line 'cli', and stores a missing side as SQL null", async () => {
    await recordAudit(getDb(), {
      actor: null,
      action: 'create',
      entityType: 'donor',
      entityId: 1,
      before: null,
      after: { name: 'X' },
    });
    await recordAudit(getDb(), {
      actor: 'cli',
      action: 'delete',
      entityType: 'donor',
      entityId: 1,
      before: { name: 'X' },
      after: undefined,
    });
    const rows = await getDb()
      .selectFrom('audit_log')
      .select([
        'actor_label',
        'actor_user_id',
        'actor_via',
        sql<boolean>`before is null`.as('no_before'),
        sql<boolean>`after is null`.as('no_after'),
      ])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { actor_label: 'system', actor_user_id: null, actor_via: null, no_before: true, no_after: false },
      { actor_label: 'cli', actor_user_id: null, actor_via: 'cli', no_before: false, no_after: true },
    ]);
  });
});

describeEachEngine('listAudit filters and pages', (getDb) => {
  const entry = (at: string, actor: string, entityType: string, entityId: string, action: string) => ({
    at,
    actor_user_id: null,
    actor_label: actor,
    actor_via: null,
    action,
    entity_type: entityType,
    entity_id: entityId,
    before: null,
    after: JSON.stringify({ n: entityId }),
    request_id: null,
  });

  beforeEach(async () => {
    await clearTables(getDb(), { keep: ['body', 'session'] });
    // Three rows share one instant, as the entries of one transaction do.
    await getDb()
      .insertInto('audit_log')
      .values([
        entry('2026-11-01T10:00:00.123456Z', 'ana@un.org', 'mandate', '1', 'update'),
        entry('2026-11-02T23:59:59.999999Z', 'Ben@UN.org', 'mandate', '1', 'override'),
        entry('2026-11-03T00:00:00Z', 'ana@un.org', 'project', '7', 'create'),
        entry('2026-11-03T00:00:00Z', 'ana@un.org', 'project', '7', 'update'),
        entry('2026-11-03T00:00:00Z', 'system', 'document', '2', 'import'),
        entry('2026-11-04T08:00:00.000001Z', 'cli', 'document', '3', 'import'),
        entry('2026-11-05T12:00:00Z', 'ben@un.org', 'mandate', '2', 'status'),
      ])
      .execute();
  });

  const labelsOf = async (input: Parameters<typeof ZAuditList.parse>[0]) =>
    (await listAudit(getDb(), ZAuditList.parse(input))).entries.map((found) => `${found.action}:${found.actorLabel}`);

  it('lists newest first and filters by part of the email in any case, entity, action and inclusive UTC days', async () => {
    expect(await labelsOf({})).toEqual([
      'status:ben@un.org',
      'import:cli',
      'import:system',
      'update:ana@un.org',
      'create:ana@un.org',
      'override:Ben@UN.org',
      'update:ana@un.org',
    ]);
    expect(await labelsOf({ actorEmail: 'BEN@' })).toEqual(['status:ben@un.org', 'override:Ben@UN.org']);
    // LIKE wildcards typed by the user match themselves only.
    expect(await labelsOf({ actorEmail: '%' })).toEqual([]);
    expect(await labelsOf({ entityType: 'mandate', entityId: '1' })).toEqual([
      'override:Ben@UN.org',
      'update:ana@un.org',
    ]);
    expect(await labelsOf({ action: 'import' })).toEqual(['import:cli', 'import:system']);
    // 2 Nov includes its last microsecond; 3 Nov starts at midnight UTC.
    expect(await labelsOf({ from: '2026-11-02', to: '2026-11-02' })).toEqual(['override:Ben@UN.org']);
    expect(await labelsOf({ from: '2026-11-03', to: '2026-11-04' })).toEqual([
      'import:cli',
      'import:system',
      'update:ana@un.org',
      'create:ana@un.org',
    ]);
    expect(await labelsOf({ to: '2026-11-01' })).toEqual(['update:ana@un.org']);
    expect(() => ZAuditList.parse({ from: '2026-11-05', to: '2026-11-01' })).toThrow(/start date/);
  });

  it('pages with a cursor through entries sharing an instant, each entry exactly once and in order', async () => {
    const all = (await listAudit(getDb(), ZAuditList.parse({ limit: 200 }))).entries.map((found) => found.id);
    expect(all).toHaveLength(7);
    for (const limit of [1, 2, 3, 6, 7]) {
      const seen: number[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 10; pages += 1) {
        const page = await listAudit(getDb(), ZAuditList.parse({ limit, cursor }));
        seen.push(...page.entries.map((found) => found.id));
        if (page.nextCursor === null) break;
        cursor = page.nextCursor;
      }
      expect(seen, `limit ${limit}`).toEqual(all);
    }
    const first = await auditForEntity(
      getDb(),
      ZAuditForEntity.parse({ entityType: 'project', entityId: '7', limit: 1 }),
    );
    expect(first.entries.map((found) => found.action)).toEqual(['update']);
    const second = await auditForEntity(
      getDb(),
      ZAuditForEntity.parse({ entityType: 'project', entityId: '7', limit: 1, cursor: first.nextCursor! }),
    );
    expect(second.entries.map((found) => found.action)).toEqual(['create']);
    expect(second.nextCursor).toBeNull();
  });
});
