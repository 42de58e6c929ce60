import type { TMandateUpdate } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordWrite, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { staleVersionError } from '../stale-version.ts';

export interface MandatePlanningFields {
  id: number;
  status: string;
  ownerUnit: string | null;
  priority: string | null;
  notes: string | null;
  version: number;
}

async function currentPlanningFields(db: Kysely<Database>, id: number): Promise<MandatePlanningFields | null> {
  const row = await db
    .selectFrom('mandate')
    .select(['id', 'status', 'owner_unit', 'priority', 'notes', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row === undefined ? null : toPlanningFields(row);
}

function toPlanningFields(row: {
  id: number;
  status: string;
  owner_unit: string | null;
  priority: string | null;
  notes: string | null;
  version: number;
}): MandatePlanningFields {
  return {
    id: row.id,
    status: row.status,
    ownerUnit: row.owner_unit,
    priority: row.priority,
    notes: row.notes,
    version: row.version,
  };
}

/**
 * Changes a mandate's planning fields (status, owner unit, priority, notes) if nobody changed it
 * since `version`: the row is locked while the version is compared, and the UPDATE checks it
 * again, so two planners cannot both win. Records the change in the audit log.
 * @returns the saved fields with the new version
 * @throws AppError NOT_FOUND; CONFLICT with `details.current` when the version is stale
 */
export async function updateMandate(
  db: Kysely<Database>,
  input: TMandateUpdate,
  writer: WriteContext,
): Promise<MandatePlanningFields> {
  const changes: {
    status?: TMandateUpdate['status'];
    owner_unit?: string | null;
    priority?: TMandateUpdate['priority'];
    notes?: string | null;
  } = {};
  if (input.status !== undefined) changes.status = input.status;
  if (input.ownerUnit !== undefined) changes.owner_unit = input.ownerUnit === '' ? null : input.ownerUnit;
  if (input.priority !== undefined) changes.priority = input.priority;
  if (input.notes !== undefined) changes.notes = input.notes;
  return inTransaction(db, async (trx) => {
    const before = await currentPlanningFields(trx, input.id);
    if (before === null) throw new AppError('NOT_FOUND', `There is no mandate ${input.id}.`);
    if (before.version !== input.version) throw staleVersionError('mandate', before, input.version);
    const updated = await trx
      .updateTable('mandate')
      .set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .returning(['id', 'status', 'owner_unit', 'priority', 'notes', 'version'])
      .executeTakeFirstOrThrow();
    const after = toPlanningFields(updated);
    // A change of status alone is its own action, so the log can be filtered for status moves.
    const statusOnly = Object.keys(changes).length === 1 && changes.status !== undefined;
    await recordWrite(trx, writer, {
      action: statusOnly ? 'status' : 'update',
      entityType: 'mandate',
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
