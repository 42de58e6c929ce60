import type { Donor, TDonorCreate, TDonorUpdate } from '@mandate-tracker/shared';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DonorTable } from '../../db/tables/planning.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../errors.ts';
import { isUniqueViolation } from './unique-violation.ts';

function toDonor(row: Selectable<DonorTable>): Donor {
  return { id: row.id, name: row.name, kind: row.kind, sample: row.sample };
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
  options: { sample?: boolean } = {},
): Promise<Donor> {
  try {
    const row = await db
      .insertInto('donor')
      .values({ name: input.name, kind: input.kind, sample: options.sample ?? false })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toDonor(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name, error);
    throw error;
  }
}

/** Renames or reclassifies a donor. */
export async function updateDonor(db: Kysely<Database>, input: TDonorUpdate): Promise<Donor> {
  await getDonor(db, input.id);
  try {
    const row = await db
      .updateTable('donor')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.kind !== undefined && { kind: input.kind }),
        updated_at: sql`now()`,
      })
      .where('id', '=', input.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toDonor(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName(input.name, error);
    throw error;
  }
}

/** Deletes a donor with its contributions. */
export async function deleteDonor(db: Kysely<Database>, id: number): Promise<{ id: number }> {
  const deleted = await db.deleteFrom('donor').where('id', '=', id).returning('id').executeTakeFirst();
  if (deleted === undefined) throw new AppError('NOT_FOUND', `No donor with id ${id}`);
  return deleted;
}
