import type { TResolutionUpdate } from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../errors.ts';

/**
 * Sets the symbol a draft resolution was adopted under (A/RES/65/232). Re-import keeps it.
 * @throws AppError NOT_FOUND
 */
export async function updateResolution(
  db: Kysely<Database>,
  input: TResolutionUpdate,
): Promise<{ id: number; adoptedSymbol: string | null }> {
  const row = await db
    .updateTable('resolution')
    .set({ adopted_symbol: input.adoptedSymbol, updated_at: new Date() })
    .where('id', '=', input.id)
    .returning(['id', 'adopted_symbol'])
    .executeTakeFirst();
  if (row === undefined) throw new AppError('NOT_FOUND', `There is no resolution ${input.id}.`);
  return { id: row.id, adoptedSymbol: row.adopted_symbol };
}
