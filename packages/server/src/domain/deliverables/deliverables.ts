import {
  DELIVERABLE_TRANSITIONS,
  type Deliverable,
  type TDeliverableCreate,
  type TDeliverableList,
  type TDeliverableUpdate,
} from '@mandate-tracker/shared';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DeliverableTable } from '../../db/tables/planning.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Database } from '../../db/types.ts';
import { recordWrite, type WriteContext } from '../audit/index.ts';
import { createDueDateResolver } from '../deadlines/index.ts';
import { AppError } from '../errors.ts';
import { staleVersionError } from '../stale-version.ts';

type DeliverableRow = Selectable<DeliverableTable>;

function toDeliverable(row: DeliverableRow): Deliverable {
  return {
    id: row.id,
    mandateId: row.mandate_id,
    reportingObligationId: row.reporting_obligation_id,
    title: row.title,
    kind: row.kind,
    dueDate: row.due_date,
    status: row.status,
    owner: row.owner,
    evidence: row.evidence,
    version: row.version,
    sample: row.sample,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Deliverables, by due date (undated last), filtered by mandate, status and owner. */
export async function listDeliverables(db: Kysely<Database>, filter: TDeliverableList = {}): Promise<Deliverable[]> {
  let query = db.selectFrom('deliverable').selectAll();
  if (filter.mandateId !== undefined) query = query.where('mandate_id', '=', filter.mandateId);
  if (filter.status !== undefined && filter.status.length > 0) query = query.where('status', 'in', filter.status);
  if (filter.owner !== undefined && filter.owner !== '') {
    query = query.where(sql<string>`lower(owner)`, '=', filter.owner.toLowerCase());
  }
  const rows = await query
    .orderBy(sql`due_date asc nulls last`)
    .orderBy('id')
    .execute();
  return rows.map(toDeliverable);
}

/** One deliverable; NOT_FOUND when it does not exist. */
export async function getDeliverable(db: Kysely<Database>, id: number): Promise<Deliverable> {
  const row = await db.selectFrom('deliverable').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new AppError('NOT_FOUND', `No deliverable with id ${id}`);
  return toDeliverable(row);
}

async function obligationOf(db: Kysely<Database>, mandateId: number, obligationId: number) {
  const obligation = await db
    .selectFrom('reporting_obligation')
    .select(['id', 'mandate_id', 'body', 'session', 'until_session', 'relation', 'due_date', 'recurrence'])
    .where('id', '=', obligationId)
    .executeTakeFirst();
  if (obligation === undefined) throw new AppError('NOT_FOUND', `No reporting obligation with id ${obligationId}`);
  if (obligation.mandate_id !== mandateId) {
    throw new AppError('BAD_REQUEST', `Reporting obligation ${obligationId} belongs to another mandate`);
  }
  return obligation;
}

async function dueDateOfObligation(db: Kysely<Database>, obligation: Awaited<ReturnType<typeof obligationOf>>) {
  const resolve = await createDueDateResolver(db);
  return resolve({
    body: obligation.body,
    session: obligation.session,
    untilSession: obligation.until_session,
    relation: obligation.relation,
    due: obligation.due_date,
    recurrence: obligation.recurrence,
  });
}

/**
 * Adds a deliverable to a mandate. Its due date, when not given, is the due date of its
 * reporting obligation (the session's opening date). A report on a mandate with exactly one
 * obligation is attached to that obligation when none is named.
 * @throws AppError NOT_FOUND for an unknown mandate or obligation, BAD_REQUEST for an
 *   obligation of another mandate
 */
export async function createDeliverable(
  db: Kysely<Database>,
  input: TDeliverableCreate,
  writer: WriteContext,
  options: { sample?: boolean } = {},
): Promise<Deliverable> {
  return inTransaction(db, (trx) => insertDeliverable(trx, input, writer, options));
}

async function insertDeliverable(
  db: Kysely<Database>,
  input: TDeliverableCreate,
  writer: WriteContext,
  options: { sample?: boolean },
): Promise<Deliverable> {
  const mandate = await db.selectFrom('mandate').select('id').where('id', '=', input.mandateId).executeTakeFirst();
  if (mandate === undefined) throw new AppError('NOT_FOUND', `No mandate with id ${input.mandateId}`);
  let obligationId = input.reportingObligationId ?? null;
  if (input.reportingObligationId === undefined && input.kind === 'report') {
    const obligations = await db
      .selectFrom('reporting_obligation')
      .select('id')
      .where('mandate_id', '=', input.mandateId)
      .execute();
    if (obligations.length === 1) obligationId = obligations[0]!.id;
  }
  let dueDate = input.dueDate ?? null;
  if (obligationId !== null) {
    const obligation = await obligationOf(db, input.mandateId, obligationId);
    if (input.dueDate === undefined) dueDate = await dueDateOfObligation(db, obligation);
  }
  const row = await db
    .insertInto('deliverable')
    .values({
      mandate_id: input.mandateId,
      reporting_obligation_id: obligationId,
      title: input.title,
      kind: input.kind,
      due_date: dueDate,
      owner: input.owner ?? null,
      evidence: input.evidence ?? null,
      sample: options.sample ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const created = toDeliverable(row);
  await recordWrite(db, writer, {
    action: 'create',
    entityType: 'deliverable',
    entityId: created.id,
    before: null,
    after: created,
  });
  return created;
}

/** True when a deliverable may move from `from` to `to` (staying put is always allowed). */
export function isAllowedTransition(from: Deliverable['status'], to: Deliverable['status']): boolean {
  return from === to || DELIVERABLE_TRANSITIONS[from].includes(to);
}

/**
 * Edits a deliverable with optimistic versioning: the edit must name the version it was based
 * on. Status moves one step forward (planned → in-progress → submitted → delivered) or to
 * cancelled. Naming another obligation without a due date re-derives the due date from it.
 * @throws AppError CONFLICT (details.current: the stored deliverable) when the version is stale,
 *   BAD_REQUEST for a status move that is not allowed, NOT_FOUND for an unknown deliverable
 */
export async function updateDeliverable(
  db: Kysely<Database>,
  input: TDeliverableUpdate,
  writer: WriteContext,
): Promise<Deliverable> {
  return inTransaction(db, (trx) => changeDeliverable(trx, input, writer));
}

async function changeDeliverable(
  db: Kysely<Database>,
  input: TDeliverableUpdate,
  writer: WriteContext,
): Promise<Deliverable> {
  const locked = await db
    .selectFrom('deliverable')
    .select('id')
    .where('id', '=', input.id)
    .forUpdate()
    .executeTakeFirst();
  if (locked === undefined) throw new AppError('NOT_FOUND', `No deliverable with id ${input.id}`);
  const current = await getDeliverable(db, input.id);
  if (current.version !== input.version) throw staleVersionError('deliverable', current, input.version);
  if (input.status !== undefined && !isAllowedTransition(current.status, input.status)) {
    const allowed = DELIVERABLE_TRANSITIONS[current.status];
    throw new AppError(
      'BAD_REQUEST',
      `A ${current.status} deliverable cannot become ${input.status}; it can become ${allowed.length > 0 ? allowed.join(' or ') : 'nothing else'}.`,
      { details: { from: current.status, to: input.status, allowed } },
    );
  }
  let dueDate = input.dueDate;
  if (input.reportingObligationId !== undefined && input.reportingObligationId !== null) {
    const obligation = await obligationOf(db, current.mandateId, input.reportingObligationId);
    if (dueDate === undefined && input.reportingObligationId !== current.reportingObligationId) {
      dueDate = await dueDateOfObligation(db, obligation);
    }
  }
  const row = await db
    .updateTable('deliverable')
    .set({
      ...(input.title !== undefined && { title: input.title }),
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.status !== undefined && { status: input.status }),
      ...(input.reportingObligationId !== undefined && { reporting_obligation_id: input.reportingObligationId }),
      ...(dueDate !== undefined && { due_date: dueDate }),
      ...(input.owner !== undefined && { owner: input.owner }),
      ...(input.evidence !== undefined && { evidence: input.evidence }),
      version: current.version + 1,
      updated_at: sql`now()`,
    })
    .where('id', '=', input.id)
    // Guards against an edit committed between the read above and this write.
    .where('version', '=', input.version)
    .returningAll()
    .executeTakeFirst();
  if (row === undefined) throw staleVersionError('deliverable', await getDeliverable(db, input.id), input.version);
  const after = toDeliverable(row);
  // A change of status alone is its own action, so the log can be filtered for status moves.
  const changed = Object.entries(input).filter(
    ([key, value]) => key !== 'id' && key !== 'version' && value !== undefined,
  );
  const statusOnly = changed.length === 1 && changed[0]?.[0] === 'status';
  await recordWrite(db, writer, {
    action: statusOnly ? 'status' : 'update',
    entityType: 'deliverable',
    entityId: input.id,
    before: current,
    after,
  });
  return after;
}

/** Deletes a deliverable; NOT_FOUND when it does not exist. */
export async function deleteDeliverable(
  db: Kysely<Database>,
  id: number,
  writer: WriteContext,
): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const deleted = await trx.deleteFrom('deliverable').where('id', '=', id).returningAll().executeTakeFirst();
    if (deleted === undefined) throw new AppError('NOT_FOUND', `No deliverable with id ${id}`);
    await recordWrite(trx, writer, {
      action: 'delete',
      entityType: 'deliverable',
      entityId: id,
      before: toDeliverable(deleted),
      after: null,
    });
    return { id: deleted.id };
  });
}
