import type { TMandateBudgetLineLink, TMandateProjectLink } from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../errors.ts';

async function requireMandate(db: Kysely<Database>, mandateId: number) {
  const mandate = await db.selectFrom('mandate').select('id').where('id', '=', mandateId).executeTakeFirst();
  if (mandate === undefined) throw new AppError('NOT_FOUND', `No mandate with id ${mandateId}`);
}

/**
 * Links a mandate to a project (idempotent). Accepting a suggestion is this link; a dismissal
 * of the same pair is withdrawn, since the planner changed their mind.
 */
export async function linkMandateToProject(
  db: Kysely<Database>,
  link: TMandateProjectLink,
  options: { sample?: boolean } = {},
): Promise<{ linked: boolean }> {
  await requireMandate(db, link.mandateId);
  const project = await db.selectFrom('project').select('id').where('id', '=', link.projectId).executeTakeFirst();
  if (project === undefined) throw new AppError('NOT_FOUND', `No project with id ${link.projectId}`);
  const inserted = await db
    .insertInto('mandate_project')
    .values({ mandate_id: link.mandateId, project_id: link.projectId, sample: options.sample ?? false })
    .onConflict((conflict) => conflict.columns(['mandate_id', 'project_id']).doNothing())
    .returning('mandate_id')
    .execute();
  await db
    .deleteFrom('link_suggestion_dismissal')
    .where('mandate_id', '=', link.mandateId)
    .where('project_id', '=', link.projectId)
    .execute();
  return { linked: inserted.length > 0 };
}

/** Removes a mandate–project link; `unlinked: false` when there was none. */
export async function unlinkMandateFromProject(
  db: Kysely<Database>,
  link: TMandateProjectLink,
): Promise<{ unlinked: boolean }> {
  const deleted = await db
    .deleteFrom('mandate_project')
    .where('mandate_id', '=', link.mandateId)
    .where('project_id', '=', link.projectId)
    .returning('mandate_id')
    .execute();
  return { unlinked: deleted.length > 0 };
}

/** Links a mandate to a budget line (idempotent). */
export async function linkMandateToBudgetLine(
  db: Kysely<Database>,
  link: TMandateBudgetLineLink,
  options: { sample?: boolean } = {},
): Promise<{ linked: boolean }> {
  await requireMandate(db, link.mandateId);
  const line = await db.selectFrom('budget_line').select('id').where('id', '=', link.budgetLineId).executeTakeFirst();
  if (line === undefined) throw new AppError('NOT_FOUND', `No budget line with id ${link.budgetLineId}`);
  const inserted = await db
    .insertInto('mandate_budget_line')
    .values({ mandate_id: link.mandateId, budget_line_id: link.budgetLineId, sample: options.sample ?? false })
    .onConflict((conflict) => conflict.columns(['mandate_id', 'budget_line_id']).doNothing())
    .returning('mandate_id')
    .execute();
  return { linked: inserted.length > 0 };
}

/** Removes a mandate–budget line link; `unlinked: false` when there was none. */
export async function unlinkMandateFromBudgetLine(
  db: Kysely<Database>,
  link: TMandateBudgetLineLink,
): Promise<{ unlinked: boolean }> {
  const deleted = await db
    .deleteFrom('mandate_budget_line')
    .where('mandate_id', '=', link.mandateId)
    .where('budget_line_id', '=', link.budgetLineId)
    .returning('mandate_id')
    .execute();
  return { unlinked: deleted.length > 0 };
}
