import type { AuditEntry, AuditPage, TAuditForEntity, TAuditList } from '@mandate-tracker/shared';
import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { AuditLogTable } from '../../db/tables/audit.ts';
import type { Database } from '../../db/types.ts';

const DEFAULT_LIMIT = 50;

function toAuditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    actorVia: row.actor_via,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
  };
}

type AuditQuery = SelectQueryBuilder<Database, 'audit_log', Selectable<AuditLogTable>>;

/**
 * Newest first, keyset-paginated on (at, id). The cursor is the id of the last entry of the
 * previous page and its `at` is read back from the table, so the comparison keeps the
 * microseconds that a JavaScript Date would drop.
 */
async function page(query: AuditQuery, limit: number | undefined, cursor: string | undefined): Promise<AuditPage> {
  const size = limit ?? DEFAULT_LIMIT;
  let paged = query;
  if (cursor !== undefined) {
    const after = Number(cursor);
    paged = paged.where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple('audit_log.at', 'audit_log.id'),
        '<',
        selectFrom('audit_log as seen')
          .select(['seen.at', 'seen.id'])
          .where('seen.id', '=', after)
          .$asTuple('at', 'id'),
      ),
    );
  }
  const rows = await paged
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(size + 1)
    .execute();
  const entries = rows.slice(0, size).map(toAuditEntry);
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > size && last !== undefined ? String(last.id) : null };
}

/**
 * One entity's history, newest first. A mandate's history includes the entries of its
 * deliverables (created, changed or deleted), found by the `mandateId` their values record, so
 * a planner sees all the work on a mandate in one place.
 */
export function auditForEntity(db: Kysely<Database>, input: TAuditForEntity): Promise<AuditPage> {
  const query = db
    .selectFrom('audit_log')
    .selectAll('audit_log')
    .where((eb) => {
      const itself = eb.and([
        eb('audit_log.entity_type', '=', input.entityType),
        eb('audit_log.entity_id', '=', input.entityId),
      ]);
      if (input.entityType !== 'mandate') return itself;
      const mandateId = String(input.entityId);
      return eb.or([
        itself,
        eb.and([
          eb('audit_log.entity_type', '=', 'deliverable'),
          eb.or([
            eb(sql<string>`audit_log.after ->> 'mandateId'`, '=', mandateId),
            eb(sql<string>`audit_log.before ->> 'mandateId'`, '=', mandateId),
          ]),
        ]),
      ]);
    });
  return page(query, input.limit, input.cursor);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The day after an ISO date, as the exclusive end of an inclusive UTC range. */
function startOfNextDay(isoDate: string): Date {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

/** The whole log, filtered by actor, entity, action and UTC days, newest first. */
export function listAudit(db: Kysely<Database>, input: TAuditList): Promise<AuditPage> {
  let query = db.selectFrom('audit_log').selectAll('audit_log');
  if (input.actorEmail !== undefined) {
    query = query.where('audit_log.actor_label', 'ilike', `%${escapeLike(input.actorEmail)}%`);
  }
  if (input.entityType !== undefined) query = query.where('audit_log.entity_type', '=', input.entityType);
  if (input.entityId !== undefined) query = query.where('audit_log.entity_id', '=', input.entityId);
  if (input.action !== undefined) query = query.where('audit_log.action', '=', input.action);
  if (input.from !== undefined) query = query.where('audit_log.at', '>=', new Date(`${input.from}T00:00:00Z`));
  if (input.to !== undefined) query = query.where('audit_log.at', '<', startOfNextDay(input.to));
  return page(query, input.limit, input.cursor);
}
