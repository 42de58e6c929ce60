import type { BudgetLine, TBudgetLineCreate, TBudgetLineList, TBudgetLineUpdate } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../errors.ts';
import { toAmount } from './amounts.ts';
import { isForeignKeyViolation } from './unique-violation.ts';

function selectBudgetLines(db: Kysely<Database>) {
  return db
    .selectFrom('budget_line')
    .leftJoin('project', 'project.id', 'budget_line.project_id')
    .selectAll('budget_line')
    .select('project.code as project_code');
}

type BudgetLineRow = Awaited<ReturnType<ReturnType<typeof selectBudgetLines>['executeTakeFirstOrThrow']>>;

function toBudgetLine(row: BudgetLineRow): BudgetLine {
  return {
    id: row.id,
    title: row.title,
    fund: row.fund,
    period: row.period,
    amount: toAmount(row.amount),
    currency: row.currency,
    projectId: row.project_id,
    projectCode: row.project_code,
    source: row.source,
    sample: row.sample,
  };
}

/** Budget lines by period and title, filtered by project and fund. */
export async function listBudgetLines(db: Kysely<Database>, filter: TBudgetLineList = {}): Promise<BudgetLine[]> {
  let query = selectBudgetLines(db);
  if (filter.projectId !== undefined) query = query.where('budget_line.project_id', '=', filter.projectId);
  if (filter.fund !== undefined && filter.fund.length > 0) query = query.where('budget_line.fund', 'in', filter.fund);
  const rows = await query
    .orderBy('budget_line.period')
    .orderBy('budget_line.title')
    .orderBy('budget_line.id')
    .execute();
  return rows.map(toBudgetLine);
}

/** One budget line; NOT_FOUND when unknown. */
export async function getBudgetLine(db: Kysely<Database>, id: number): Promise<BudgetLine> {
  const row = await selectBudgetLines(db).where('budget_line.id', '=', id).executeTakeFirst();
  if (row === undefined) throw new AppError('NOT_FOUND', `No budget line with id ${id}`);
  return toBudgetLine(row);
}

function unknownProject(projectId: number | null | undefined, cause: unknown): AppError {
  return new AppError('NOT_FOUND', `No project with id ${projectId}`, { cause, details: { field: 'projectId' } });
}

/** Creates a budget line; NOT_FOUND when its project does not exist. */
export async function createBudgetLine(
  db: Kysely<Database>,
  input: TBudgetLineCreate,
  options: { sample?: boolean } = {},
): Promise<BudgetLine> {
  try {
    const { id } = await db
      .insertInto('budget_line')
      .values({
        title: input.title,
        fund: input.fund,
        period: input.period,
        amount: input.amount,
        currency: input.currency,
        project_id: input.projectId ?? null,
        source: input.source ?? null,
        sample: options.sample ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return getBudgetLine(db, id);
  } catch (error) {
    if (isForeignKeyViolation(error)) throw unknownProject(input.projectId, error);
    throw error;
  }
}

/** Edits the given fields of a budget line. */
export async function updateBudgetLine(db: Kysely<Database>, input: TBudgetLineUpdate): Promise<BudgetLine> {
  await getBudgetLine(db, input.id);
  try {
    await db
      .updateTable('budget_line')
      .set({
        ...(input.title !== undefined && { title: input.title }),
        ...(input.fund !== undefined && { fund: input.fund }),
        ...(input.period !== undefined && { period: input.period }),
        ...(input.amount !== undefined && { amount: input.amount }),
        ...(input.currency !== undefined && { currency: input.currency }),
        ...(input.projectId !== undefined && { project_id: input.projectId }),
        ...(input.source !== undefined && { source: input.source }),
        updated_at: sql`now()`,
      })
      .where('id', '=', input.id)
      .execute();
  } catch (error) {
    if (isForeignKeyViolation(error)) throw unknownProject(input.projectId, error);
    throw error;
  }
  return getBudgetLine(db, input.id);
}

/** Deletes a budget line and its links; contributions towards it stay, detached from it. */
export async function deleteBudgetLine(db: Kysely<Database>, id: number): Promise<{ id: number }> {
  const deleted = await db.deleteFrom('budget_line').where('id', '=', id).returning('id').executeTakeFirst();
  if (deleted === undefined) throw new AppError('NOT_FOUND', `No budget line with id ${id}`);
  return deleted;
}
