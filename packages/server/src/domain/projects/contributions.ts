import type {
  Contribution,
  TContributionCreate,
  TContributionList,
  TContributionUpdate,
} from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import type { Database } from '../../db/types.ts';
import { recordWrite, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { staleVersionError } from '../stale-version.ts';
import { toAmount } from './amounts.ts';
import { isForeignKeyViolation } from './unique-violation.ts';

function selectContributions(db: Kysely<Database>) {
  return db
    .selectFrom('contribution')
    .innerJoin('donor', 'donor.id', 'contribution.donor_id')
    .selectAll('contribution')
    .select('donor.name as donor_name');
}

type ContributionRow = Awaited<ReturnType<ReturnType<typeof selectContributions>['executeTakeFirstOrThrow']>>;

function toContribution(row: ContributionRow): Contribution {
  return {
    id: row.id,
    donorId: row.donor_id,
    donorName: row.donor_name,
    budgetLineId: row.budget_line_id,
    projectId: row.project_id,
    amount: toAmount(row.amount),
    currency: row.currency,
    state: row.state,
    date: row.date,
    earmarked: row.earmarked,
    version: row.version,
    sample: row.sample,
  };
}

/** Contributions by date, filtered by donor, project or budget line. */
export async function listContributions(db: Kysely<Database>, filter: TContributionList = {}): Promise<Contribution[]> {
  let query = selectContributions(db);
  if (filter.donorId !== undefined) query = query.where('contribution.donor_id', '=', filter.donorId);
  if (filter.projectId !== undefined) query = query.where('contribution.project_id', '=', filter.projectId);
  if (filter.budgetLineId !== undefined) query = query.where('contribution.budget_line_id', '=', filter.budgetLineId);
  const rows = await query.orderBy('contribution.date').orderBy('contribution.id').execute();
  return rows.map(toContribution);
}

/** One contribution; NOT_FOUND when unknown. */
export async function getContribution(db: Kysely<Database>, id: number): Promise<Contribution> {
  const row = await selectContributions(db).where('contribution.id', '=', id).executeTakeFirst();
  if (row === undefined) throw new AppError('NOT_FOUND', `No contribution with id ${id}`);
  return toContribution(row);
}

/**
 * A contribution towards a budget line names the line's project too, so that money given to a
 * project and to its lines is counted once per project (see domain/funding).
 */
async function projectOfLine(db: Kysely<Database>, budgetLineId: number | null | undefined) {
  if (budgetLineId === null || budgetLineId === undefined) return undefined;
  const line = await db
    .selectFrom('budget_line')
    .select('project_id')
    .where('id', '=', budgetLineId)
    .executeTakeFirst();
  if (line === undefined) throw new AppError('NOT_FOUND', `No budget line with id ${budgetLineId}`);
  return line.project_id;
}

function referenceError(cause: unknown): AppError {
  return new AppError('NOT_FOUND', 'The donor, project or budget line of this contribution does not exist', { cause });
}

/** Records a pledge or payment; NOT_FOUND when its donor, project or budget line is unknown. */
export async function createContribution(
  db: Kysely<Database>,
  input: TContributionCreate,
  writer: WriteContext,
  options: { sample?: boolean } = {},
): Promise<Contribution> {
  try {
    return await inTransaction(db, async (trx) => {
      const lineProject = await projectOfLine(trx, input.budgetLineId);
      const { id } = await trx
        .insertInto('contribution')
        .values({
          donor_id: input.donorId,
          budget_line_id: input.budgetLineId ?? null,
          project_id: input.projectId ?? lineProject ?? null,
          amount: input.amount,
          currency: input.currency,
          state: input.state,
          date: input.date,
          earmarked: input.earmarked,
          sample: options.sample ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const created = await getContribution(trx, id);
      await recordWrite(trx, writer, {
        action: 'create',
        entityType: 'contribution',
        entityId: id,
        before: null,
        after: created,
      });
      return created;
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw referenceError(error);
    throw error;
  }
}

/**
 * Edits the given fields of a contribution (e.g. a pledge becoming paid) if nobody changed it
 * since `version`.
 * @throws AppError NOT_FOUND (contribution or a reference); CONFLICT with `details.current` when the version is stale
 */
export async function updateContribution(
  db: Kysely<Database>,
  input: TContributionUpdate,
  writer: WriteContext,
): Promise<Contribution> {
  try {
    return await inTransaction(db, async (trx) => {
      const locked = await trx
        .selectFrom('contribution')
        .select('id')
        .where('id', '=', input.id)
        .forUpdate()
        .executeTakeFirst();
      if (locked === undefined) throw new AppError('NOT_FOUND', `No contribution with id ${input.id}`);
      const before = await getContribution(trx, input.id);
      if (before.version !== input.version) throw staleVersionError('contribution', before, input.version);
      const lineProject = await projectOfLine(trx, input.budgetLineId);
      await trx
        .updateTable('contribution')
        .set({
          ...(input.donorId !== undefined && { donor_id: input.donorId }),
          ...(input.budgetLineId !== undefined && { budget_line_id: input.budgetLineId }),
          ...(input.projectId !== undefined
            ? { project_id: input.projectId }
            : lineProject !== undefined && lineProject !== null && { project_id: lineProject }),
          ...(input.amount !== undefined && { amount: input.amount }),
          ...(input.currency !== undefined && { currency: input.currency }),
          ...(input.state !== undefined && { state: input.state }),
          ...(input.date !== undefined && { date: input.date }),
          ...(input.earmarked !== undefined && { earmarked: input.earmarked }),
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', input.id)
        .execute();
      const after = await getContribution(trx, input.id);
      await recordWrite(trx, writer, {
        action: 'update',
        entityType: 'contribution',
        entityId: input.id,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw referenceError(error);
    throw error;
  }
}

/** Deletes a contribution. */
export async function deleteContribution(
  db: Kysely<Database>,
  id: number,
  writer: WriteContext,
): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const before = await getContribution(trx, id);
    await trx.deleteFrom('contribution').where('id', '=', id).execute();
    await recordWrite(trx, writer, { action: 'delete', entityType: 'contribution', entityId: id, before, after: null });
    return { id };
  });
}
