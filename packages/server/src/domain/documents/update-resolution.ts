import type { TResolutionUpdate } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import type { Database } from '../../db/types.ts';
import { recordWrite, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { staleVersionError } from '../stale-version.ts';

export interface ResolutionAdoption {
  id: number;
  adoptedSymbol: string | null;
  version: number;
}

/**
 * Sets the symbol a draft resolution was adopted under (A/RES/65/232). Re-import keeps it.
 * Refuses an edit based on an older version; records the change in the audit log.
 * @throws AppError NOT_FOUND; CONFLICT with `details.current` when the version is stale
 */
export async function updateResolution(
  db: Kysely<Database>,
  input: TResolutionUpdate,
  writer: WriteContext,
): Promise<ResolutionAdoption> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('resolution')
      .select(['id', 'adopted_symbol', 'version'])
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (row === undefined) throw new AppError('NOT_FOUND', `There is no resolution ${input.id}.`);
    const before: ResolutionAdoption = { id: row.id, adoptedSymbol: row.adopted_symbol, version: row.version };
    if (before.version !== input.version) throw staleVersionError('resolution', before, input.version);
    const updated = await trx
      .updateTable('resolution')
      .set({ adopted_symbol: input.adoptedSymbol, version: sql`version + 1`, updated_at: new Date() })
      .where('id', '=', input.id)
      .returning(['id', 'adopted_symbol', 'version'])
      .executeTakeFirstOrThrow();
    const after: ResolutionAdoption = {
      id: updated.id,
      adoptedSymbol: updated.adopted_symbol,
      version: updated.version,
    };
    await recordWrite(trx, writer, { action: 'update', entityType: 'resolution', entityId: input.id, before, after });
    return after;
  });
}
