import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { SYSTEM_WRITE, recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { assertPasswordPolicy, generateTemporaryPassword, hashPassword } from './passwords.ts';
import { inTransaction } from '../../db/transaction.ts';
import { normaliseEmail } from './users.ts';

/** The first admin's email when ADMIN_EMAIL is not set. */
export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';

// Any constant will do: it only serialises two processes bootstrapping the same database.
const BOOTSTRAP_LOCK = 7_061_996;

/** What {@link ensureAdmin} did. */
export type BootstrapResult =
  | { created: false }
  /** `temporaryPassword` is set when it was generated: show it once, it is not stored in clear. */
  | { created: true; email: string; temporaryPassword: string | null };

/**
 * On a database with no enabled admin, creates one: from `email`/`password` when given (ADMIN_EMAIL,
 * ADMIN_PASSWORD), otherwise `admin@localhost` with a generated one-time password that must be
 * changed at first sign-in. Does nothing once an admin exists, so it runs at every start.
 * @throws AppError CONFLICT when the chosen email already belongs to a non-admin account
 */
export async function ensureAdmin(
  db: Kysely<Database>,
  options: { email?: string | null; password?: string | null } = {},
): Promise<BootstrapResult> {
  const email = normaliseEmail(options.email ?? DEFAULT_ADMIN_EMAIL);
  const given = options.password ?? null;
  if (given !== null) assertPasswordPolicy(given);
  if (await hasActiveAdmin(db)) return { created: false };
  const temporaryPassword = given === null ? generateTemporaryPassword() : null;
  const passwordHash = await hashPassword(given ?? temporaryPassword ?? '');
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`.execute(trx);
    if (await hasActiveAdmin(trx)) return { created: false };
    const existing = await trx.selectFrom('users').select(['id', 'role']).where('email', '=', email).executeTakeFirst();
    if (existing !== undefined) {
      throw new AppError(
        'CONFLICT',
        `No enabled admin exists and ${email} is already a ${existing.role} account. Set ADMIN_EMAIL to another address, or make ${email} an admin with \`pnpm user:add\` on a new address.`,
      );
    }
    const created = await trx
      .insertInto('users')
      .values({ email, role: 'admin', password_hash: passwordHash, must_change_password: temporaryPassword !== null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      ...SYSTEM_WRITE,
      action: 'create',
      entityType: 'user',
      entityId: created.id,
      before: null,
      after: { email, role: 'admin', mustChangePassword: created.must_change_password, disabledAt: null, version: 1 },
    });
    return { created: true, email, temporaryPassword };
  });
}

async function hasActiveAdmin(db: Kysely<Database>): Promise<boolean> {
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return admin !== undefined;
}
