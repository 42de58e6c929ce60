import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import {
  assertPasswordPolicy,
  changePassword,
  createApiToken,
  createSession,
  createUser,
  ensureAdmin,
  findUserByEmail,
  hashPassword,
  listApiTokens,
  login,
  resetPassword,
  resolveApiToken,
  resolveSession,
  revokeApiToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  updateUser,
  verifyPassword,
} from '../../src/domain/accounts/index.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { clearTables, describeEachEngine } from '../helpers/engines.ts';

const write = { actor: TEST_ACTORS.admin, requestId: 'test' };
const HOUR = 60 * 60 * 1000;

/** The AppError a call fails with; fails the test when the call succeeds. */
async function appErrorOf(call: () => Promise<unknown>): Promise<AppError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('passwords', () => {
  it('hashes with argon2id, salted, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
    expect(await verifyPassword(first, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(first, 'correct horse battery stapl')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });

  it('refuses passwords under 12 or over 256 characters', () => {
    expect(() => assertPasswordPolicy('eleven char')).toThrow(/at least 12/);
    expect(() => assertPasswordPolicy('x'.repeat(257))).toThrow(/at most 256/);
    expect(() => assertPasswordPolicy('twelve chars')).not.toThrow();
  });
});

describeEachEngine('accounts', (getDb) => {
  beforeEach(() => clearTables(getDb(), { keep: ['body', 'session'] }));

  const addUser = (email: string, role: 'admin' | 'planner' | 'donor', password = 'a good long password') =>
    createUser(getDb(), write, { email, role, password });

  describe('users', () => {
    it('stores emails lower-cased and refuses the same email in another case', async () => {
      const { user, temporaryPassword } = await addUser(' Planner@Example.ORG ', 'planner');
      expect(user).toMatchObject({ email: 'planner@example.org', role: 'planner', mustChangePassword: false });
      expect(temporaryPassword).toBeUndefined();
      const duplicate = await appErrorOf(() => addUser('PLANNER@example.org', 'donor'));
      expect(duplicate).toMatchObject({
        code: 'CONFLICT',
        message: 'A user with email planner@example.org already exists',
      });
      expect(await getDb().selectFrom('users').select('email').execute()).toHaveLength(1);
    });

    it('generates a one-time password when none is given and asks for a new one', async () => {
      const { user, temporaryPassword } = await createUser(getDb(), write, { email: 'new@example.org', role: 'donor' });
      expect(user.mustChangePassword).toBe(true);
      expect(temporaryPassword).toMatch(/^[A-Za-z0-9_-]{22}$/);
      const signedIn = await login(getDb(), { email: 'new@example.org', password: temporaryPassword ?? '' });
      expect(signedIn.user).toEqual({ id: user.id, email: 'new@example.org', role: 'donor', mustChangePassword: true });
    });

    it('audits user writes without password hashes', async () => {
      const { user } = await addUser('audited@example.org', 'planner');
      await updateUser(getDb(), write, { id: user.id, version: 1, role: 'donor' });
      await resetPassword(getDb(), write, user.id);
      const entries = await getDb()
        .selectFrom('audit_log')
        .select(['action', 'entity_type', 'entity_id', 'actor_label', 'before', 'after'])
        .orderBy('id')
        .execute();
      expect(entries.map((entry) => entry.action)).toEqual(['create', 'update', 'reset-password']);
      expect(entries.every((entry) => entry.entity_type === 'user' && entry.entity_id === String(user.id))).toBe(true);
      expect(entries[1]).toMatchObject({ before: { role: 'planner' }, after: { role: 'donor', version: 2 } });
      expect(JSON.stringify(entries)).not.toMatch(/argon2|password_hash|passwordHash/);
    });

    it('refuses a stale version with CONFLICT and the current values, changing nothing', async () => {
      const { user } = await addUser('versioned@example.org', 'planner');
      await updateUser(getDb(), write, { id: user.id, version: 1, role: 'donor' });
      const stale = await appErrorOf(() => updateUser(getDb(), write, { id: user.id, version: 1, role: 'admin' }));
      expect(stale.code).toBe('CONFLICT');
      expect(stale.details).toMatchObject({ current: { role: 'donor', version: 2 } });
      expect((await findUserByEmail(getDb(), 'versioned@example.org'))?.role).toBe('donor');
    });

    it('never demotes or disables the last active admin', async () => {
      const { user: admin } = await addUser('only-admin@example.org', 'admin');
      const demote = await appErrorOf(() => updateUser(getDb(), write, { id: admin.id, version: 1, role: 'planner' }));
      expect(demote).toMatchObject({ code: 'CONFLICT', details: { reason: 'last-admin' } });
      expect(demote.message).toMatch(/last active admin/);
      const disable = await appErrorOf(() => updateUser(getDb(), write, { id: admin.id, version: 1, disabled: true }));
      expect(disable.details).toMatchObject({ reason: 'last-admin' });
      expect(await findUserByEmail(getDb(), 'only-admin@example.org')).toMatchObject({
        role: 'admin',
        disabled_at: null,
      });

      // A disabled admin does not count as a second one.
      const { user: other } = await addUser('other-admin@example.org', 'admin');
      await updateUser(getDb(), write, { id: other.id, version: 1, disabled: true });
      expect(
        (await appErrorOf(() => updateUser(getDb(), write, { id: admin.id, version: 1, role: 'donor' }))).code,
      ).toBe('CONFLICT');
      await updateUser(getDb(), write, { id: other.id, version: 2, disabled: false });
      const demoted = await updateUser(getDb(), write, { id: admin.id, version: 1, role: 'donor' });
      expect(demoted).toMatchObject({ role: 'donor', version: 2 });
    });
  });

  describe('sign-in', () => {
    it('signs in with the right password in any email case and starts a session', async () => {
      const { user } = await addUser('planner@example.org', 'planner');
      const { user: signedIn, session } = await login(getDb(), {
        email: 'Planner@Example.org',
        password: 'a good long password',
      });
      expect(signedIn).toEqual({
        id: user.id,
        email: 'planner@example.org',
        role: 'planner',
        mustChangePassword: false,
      });
      const resolved = await resolveSession(getDb(), session.token);
      expect(resolved?.user.id).toBe(user.id);
      // Only the hash of the token is stored.
      const stored = await getDb().selectFrom('user_sessions').select('id').execute();
      expect(stored).toEqual([{ id: session.sessionId }]);
      expect(session.sessionId).not.toContain(session.token);
    });

    it('answers a wrong password and an unknown email alike', async () => {
      await addUser('planner@example.org', 'planner');
      const wrong = await appErrorOf(() =>
        login(getDb(), { email: 'planner@example.org', password: 'not the password' }),
      );
      const unknown = await appErrorOf(() =>
        login(getDb(), { email: 'nobody@example.org', password: 'not the password' }),
      );
      expect(wrong).toMatchObject({ code: 'UNAUTHORIZED', message: 'Wrong email or password' });
      expect(unknown).toMatchObject({ code: 'UNAUTHORIZED', message: 'Wrong email or password' });
      expect(await getDb().selectFrom('user_sessions').selectAll().execute()).toEqual([]);
    });

    it('refuses a disabled user and ends their sessions when they are disabled', async () => {
      await addUser('admin@example.org', 'admin');
      const { user } = await addUser('donor@example.org', 'donor');
      const { session } = await login(getDb(), { email: 'donor@example.org', password: 'a good long password' });
      await updateUser(getDb(), write, { id: user.id, version: 1, disabled: true });
      expect(await resolveSession(getDb(), session.token)).toBeNull();
      const refused = await appErrorOf(() =>
        login(getDb(), { email: 'donor@example.org', password: 'a good long password' }),
      );
      expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/disabled/) });
    });

    it('expires a session after the idle timeout, and after the absolute lifetime however much it is used', async () => {
      const { user } = await addUser('planner@example.org', 'planner');
      const start = new Date('2026-01-05T09:00:00Z');
      const idle = await createSession(getDb(), user.id, start);
      expect(
        await resolveSession(getDb(), idle.token, new Date(start.getTime() + SESSION_IDLE_MS - 1000)),
      ).not.toBeNull();
      // That use pushed the idle expiry back; a day of silence after it ends the session.
      const lastUse = start.getTime() + SESSION_IDLE_MS - 1000;
      expect(await resolveSession(getDb(), idle.token, new Date(lastUse + SESSION_IDLE_MS - 1000))).not.toBeNull();
      const silent = await createSession(getDb(), user.id, start);
      expect(
        await resolveSession(getDb(), silent.token, new Date(start.getTime() + SESSION_IDLE_MS + 1000)),
      ).toBeNull();

      const busy = await createSession(getDb(), user.id, start);
      for (let at = start.getTime() + 12 * HOUR; at < start.getTime() + SESSION_ABSOLUTE_MS; at += 12 * HOUR) {
        expect(await resolveSession(getDb(), busy.token, new Date(at))).not.toBeNull();
      }
      expect(
        await resolveSession(getDb(), busy.token, new Date(start.getTime() + SESSION_ABSOLUTE_MS + 1000)),
      ).toBeNull();
    });

    it('ignores malformed and unknown session tokens', async () => {
      expect(await resolveSession(getDb(), '')).toBeNull();
      expect(await resolveSession(getDb(), "' or 1=1 --")).toBeNull();
      expect(await resolveSession(getDb(), 'A'.repeat(43))).toBeNull();
    });

    it('changes a password after checking the current one and signs out the other sessions', async () => {
      const { user } = await addUser('planner@example.org', 'planner');
      const credentials = { email: 'planner@example.org', password: 'a good long password' };
      const here = (await login(getDb(), credentials)).session;
      const elsewhere = (await login(getDb(), credentials)).session;
      const wrong = await appErrorOf(() =>
        changePassword(getDb(), write, {
          userId: user.id,
          currentPassword: 'not my password',
          newPassword: 'a brand new password',
          keepSessionId: here.sessionId,
        }),
      );
      expect(wrong).toMatchObject({ code: 'UNAUTHORIZED', message: 'The current password is wrong' });
      const short = await appErrorOf(() =>
        changePassword(getDb(), write, {
          userId: user.id,
          currentPassword: 'a good long password',
          newPassword: 'too short',
          keepSessionId: here.sessionId,
        }),
      );
      expect(short.code).toBe('BAD_REQUEST');

      await changePassword(getDb(), write, {
        userId: user.id,
        currentPassword: 'a good long password',
        newPassword: 'a brand new password',
        keepSessionId: here.sessionId,
      });
      expect(await resolveSession(getDb(), here.token)).not.toBeNull();
      expect(await resolveSession(getDb(), elsewhere.token)).toBeNull();
      expect((await appErrorOf(() => login(getDb(), credentials))).code).toBe('UNAUTHORIZED');
      await login(getDb(), { ...credentials, password: 'a brand new password' });
    });

    it('resets a password to a one-time one, signing the user out everywhere', async () => {
      const { user } = await addUser('planner@example.org', 'planner');
      const { session } = await login(getDb(), { email: 'planner@example.org', password: 'a good long password' });
      const { temporaryPassword } = await resetPassword(getDb(), write, user.id);
      expect(await resolveSession(getDb(), session.token)).toBeNull();
      const old = await appErrorOf(() =>
        login(getDb(), { email: 'planner@example.org', password: 'a good long password' }),
      );
      expect(old.code).toBe('UNAUTHORIZED');
      const fresh = await login(getDb(), { email: 'planner@example.org', password: temporaryPassword });
      expect(fresh.user.mustChangePassword).toBe(true);
      await changePassword(getDb(), write, {
        userId: user.id,
        currentPassword: temporaryPassword,
        newPassword: 'my own password again',
        keepSessionId: fresh.session.sessionId,
      });
      expect((await findUserByEmail(getDb(), 'planner@example.org'))?.must_change_password).toBe(false);
    });
  });

  describe('API tokens', () => {
    it('shows a token once, stores only its hash, resolves it to its owner and notes its use', async () => {
      const { user } = await addUser('planner@example.org', 'planner');
      const created = await createApiToken(getDb(), write, { userId: user.id, name: 'nightly import' });
      expect(created.token).toMatch(/^mt_[A-Za-z0-9_-]{43}$/);
      expect(created.prefix).toBe(created.token.slice(0, 11));
      const stored = await getDb().selectFrom('api_tokens').selectAll().executeTakeFirstOrThrow();
      expect(JSON.stringify(stored)).not.toContain(created.token);
      expect(stored.last_used_at).toBeNull();

      const usedAt = new Date('2026-11-29T12:00:00Z');
      const resolved = await resolveApiToken(getDb(), created.token, usedAt);
      expect(resolved).toMatchObject({ tokenId: created.id, user: { id: user.id, role: 'planner' } });
      const [listed] = await listApiTokens(getDb(), user.id);
      expect(listed).toMatchObject({
        name: 'nightly import',
        prefix: created.prefix,
        lastUsedAt: usedAt,
        revokedAt: null,
      });
      expect(listed).not.toHaveProperty('token');
    });

    it('stops a revoked token, and a token of a disabled owner', async () => {
      await addUser('admin@example.org', 'admin');
      const { user } = await addUser('planner@example.org', 'planner');
      const first = await createApiToken(getDb(), write, { userId: user.id, name: 'first' });
      const second = await createApiToken(getDb(), write, { userId: user.id, name: 'second' });
      const revoked = await revokeApiToken(getDb(), write, { userId: user.id, id: first.id });
      expect(revoked.revokedAt).toBeInstanceOf(Date);
      expect(await resolveApiToken(getDb(), first.token)).toBeNull();
      expect(await resolveApiToken(getDb(), second.token)).not.toBeNull();

      await updateUser(getDb(), write, { id: user.id, version: 1, disabled: true });
      expect(await resolveApiToken(getDb(), second.token)).toBeNull();
      const actions = await getDb()
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'api-token')
        .orderBy('id')
        .execute();
      expect(actions.map((row) => row.action)).toEqual(['create', 'create', 'revoke']);
    });

    it("refuses revoking another user's token, and tokens for donors", async () => {
      const { user: owner } = await addUser('planner@example.org', 'planner');
      const { user: other } = await addUser('other@example.org', 'planner');
      const { user: donor } = await addUser('donor@example.org', 'donor');
      const token = await createApiToken(getDb(), write, { userId: owner.id, name: 'mine' });
      const foreign = await appErrorOf(() => revokeApiToken(getDb(), write, { userId: other.id, id: token.id }));
      expect(foreign.code).toBe('NOT_FOUND');
      expect(await resolveApiToken(getDb(), token.token)).not.toBeNull();
      const forDonor = await appErrorOf(() => createApiToken(getDb(), write, { userId: donor.id, name: 'nope' }));
      expect(forDonor.code).toBe('FORBIDDEN');
      expect(await resolveApiToken(getDb(), 'mt_' + 'x'.repeat(43))).toBeNull();
      expect(await resolveApiToken(getDb(), 'not a token')).toBeNull();
    });
  });

  describe('first-start admin', () => {
    it('creates admin@localhost with a one-time password once, and nothing on later starts', async () => {
      const first = await ensureAdmin(getDb());
      expect(first).toMatchObject({ created: true, email: 'admin@localhost' });
      const password = first.created ? first.temporaryPassword : null;
      expect(password).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(await ensureAdmin(getDb())).toEqual({ created: false });
      expect(await ensureAdmin(getDb(), { email: 'x@example.org', password: 'another long password' })).toEqual({
        created: false,
      });
      const admins = await getDb().selectFrom('users').select(['email', 'role', 'must_change_password']).execute();
      expect(admins).toEqual([{ email: 'admin@localhost', role: 'admin', must_change_password: true }]);
      const { user } = await login(getDb(), { email: 'admin@localhost', password: password ?? '' });
      expect(user.mustChangePassword).toBe(true);
    });

    it('uses ADMIN_EMAIL and ADMIN_PASSWORD when given, without asking for a new password', async () => {
      const result = await ensureAdmin(getDb(), { email: 'Boss@Example.org', password: 'the boss password' });
      expect(result).toEqual({ created: true, email: 'boss@example.org', temporaryPassword: null });
      const { user } = await login(getDb(), { email: 'boss@example.org', password: 'the boss password' });
      expect(user).toMatchObject({ role: 'admin', mustChangePassword: false });
    });

    it('refuses to take over an existing non-admin account', async () => {
      await addUser('boss@example.org', 'planner');
      const refused = await appErrorOf(() =>
        ensureAdmin(getDb(), { email: 'boss@example.org', password: 'the boss password' }),
      );
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toMatch(/already a planner account/);
      expect((await findUserByEmail(getDb(), 'boss@example.org'))?.role).toBe('planner');
    });
  });
});
