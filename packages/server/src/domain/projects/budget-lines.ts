import type { BudgetLine, TBudgetLineCreate, TBudgetLineList, TBudgetLineUpdate } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import type { Database } from '../../db/types.ts';
import { recordWrite, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { staleVersionError } from '../stale-version.ts';
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
    version: row.version,
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
  writer: WriteContext,
  options: { sample?: boolean } = {},
): Promise<BudgetLine> {
  try {
    return await inTransaction(db, async (trx) => {
      const { id } = await trx
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
      const created = await getBudgetLine(trx, id);
      await recordWrite(trx, writer, {
        action: 'create',
        entityType: 'budget-line',
        entityId: id,
        before: null,
        after: created,
      });
      return created;
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw unknownProject(input.projectId, error);
    throw error;
  }
}

/**
 * Edits the given fields of a budget line if nobody changed it since `version`.
 * @throws AppError NOT_FOUND (line or project); CONFLICT with `details.current` when the version is stale
 */
export async function updateBudgetLine(
  db: Kysely<Database>,
  input: TBudgetLineUpdate,
  writer: WriteContext,
): Promise<BudgetLine> {
  try {
    return await inTransaction(db, async (trx) => {
      const locked = await trx
        .selectFrom('budget_line')
        .select('id')
        .where('id', '=', input.id)
        .forUpdate()
        .executeTakeFirst();
      if (locked === undefined) throw new AppError('NOT_FOUND', `No budget line with id ${input.id}`);
      const before = await getBudgetLine(trx, input.id);
      if (before.version !== input.version) throw staleVersionError('budget line', before, input.version);
      await trx
        .updateTable('budget_line')
        .set({
          ...(input.title !== undefined && { title: input.title }),
          ...(input.fund !== undefined && { fund: input.fund }),
          ...(input.period !== undefined && { period: input.period }),
          ...(input.amount !== undefined && { amount: input.amount }),
          ...(input.currency !== undefined && { currency: input.currency }),
          ...(input.projectId !== undefined && { project_id: input.projectId }),
          ...(input.source !== undefined && { source: input.source }),
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', input.id)
        .execute();
      const after = await getBudgetLine(trx, input.id);
      await recordWrite(trx, writer, {
        action: 'update',
        entityType: 'budget-line',
        entityId: input.id,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw unknownProject(input.projectId, error);
    throw error;
  }
}

/** Deletes a budget line and its links; contributions towards it stay, detached from it. */
export async function deleteBudgetLine(
  db: Kysely<Database>,
  id: number,
  writer: WriteContext,
): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const before = await getBudgetLine(trx, id);
    await trx.deleteFrom('budget_line').where('id', '=', id).execute();
    await recordWrite(trx, writer, { action: 'delete', entityType: 'budget-line', entityId: id, before, after: null });
    return { id };
  });
}
