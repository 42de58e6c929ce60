import type { MandateDetail, TClearOverride, TMandateOverride } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { createDueDateResolver } from '../deadlines/due-date.ts';
import { AppError } from '../errors.ts';
import { getMandate } from './get-mandate.ts';

async function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

async function assertMandateExists(trx: Kysely<Database>, id: number): Promise<void> {
  const found = await trx.selectFrom('mandate').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  if (found === undefined) throw new AppError('NOT_FOUND', `There is no mandate ${id}.`);
}

/**
 * Records a planner's correction of one extracted fact (verbs, addressees, action, resources or
 * reporting). It wins over the extractor everywhere and survives re-import. A `reporting`
 * override is also stored as `entered` obligations with resolved due dates, which replace the
 * extracted ones in lists, calendars and exports.
 * @returns the mandate with the override applied
 * @throws AppError NOT_FOUND
 */
export async function setMandateOverride(
  db: Kysely<Database>,
  input: TMandateOverride,
  createdBy: string | null = null,
): Promise<MandateDetail> {
  await inTransaction(db, async (trx) => {
    await assertMandateExists(trx, input.id);
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
    await trx
      .updateTable('mandate')
      .set({ version: sql`version + 1`, updated_at: new Date() })
      .where('id', '=', input.id)
      .execute();
  });
  return getMandate(db, input.id);
}

/**
 * Removes a planner's correction: the extracted value applies again.
 * @throws AppError NOT_FOUND
 */
export async function clearMandateOverride(db: Kysely<Database>, input: TClearOverride): Promise<MandateDetail> {
  await inTransaction(db, async (trx) => {
    await assertMandateExists(trx, input.id);
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
    await trx
      .updateTable('mandate')
      .set({ version: sql`version + 1`, updated_at: new Date() })
      .where('id', '=', input.id)
      .execute();
  });
  return getMandate(db, input.id);
}
