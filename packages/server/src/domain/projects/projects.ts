import type {
  LinkedMandate,
  Project,
  ProjectDetail,
  TProjectCreate,
  TProjectList,
  TProjectUpdate,
} from '@mandate-tracker/shared';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ProjectTable } from '../../db/tables/planning.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Database } from '../../db/types.ts';
import { recordWrite, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { staleVersionError } from '../stale-version.ts';
import { listBudgetLines } from './budget-lines.ts';
import { listContributions } from './contributions.ts';
import { isUniqueViolation } from './unique-violation.ts';

export function toProject(row: Selectable<ProjectTable>): Project {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    theme: row.theme,
    region: row.region,
    status: row.status,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    source: row.source,
    version: row.version,
    sample: row.sample,
  };
}

/** Projects by code, optionally matching `q` against code, title or theme. */
export async function listProjects(db: Kysely<Database>, filter: TProjectList = {}): Promise<Project[]> {
  let query = db.selectFrom('project').selectAll();
  if (filter.q !== undefined && filter.q !== '') {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    query = query.where((where) =>
      where.or([where('code', 'ilike', pattern), where('title', 'ilike', pattern), where('theme', 'ilike', pattern)]),
    );
  }
  if (filter.status !== undefined && filter.status.length > 0) query = query.where('status', 'in', filter.status);
  return (await query.orderBy('code').execute()).map(toProject);
}

async function findProject(db: Kysely<Database>, id: number, options: { lock?: boolean } = {}) {
  let query = db.selectFrom('project').selectAll().where('id', '=', id);
  if (options.lock === true) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (row === undefined) throw new AppError('NOT_FOUND', `No project with id ${id}`);
  return row;
}

/** Mandates linked through `mandate_project` or `mandate_budget_line`, described for lists. */
export async function linkedMandates(
  db: Kysely<Database>,
  link: { projectId: number } | { budgetLineId: number },
): Promise<LinkedMandate[]> {
  const base = db
    .selectFrom('mandate')
    .innerJoin('document', 'document.id', 'mandate.document_id')
    .innerJoin('resolution', 'resolution.id', 'mandate.resolution_id')
    .innerJoin('paragraph', 'paragraph.id', 'mandate.paragraph_id');
  const rows =
    'projectId' in link
      ? await base
          .innerJoin('mandate_project as link', 'link.mandate_id', 'mandate.id')
          .where('link.project_id', '=', link.projectId)
          .select([
            'mandate.id',
            'document.symbol',
            'resolution.label',
            'paragraph.number',
            'mandate.action',
            'link.sample',
          ])
          .orderBy('mandate.id')
          .execute()
      : await base
          .innerJoin('mandate_budget_line as link', 'link.mandate_id', 'mandate.id')
          .where('link.budget_line_id', '=', link.budgetLineId)
          .select([
            'mandate.id',
            'document.symbol',
            'resolution.label',
            'paragraph.number',
            'mandate.action',
            'link.sample',
          ])
          .orderBy('mandate.id')
          .execute();
  return rows.map((row) => ({
    id: row.id,
    documentSymbol: row.symbol,
    resolutionLabel: row.label,
    paragraphNumber: row.number,
    action: row.action,
    sample: row.sample,
  }));
}

/** A project with its budget lines, contributions and linked mandates; NOT_FOUND when unknown. */
export async function getProject(db: Kysely<Database>, id: number): Promise<ProjectDetail> {
  const project = toProject(await findProject(db, id));
  const [budgetLines, contributions, mandates] = await Promise.all([
    listBudgetLines(db, { projectId: id }),
    listContributions(db, { projectId: id }),
    linkedMandates(db, { projectId: id }),
  ]);
  return { ...project, budgetLines, contributions, mandates };
}

function duplicateCode(code: string, cause: unknown): AppError {
  return new AppError('CONFLICT', `A project with code ${code} already exists`, { cause, details: { field: 'code' } });
}

/** Creates a project; CONFLICT when the code is taken. */
export async function createProject(
  db: Kysely<Database>,
  input: TProjectCreate,
  writer: WriteContext,
  options: { sample?: boolean } = {},
): Promise<Project> {
  try {
    return await inTransaction(db, async (trx) => {
      const row = await trx
        .insertInto('project')
        .values({
          code: input.code,
          title: input.title,
          theme: input.theme ?? null,
          region: input.region ?? null,
          status: input.status,
          period_start: input.periodStart ?? null,
          period_end: input.periodEnd ?? null,
          source: input.source ?? null,
          sample: options.sample ?? false,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const created = toProject(row);
      await recordWrite(trx, writer, {
        action: 'create',
        entityType: 'project',
        entityId: created.id,
        before: null,
        after: created,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(input.code, error);
    throw error;
  }
}

/**
 * Edits the given fields of a project if nobody changed it since `version`.
 * @throws AppError NOT_FOUND; CONFLICT when the version is stale (`details.current`) or the new code is taken
 */
export async function updateProject(
  db: Kysely<Database>,
  input: TProjectUpdate,
  writer: WriteContext,
): Promise<Project> {
  try {
    return await inTransaction(db, async (trx) => {
      const before = toProject(await findProject(trx, input.id, { lock: true }));
      if (before.version !== input.version) throw staleVersionError('project', before, input.version);
      const row = await trx
        .updateTable('project')
        .set({
          ...(input.code !== undefined && { code: input.code }),
          ...(input.title !== undefined && { title: input.title }),
          ...(input.theme !== undefined && { theme: input.theme }),
          ...(input.region !== undefined && { region: input.region }),
          ...(input.status !== undefined && { status: input.status }),
          ...(input.periodStart !== undefined && { period_start: input.periodStart }),
          ...(input.periodEnd !== undefined && { period_end: input.periodEnd }),
          ...(input.source !== undefined && { source: input.source }),
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = toProject(row);
      await recordWrite(trx, writer, { action: 'update', entityType: 'project', entityId: input.id, before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(input.code ?? '', error);
    throw error;
  }
}

/**
 * Deletes a project and its links to mandates; its budget lines and contributions stay,
 * detached (their project becomes empty), so money records are never lost silently.
 */
export async function deleteProject(db: Kysely<Database>, id: number, writer: WriteContext): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const deleted = await trx.deleteFrom('project').where('id', '=', id).returningAll().executeTakeFirst();
    if (deleted === undefined) throw new AppError('NOT_FOUND', `No project with id ${id}`);
    await recordWrite(trx, writer, {
      action: 'delete',
      entityType: 'project',
      entityId: id,
      before: toProject(deleted),
      after: null,
    });
    return { id: deleted.id };
  });
}
