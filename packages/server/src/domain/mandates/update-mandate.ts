import type { TMandateUpdate } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../errors.ts';

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
    .executeTakeFirst();
  return row === undefined
    ? null
    : {
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
 * since `version`: the check and the write are one UPDATE, so two planners cannot both win.
 * @returns the saved fields with the new version
 * @throws AppError NOT_FOUND; CONFLICT with `details.current` when the version is stale
 */
export async function updateMandate(db: Kysely<Database>, input: TMandateUpdate): Promise<MandatePlanningFields> {
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
  const updated = await db
    .updateTable('mandate')
    .set({ ...changes, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .returning(['id', 'status', 'owner_unit', 'priority', 'notes', 'version'])
    .executeTakeFirst();
  if (updated !== undefined) {
    return {
      id: updated.id,
      status: updated.status,
      ownerUnit: updated.owner_unit,
      priority: updated.priority,
      notes: updated.notes,
      version: updated.version,
    };
  }
  const current = await currentPlanningFields(db, input.id);
  if (current === null) throw new AppError('NOT_FOUND', `There is no mandate ${input.id}.`);
  throw new AppError(
    'CONFLICT',
    `Someone else changed this mandate (now version ${current.version}, your edit was based on version ${input.version}). Review the current values and try again.`,
    { details: { current } },
  );
}
