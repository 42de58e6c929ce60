import type { MandateSuggestion, TSuggestionDecision } from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import type { Database } from '../../db/types.ts';
import { recordWrite, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { linkMandateToProject, projectLinkEntry } from '../projects/links.ts';
import { effective, mandatesWithContext } from '../mandates/effective.ts';
import { matchProjects } from './match-projects.ts';

/**
 * Projects suggested for linking to a mandate (see `matchProjects`), leaving out projects
 * already linked and suggestions a planner dismissed.
 * @throws AppError NOT_FOUND
 */
export async function listMandateSuggestions(db: Kysely<Database>, mandateId: number): Promise<MandateSuggestion[]> {
  const mandate = await mandatesWithContext(db)
    .select(['m.programmes', 'd.subjects', effective.action.as('action')])
    .where('m.id', '=', mandateId)
    .executeTakeFirst();
  if (mandate === undefined) throw new AppError('NOT_FOUND', `There is no mandate ${mandateId}.`);
  const projects = await db
    .selectFrom('project')
    .select(['id', 'code', 'title', 'theme'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mandate_project')
            .select('mandate_project.project_id')
            .whereRef('mandate_project.project_id', '=', 'project.id')
            .where('mandate_project.mandate_id', '=', mandateId),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('link_suggestion_dismissal')
            .select('link_suggestion_dismissal.project_id')
            .whereRef('link_suggestion_dismissal.project_id', '=', 'project.id')
            .where('link_suggestion_dismissal.mandate_id', '=', mandateId),
        ),
      ),
    )
    .execute();
  const byId = new Map(projects.map((project) => [project.id, project]));
  return matchProjects(
    { programmes: mandate.programmes, subjects: mandate.subjects, action: mandate.action },
    projects,
  ).map((match) => {
    const project = byId.get(match.projectId)!;
    return {
      projectId: project.id,
      code: project.code,
      title: project.title,
      theme: project.theme,
      matched: match.matched,
      score: match.score,
    };
  });
}

async function assertBothExist(db: Kysely<Database>, decision: TSuggestionDecision): Promise<void> {
  const mandate = await db.selectFrom('mandate').select('id').where('id', '=', decision.mandateId).executeTakeFirst();
  if (mandate === undefined) throw new AppError('NOT_FOUND', `There is no mandate ${decision.mandateId}.`);
  const project = await db.selectFrom('project').select('id').where('id', '=', decision.projectId).executeTakeFirst();
  if (project === undefined) throw new AppError('NOT_FOUND', `There is no project ${decision.projectId}.`);
}

/**
 * Links the suggested project to the mandate (and forgets an earlier dismissal), recorded in the
 * audit log as an accepted suggestion.
 * @returns the remaining suggestions
 * @throws AppError NOT_FOUND
 */
export async function acceptSuggestion(
  db: Kysely<Database>,
  decision: TSuggestionDecision,
  writer: WriteContext,
): Promise<MandateSuggestion[]> {
  await inTransaction(db, async (trx) => {
    await assertBothExist(trx, decision);
    await linkMandateToProject(trx, decision, writer, { action: 'accept-suggestion' });
  });
  return listMandateSuggestions(db, decision.mandateId);
}

/**
 * Records that a planner does not want this project suggested for this mandate again.
 * @returns the remaining suggestions
 * @throws AppError NOT_FOUND
 */
export async function dismissSuggestion(
  db: Kysely<Database>,
  decision: TSuggestionDecision,
  writer: WriteContext,
): Promise<MandateSuggestion[]> {
  await inTransaction(db, async (trx) => {
    await assertBothExist(trx, decision);
    const inserted = await trx
      .insertInto('link_suggestion_dismissal')
      .values({ mandate_id: decision.mandateId, project_id: decision.projectId })
      .onConflict((conflict) => conflict.columns(['mandate_id', 'project_id']).doNothing())
      .returning('mandate_id')
      .execute();
    if (inserted.length > 0) {
      await recordWrite(trx, writer, {
        action: 'dismiss-suggestion',
        entityType: 'mandate',
        entityId: decision.mandateId,
        before: null,
        after: await projectLinkEntry(trx, decision),
      });
    }
  });
  return listMandateSuggestions(db, decision.mandateId);
}
