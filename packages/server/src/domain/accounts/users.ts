import type { Role, TCreateUserInput, TUpdateUserInput, UserSummary } from '@mandate-tracker/shared';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { UserTable } from '../../db/tables/accounts.ts';
import type { Database } from '../../db/types.ts';
import { recordAudit, type WriteContext } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { isUniqueViolation } from '../projects/unique-violation.ts';
import { assertPasswordPolicy, generateTemporaryPassword, hashPassword } from './passwords.ts';
import { inTransaction } from '../../db/transaction.ts';

export type UserRow = Selectable<UserTable>;

/** A user for lists and answers: everything but the password hash. */
export function toUserSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    mustChangePassword: row.must_change_password,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** What the audit log keeps of a user: never the password hash. */
function auditedUser(row: UserRow) {
  return {
    email: row.email,
    role: row.role,
    mustChangePassword: row.must_change_password,
    disabledAt: row.disabled_at,
    version: row.version,
  };
}

/** Emails are compared case-insensitively: stored and looked up lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The user with this email (any case), or undefined. */
export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

/** The user with this id; NOT_FOUND when there is none. */
export async function getUserRow(db: Kysely<Database>, id: number): Promise<UserRow> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new AppError('NOT_FOUND', `No user with id ${id}`);
  return row;
}

/** Every user, by email. */
export async function listUsers(db: Kysely<Database>): Promise<UserSummary[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(toUserSummary);
}

/**
 * Creates a user. Without a password, generates a one-time password, returns it (the only time
 * it is shown) and marks the account so the app asks for a new password at first sign-in.
 * @throws AppError CONFLICT when the email is taken, BAD_REQUEST when the password breaks the policy
 */
export async function createUser(
  db: Kysely<Database>,
  write: WriteContext,
  input: TCreateUserInput,
): Promise<{ user: UserSummary; temporaryPassword?: string }> {
  const email = normaliseEmail(input.email);
  if (input.password !== undefined) assertPasswordPolicy(input.password);
  const temporaryPassword = input.password === undefined ? generateTemporaryPassword() : undefined;
  // Hashed before the transaction opens: 50 ms of argon2 should not hold a connection or a lock.
  const passwordHash = await hashPassword(input.password ?? temporaryPassword ?? '');
  try {
    const row = await inTransaction(db, async (trx) => {
      const created = await trx
        .insertInto('users')
        .values({
          email,
          role: input.role,
          password_hash: passwordHash,
          must_change_password: temporaryPassword !== undefined,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...write,
        action: 'create',
        entityType: 'user',
        entityId: created.id,
        before: null,
        after: auditedUser(created),
      });
      return created;
    });
    return { user: toUserSummary(row), ...(temporaryPassword !== undefined && { temporaryPassword }) };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', `A user with email ${email} already exists`, {
        cause: error,
        details: { field: 'email' },
      });
    }
    throw error;
  }
}

/**
 * Locks the enabled admins' rows and refuses when `userId` is the only one, so two admins
 * demoting each other at the same moment cannot leave nobody to manage users.
 */
async function assertAnotherActiveAdmin(trx: Kysely<Database>, userId: number, change: string): Promise<void> {
  const admins = await trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .forUpdate()
    .execute();
  if (admins.every((admin) => admin.id === userId)) {
    throw new AppError('CONFLICT', `Cannot ${change} the last active admin: make another user an admin first`, {
      details: { reason: 'last-admin' },
    });
  }
}

/**
 * Changes a user's role and/or enables or disables them, when `version` is still current.
 * Disabling signs the user out everywhere; their API tokens stop working while disabled.
 * @throws AppError NOT_FOUND; CONFLICT with the current values when the version is stale;
 *   CONFLICT when it would leave no enabled admin
 */
export async function updateUser(
  db: Kysely<Database>,
  write: WriteContext,
  input: TUpdateUserInput,
  now: Date = new Date(),
): Promise<UserSummary> {
  return inTransaction(db, async (trx) => {
    const current = await trx.selectFrom('users').selectAll().where('id', '=', input.id).forUpdate().executeTakeFirst();
    if (current === undefined) throw new AppError('NOT_FOUND', `No user with id ${input.id}`);
    if (current.version !== input.version) {
      throw new AppError('CONFLICT', `${current.email} was changed by someone else; review the current values`, {
        details: { current: toUserSummary(current) },
      });
    }
    const role: Role = input.role ?? current.role;
    const disabling = input.disabled === true && current.disabled_at === null;
    const enabling = input.disabled === false && current.disabled_at !== null;
    const leavesAdmins = current.role === 'admin' && current.disabled_at === null && (role !== 'admin' || disabling);
    if (leavesAdmins) await assertAnotherActiveAdmin(trx, current.id, disabling ? 'disable' : 'demote');
    if (role === current.role && !disabling && !enabling) return toUserSummary(current);

    const updated = await trx
      .updateTable('users')
      .set({
        role,
        disabled_at: disabling ? now : enabling ? null : current.disabled_at,
        updated_at: now,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (disabling) await trx.deleteFrom('user_sessions').where('user_id', '=', current.id).execute();
    await recordAudit(trx, {
      ...write,
      action: 'update',
      entityType: 'user',
      entityId: current.id,
      before: auditedUser(current),
      after: auditedUser(updated),
    });
    return toUserSummary(updated);
  });
}

/**
 * Gives a user a new one-time password (returned once, never stored in clear), signs them out
 * everywhere and asks them to choose a new password at their next sign-in.
 * @throws AppError NOT_FOUND
 */
export async function resetPassword(
  db: Kysely<Database>,
  write: WriteContext,
  userId: number,
  now: Date = new Date(),
): Promise<{ temporaryPassword: string }> {
  await getUserRow(db, userId);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom('users').selectAll().where('id', '=', userId).forUpdate().executeTakeFirst();
    if (before === undefined) throw new AppError('NOT_FOUND', `No user with id ${userId}`);
    const after = await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        must_change_password: true,
        updated_at: now,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('user_sessions').where('user_id', '=', userId).execute();
    await recordAudit(trx, {
      ...write,
      action: 'reset-password',
      entityType: 'user',
      entityId: userId,
      before: auditedUser(before),
      after: auditedUser(after),
    });
  });
  return { temporaryPassword };
}
