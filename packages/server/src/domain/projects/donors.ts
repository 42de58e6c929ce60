import type { Donor, TDonorCreate, TDonorUpdate } from '@mandate-tracker/shared';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DonorTable } from '../../db/tables/planning.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Database } from '../../db/types.ts';
import { recordWrite, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { staleVersionError } from '../stale-version.ts';
import { isUniqueViolation } from './unique-violation.ts';

function toDonor(row: Selectable<DonorTable>): Donor {
  return { id: row.id, name: row.name, kind: row.kind, version: row.version, sample: row.sample };
}

/** Donors by name. */
export async function listDonors(db: Kysely<Database>): Promise<Donor[]> {
  return (await db.selectFrom('donor').selectAll().orderBy('name').execute()).map(toDonor);
}

/** One donor; NOT_FOUND when unknown. */
export async function getDonor(db: Kysely<Database>, id: number): Promise<Donor> {
  const row = await db.selectFrom('donor').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new AppError('NOT_FOUND', `No donor with id ${id}`);
  return toDonor(row);
}

function duplicateName(name: string | undefined, cause: unknown): AppError {
  return new AppError('CONFLICT', `A donor named "${name}" already exists`, { cause, details: { field: 'name' } });
}

/** Creates a donor; CONFLICT when the name is taken. */
export async function createDonor(
  db: Kysely<Database>,
  input: TDonorCreate,
  writer: WriteContext,
  options: { sample?: boolean } = {},
): Promise<Donor> {
  try {
    return await inTransaction(db, async (trx) => {
      const row = await trx
        .insertInto('donor')
        .values({ name: input.name, kind: input.kind, sample: options.sample ?? false })
        .returningAll()
        .executeTakeFirstOrThrow();
      const created = toDonor(row);
      await recordWrite(trx, writer, {
        action: 'create',
        entityType: 'donor',
        entityId: created.id,
        before: null,
        after: created,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name, error);
    throw error;
  }
}

/**
 * Renames or reclassifies a donor if nobody changed it since `version`.
 * @throws AppError NOT_FOUND; CONFLICT when the version is stale (`details.current`) or the name is taken
 */
export async function updateDonor(db: Kysely<Database>, input: TDonorUpdate, writer: WriteContext): Promise<Donor> {
  try {
    return await inTransaction(db, async (trx) => {
      const locked = await trx
        .selectFrom('donor')
        .selectAll()
        .where('id', '=', input.id)
        .forUpdate()
        .executeTakeFirst();
      if (locked === undefined) throw new AppError('NOT_FOUND', `No donor with id ${input.id}`);
      const before = toDonor(locked);
      if (before.version !== input.version) throw staleVersionError('donor', before, input.version);
      const row = await trx
        .updateTable('donor')
        .set({
          ...(input.name !== undefined && { name: input.name }),
          ...(input.kind !== undefined && { kind: input.kind }),
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = toDonor(row);
      await recordWrite(trx, writer, { action: 'update', entityType: 'donor', entityId: input.id, before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name, error);
    throw error;
  }
}

/** Deletes a donor with its contributions. */
export async function deleteDonor(db: Kysely<Database>, id: number, writer: WriteContext): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const deleted = await trx.deleteFrom('donor').where('id', '=', id).returningAll().executeTakeFirst();
    if (deleted === undefined) throw new AppError('NOT_FOUND', `No donor with id ${id}`);
    await recordWrite(trx, writer, {
      action: 'delete',
      entityType: 'donor',
      entityId: id,
      before: toDonor(deleted),
      after: null,
    });
    return { id: deleted.id };
  });
}
