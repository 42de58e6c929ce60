import type { MandateDetail, OverrideField, TClearOverride, TMandateOverride } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import type { Database } from '../../db/types.ts';
import { actorLabel, recordWrite, type WriteContext } from '../audit/index.ts';
import { createDueDateResolver } from '../deadlines/due-date.ts';
import { AppError } from '../errors.ts';
import { staleVersionError } from '../stale-version.ts';
import { getMandate } from './get-mandate.ts';

/**
 * Locks the mandate and checks the correction was based on its current version.
 * @returns the stored override of `field` (null when there is none) and the version
 * @throws AppError NOT_FOUND; CONFLICT with `details.current` (the version and the field's stored override)
 */
async function lockForCorrection(
  trx: Kysely<Database>,
  input: { id: number; version: number; field: OverrideField },
): Promise<CorrectionState> {
  const found = await trx
    .selectFrom('mandate')
    .select(['id', 'version'])
    .where('id', '=', input.id)
    .forUpdate()
    .executeTakeFirst();
  if (found === undefined) throw new AppError('NOT_FOUND', `There is no mandate ${input.id}.`);
  const stored = await trx
    .selectFrom('mandate_override')
    .select('value')
    .where('mandate_id', '=', input.id)
    .where('field', '=', input.field)
    .executeTakeFirst();
  const state: CorrectionState = {
    id: found.id,
    field: input.field,
    override: stored?.value ?? null,
    version: found.version,
  };
  if (found.version !== input.version) throw staleVersionError('mandate', state, input.version);
  return state;
}

/** What the audit log keeps of a correction: the field's override (null: none) and the mandate version. */
interface CorrectionState {
  id: number;
  field: OverrideField;
  override: unknown;
  version: number;
}

async function bumpVersion(trx: Kysely<Database>, id: number): Promise<number> {
  const { version } = await trx
    .updateTable('mandate')
    .set({ version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return version;
}

/**
 * Records a planner's correction of one extracted fact (verbs, addressees, action, resources or
 * reporting). It wins over the extractor everywhere and survives re-import. A `reporting`
 * override is also stored as `entered` obligations with resolved due dates, which replace the
 * extracted ones in lists, calendars and exports.
 * @returns the mandate with the override applied
 * @throws AppError NOT_FOUND; CONFLICT with `details.current` when the version is stale
 */
export async function setMandateOverride(
  db: Kysely<Database>,
  input: TMandateOverride,
  writer: WriteContext,
): Promise<MandateDetail> {
  const createdBy = writer.actor === null ? null : actorLabel(writer.actor);
  await inTransaction(db, async (trx) => {
    const before = await lockForCorrection(trx, input);
    const value = JSON.stringify(input.value);
    await trx
      .insertInto('mandate_override')
      .values({ mandate_id: input.id, field: input.field, value, created_by: createdBy })
      .onConflict((conflict) =>
        conflict
          .columns(['mandate_id', 'field'])
          .doUpdateSet({ value, created_by: createdBy, created_at: new Date() } as never),
      )
      .execute();
    if (input.field === 'reporting') {
      await trx
        .deleteFrom('reporting_obligation')
        .where('mandate_id', '=', input.id)
        .where('origin', '=', 'entered')
        .execute();
      if (input.value.length > 0) {
        const resolveDue = await createDueDateResolver(trx);
        await trx
          .insertInto('reporting_obligation')
          .values(
            input.value.map((obligation) => ({
              mandate_id: input.id,
              body: obligation.body,
              session: obligation.session,
              until_session: obligation.untilSession,
              relation: obligation.relation,
              due_date: resolveDue(obligation) ?? obligation.due,
              recurrence: obligation.recurrence,
              origin: 'entered' as const,
              inherited_from: null,
              span: JSON.stringify(null),
            })),
          )
          .execute();
      }
    }
    const version = await bumpVersion(trx, input.id);
    await recordWrite(trx, writer, {
      action: 'override',
      entityType: 'mandate',
      entityId: input.id,
      before,
      after: { ...before, override: input.value, version },
    });
  });
  return getMandate(db, input.id);
}

/**
 * Removes a planner's correction: the extracted value applies again.
 * @throws AppError NOT_FOUND; CONFLICT with `details.current` when the version is stale
 */
export async function clearMandateOverride(
  db: Kysely<Database>,
  input: TClearOverride,
  writer: WriteContext,
): Promise<MandateDetail> {
  await inTransaction(db, async (trx) => {
    const before = await lockForCorrection(trx, input);
    await trx
      .deleteFrom('mandate_override')
      .where('mandate_id', '=', input.id)
      .where('field', '=', input.field)
      .execute();
    if (input.field === 'reporting') {
      await trx
        .deleteFrom('reporting_obligation')
        .where('mandate_id', '=', input.id)
        .where('origin', '=', 'entered')
        .execute();
    }
    const version = await bumpVersion(trx, input.id);
    await recordWrite(trx, writer, {
      action: 'clear-override',
      entityType: 'mandate',
      entityId: input.id,
      before,
      after: { ...before, override: null, version },
    });
  });
  return getMandate(db, input.id);
}
