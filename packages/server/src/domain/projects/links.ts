import type { TMandateBudgetLineLink, TMandateProjectLink } from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import type { Database } from '../../db/types.ts';
import { recordWrite, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';

async function requireMandate(db: Kysely<Database>, mandateId: number) {
  const mandate = await db.selectFrom('mandate').select('id').where('id', '=', mandateId).executeTakeFirst();
  if (mandate === undefined) throw new AppError('NOT_FOUND', `No mandate with id ${mandateId}`);
}

/** A mandate–project link as the audit log shows it (code: the project as people know it). */
export async function projectLinkEntry(db: Kysely<Database>, link: TMandateProjectLink) {
  const project = await db
    .selectFrom('project')
    .select(['id', 'code'])
    .where('id', '=', link.projectId)
    .executeTakeFirst();
  if (project === undefined) throw new AppError('NOT_FOUND', `No project with id ${link.projectId}`);
  return { project: { id: project.id, code: project.code } };
}

async function budgetLineLinkEntry(db: Kysely<Database>, link: TMandateBudgetLineLink) {
  const line = await db
    .selectFrom('budget_line')
    .select(['id', 'title'])
    .where('id', '=', link.budgetLineId)
    .executeTakeFirst();
  if (line === undefined) throw new AppError('NOT_FOUND', `No budget line with id ${link.budgetLineId}`);
  return { budgetLine: { id: line.id, title: line.title } };
}

/**
 * Links a mandate to a project (idempotent: linking again writes nothing and records nothing).
 * Accepting a suggestion is this link; a dismissal of the same pair is withdrawn, since the
 * planner changed their mind.
 */
export async function linkMandateToProject(
  db: Kysely<Database>,
  link: TMandateProjectLink,
  writer: WriteContext,
  options: { sample?: boolean; action?: 'link' | 'accept-suggestion' } = {},
): Promise<{ linked: boolean }> {
  return inTransaction(db, async (trx) => {
    await requireMandate(trx, link.mandateId);
    const entry = await projectLinkEntry(trx, link);
    const inserted = await trx
      .insertInto('mandate_project')
      .values({ mandate_id: link.mandateId, project_id: link.projectId, sample: options.sample ?? false })
      .onConflict((conflict) => conflict.columns(['mandate_id', 'project_id']).doNothing())
      .returning('mandate_id')
      .execute();
    const dismissals = await trx
      .deleteFrom('link_suggestion_dismissal')
      .where('mandate_id', '=', link.mandateId)
      .where('project_id', '=', link.projectId)
      .returning('mandate_id')
      .execute();
    if (inserted.length > 0 || dismissals.length > 0) {
      await recordWrite(trx, writer, {
        action: options.action ?? 'link',
        entityType: 'mandate',
        entityId: link.mandateId,
        before: null,
        after: entry,
      });
    }
    return { linked: inserted.length > 0 };
  });
}

/** Removes a mandate–project link; `unlinked: false` (and nothing recorded) when there was none. */
export async function unlinkMandateFromProject(
  db: Kysely<Database>,
  link: TMandateProjectLink,
  writer: WriteContext,
): Promise<{ unlinked: boolean }> {
  return inTransaction(db, async (trx) => {
    const deleted = await trx
      .deleteFrom('mandate_project')
      .where('mandate_id', '=', link.mandateId)
      .where('project_id', '=', link.projectId)
      .returning('mandate_id')
      .execute();
    if (deleted.length > 0) {
      await recordWrite(trx, writer, {
        action: 'unlink',
        entityType: 'mandate',
        entityId: link.mandateId,
        before: await projectLinkEntry(trx, link),
        after: null,
      });
    }
    return { unlinked: deleted.length > 0 };
  });
}

/** Links a mandate to a budget line (idempotent: linking again writes nothing and records nothing). */
export async function linkMandateToBudgetLine(
  db: Kysely<Database>,
  link: TMandateBudgetLineLink,
  writer: WriteContext,
  options: { sample?: boolean } = {},
): Promise<{ linked: boolean }> {
  return inTransaction(db, async (trx) => {
    await requireMandate(trx, link.mandateId);
    const entry = await budgetLineLinkEntry(trx, link);
    const inserted = await trx
      .insertInto('mandate_budget_line')
      .values({ mandate_id: link.mandateId, budget_line_id: link.budgetLineId, sample: options.sample ?? false })
      .onConflict((conflict) => conflict.columns(['mandate_id', 'budget_line_id']).doNothing())
      .returning('mandate_id')
      .execute();
    if (inserted.length > 0) {
      await recordWrite(trx, writer, {
        action: 'link',
        entityType: 'mandate',
        entityId: link.mandateId,
        before: null,
        after: entry,
      });
    }
    return { linked: inserted.length > 0 };
  });
}

/** Removes a mandate–budget line link; `unlinked: false` (and nothing recorded) when there was none. */
export async function unlinkMandateFromBudgetLine(
  db: Kysely<Database>,
  link: TMandateBudgetLineLink,
  writer: WriteContext,
): Promise<{ unlinked: boolean }> {
  return inTransaction(db, async (trx) => {
    const deleted = await trx
      .deleteFrom('mandate_budget_line')
      .where('mandate_id', '=', link.mandateId)
      .where('budget_line_id', '=', link.budgetLineId)
      .returning('mandate_id')
      .execute();
    if (deleted.length > 0) {
      await recordWrite(trx, writer, {
        action: 'unlink',
        entityType: 'mandate',
        entityId: link.mandateId,
        before: await budgetLineLinkEntry(trx, link),
        after: null,
      });
    }
    return { unlinked: deleted.length > 0 };
  });
}
