import { ZAuditForEntity, ZAuditList } from '@mandate-tracker/shared';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
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
