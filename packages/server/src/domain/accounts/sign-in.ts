import type { SessionUser, TChangePasswordInput, TLoginInput } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { recordAudit, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { assertPasswordPolicy, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { createSession, deleteExpiredSessions, type CreatedSession } from './sessions.ts';
import { inTransaction } from '../../db/transaction.ts';
import { findUserByEmail, getUserRow, type UserRow } from './users.ts';

/** The signed-in user as the app sees them. */
export function toSessionUser(row: UserRow): SessionUser {
  return { id: row.id, email: row.email, role: row.role, mustChangePassword: row.must_change_password };
}

const WRONG_CREDENTIALS = 'Wrong email or password';

/**
 * Checks an email and password and starts a session. An unknown email costs the same argon2
 * work as a wrong password, and both get the same answer, so sign-in does not reveal who has
 * an account. A disabled account is named only to someone who knows its password.
 * @throws AppError UNAUTHORIZED for a wrong email or password, FORBIDDEN for a disabled account
 */
export async function login(
  db: Kysely<Database>,
  input: TLoginInput,
  now: Date = new Date(),
): Promise<{ user: SessionUser; session: CreatedSession }> {
  const row = await findUserByEmail(db, input.email);
  if (row === undefined) {
    await verifyAgainstDummy(input.password);
    throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
  }
  if (!(await verifyPassword(row.password_hash, input.password))) throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
  if (row.disabled_at !== null) throw new AppError('FORBIDDEN', 'This account is disabled; ask an admin to enable it');
  const session = await inTransaction(db, async (trx) => {
    await deleteExpiredSessions(trx, now);
    return createSession(trx, row.id, now);
  });
  return { user: toSessionUser(row), session };
}

/**
 * Replaces the user's password after checking the current one, clears must_change_password and
 * signs out every other session (a stolen session ends when its owner changes the password).
 * @param keepSessionId the session making the change, left signed in; null ends them all
 * @throws AppError UNAUTHORIZED when the current password is wrong, BAD_REQUEST when the new one
 *   breaks the policy or equals the current one, CONFLICT when it changed meanwhile
 */
export async function changePassword(
  db: Kysely<Database>,
  write: WriteContext,
  input: TChangePasswordInput & { userId: number; keepSessionId: string | null },
  now: Date = new Date(),
): Promise<SessionUser> {
  assertPasswordPolicy(input.newPassword);
  const current = await getUserRow(db, input.userId);
  if (!(await verifyPassword(current.password_hash, input.currentPassword))) {
    throw new AppError('UNAUTHORIZED', 'The current password is wrong');
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('BAD_REQUEST', 'Choose a new password different from the current one.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        must_change_password: false,
        updated_at: now,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', current.id)
      // Unchanged since it was verified: a concurrent reset or change wins instead of being overwritten.
      .where('password_hash', '=', current.password_hash)
      .returningAll()
      .executeTakeFirst();
    if (updated === undefined) {
      throw new AppError('CONFLICT', 'The password was changed meanwhile; sign in again and retry');
    }
    let others = trx.deleteFrom('user_sessions').where('user_id', '=', current.id);
    if (input.keepSessionId !== null) others = others.where('id', '!=', input.keepSessionId);
    await others.execute();
    await recordAudit(trx, {
      ...write,
      action: 'change-password',
      entityType: 'user',
      entityId: current.id,
      before: { mustChangePassword: current.must_change_password, version: current.version },
      after: { mustChangePassword: false, version: updated.version },
    });
    return toSessionUser(updated);
  });
}
