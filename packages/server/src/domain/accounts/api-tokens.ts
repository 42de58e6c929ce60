import {
  PLANNING_ROLES,
  type ApiTokenSummary,
  type CreatedApiToken,
  type TCreateApiTokenInput,
} from '@mandate-tracker/shared';
import type { Kysely, Selectable } from 'kysely';
import type { ApiTokenTable } from '../../db/tables/accounts.ts';
import type { Database } from '../../db/types.ts';
import { recordAudit, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { randomSecret, sha256Hex } from './secrets.ts';
import { inTransaction } from '../../db/transaction.ts';
import { getUserRow, type UserRow } from './users.ts';

/** Tokens read `mt_` and 43 URL-safe characters, so secret scanners and people can spot them. */
export const API_TOKEN_PATTERN = /^mt_[A-Za-z0-9_-]{43}$/;
/** How much of a token lists show: `mt_` and 8 characters, enough to tell tokens apart. */
const PREFIX_LENGTH = 11;

function toApiTokenSummary(row: Selectable<ApiTokenTable>): ApiTokenSummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

function auditedToken(row: Selectable<ApiTokenTable>) {
  return { userId: row.user_id, name: row.name, prefix: row.prefix, revokedAt: row.revoked_at };
}

/**
 * Creates an API token for the user; the answer is the only time the token is shown. Tokens act
 * with their owner's role, so only planners and admins (who may import) can create them.
 * @throws AppError FORBIDDEN for a donor, NOT_FOUND for an unknown user
 */
export async function createApiToken(
  db: Kysely<Database>,
  write: WriteContext,
  input: TCreateApiTokenInput & { userId: number },
): Promise<CreatedApiToken> {
  const token = `mt_${randomSecret()}`;
  return inTransaction(db, async (trx) => {
    const owner = await getUserRow(trx, input.userId);
    if (!PLANNING_ROLES.includes(owner.role)) {
      throw new AppError('FORBIDDEN', `The ${owner.role} role may not create API tokens`);
    }
    const row = await trx
      .insertInto('api_tokens')
      .values({
        user_id: owner.id,
        name: input.name.trim(),
        token_hash: sha256Hex(token),
        prefix: token.slice(0, PREFIX_LENGTH),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      ...write,
      action: 'create',
      entityType: 'api-token',
      entityId: row.id,
      before: null,
      after: auditedToken(row),
    });
    return { id: row.id, name: row.name, prefix: row.prefix, token };
  });
}

/** The user's tokens, newest first, revoked ones included (with when). */
export async function listApiTokens(db: Kysely<Database>, userId: number): Promise<ApiTokenSummary[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toApiTokenSummary);
}

/**
 * Revokes one of the user's tokens; revoking a revoked token changes nothing.
 * @throws AppError NOT_FOUND when the user has no token with this id (another user's included)
 */
export async function revokeApiToken(
  db: Kysely<Database>,
  write: WriteContext,
  input: { userId: number; id: number },
  now: Date = new Date(),
): Promise<ApiTokenSummary> {
  return inTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', input.id)
      .where('user_id', '=', input.userId)
      .forUpdate()
      .executeTakeFirst();
    if (current === undefined) throw new AppError('NOT_FOUND', `You have no API token with id ${input.id}`);
    if (current.revoked_at !== null) return toApiTokenSummary(current);
    const revoked = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      ...write,
      action: 'revoke',
      entityType: 'api-token',
      entityId: current.id,
      before: auditedToken(current),
      after: auditedToken(revoked),
    });
    return toApiTokenSummary(revoked);
  });
}

/**
 * The owner of a bearer token, when the token is known, not revoked and its owner enabled; notes
 * when it was last used.
 * @returns null otherwise (a malformed token included)
 */
export async function resolveApiToken(
  db: Kysely<Database>,
  token: string,
  now: Date = new Date(),
): Promise<{ tokenId: number; user: UserRow } | null> {
  if (!API_TOKEN_PATTERN.test(token)) return null;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.revoked_at as token_revoked_at'])
    .where('api_tokens.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (row === undefined || row.token_revoked_at !== null || row.disabled_at !== null) return null;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.token_id).execute();
  const { token_id: tokenId, token_revoked_at: _revoked, ...user } = row;
  return { tokenId, user };
}
