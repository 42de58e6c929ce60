import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { login } from '../../src/domain/accounts/index.ts';
import { serverPackageDir } from '../helpers/server-process.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'mt-users-cli-'));
const tsx = path.join(serverPackageDir, 'node_modules/.bin/tsx');

/** Runs `src/cli/users.ts` as `pnpm user:add` / `user:reset` do, on a PGlite directory of its own. */
function users(args: string[], input?: string) {
  const result = spawnSync(tsx, ['src/cli/users.ts', ...args], {
    cwd: serverPackageDir,
    env: { PATH: process.env.PATH ?? '', PGLITE_DATA_DIR: dataDir },
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function oneTimePasswordIn(stdout: string): string {
  const match = /\n\s{4}([A-Za-z0-9_-]{22})\n/.exec(stdout);
  if (match?.[1] === undefined) throw new Error(`no one-time password in:\n${stdout}`);
  return match[1];
}

async function signIn(email: string, password: string) {
  const database = await openDatabase({ databaseUrl: null, pgliteDataDir: dataDir });
  try {
    return (await login(database.db, { email, password })).user;
  } finally {
    await database.close();
  }
}

describe('pnpm user:add / user:reset', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds a user with a printed one-time password that signs in and must be changed', async () => {
    const added = users(['add', 'Planner@Example.org', '--role', 'planner']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Created planner planner@example.org');
    const user = await signIn('planner@example.org', oneTimePasswordIn(added.stdout));
    expect(user).toMatchObject({ role: 'planner', mustChangePassword: true });
  }, 120_000);

  it('reads a chosen password from standard input', async () => {
    const added = users(['add', 'donor@example.org', '--role=donor', '--password-stdin'], 'a donor password\n');
    expect(added.code).toBe(0);
    expect(added.stdout).not.toContain('One-time password');
    expect(await signIn('donor@example.org', 'a donor password')).toMatchObject({ mustChangePassword: false });
  }, 120_000);

  it('resets a password to a new one-time password', async () => {
    const reset = users(['reset', 'DONOR@example.org']);
    expect(reset.code).toBe(0);
    const user = await signIn('donor@example.org', oneTimePasswordIn(reset.stdout));
    expect(user.mustChangePassword).toBe(true);
  }, 120_000);

  it('refuses an unknown role, a duplicate email, an unknown email and a short password, each with a clear message', () => {
    expect(users(['add', 'x@example.org', '--role', 'boss'])).toMatchObject({
      code: 2,
      stderr: 'Unknown role "boss": use one of admin, planner, donor.\n',
    });
    expect(users(['add', 'x@example.org'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--role') });
    expect(users(['add', 'planner@EXAMPLE.org', '--role', 'donor'])).toMatchObject({
      code: 1,
      stderr: 'A user with email planner@example.org already exists\n',
    });
    expect(users(['reset', 'nobody@example.org'])).toMatchObject({
      code: 1,
      stderr: 'No user with email nobody@example.org.\n',
    });
    expect(users(['add', 'y@example.org', '--role', 'donor', '--password-stdin'], 'short\n')).toMatchObject({
      code: 1,
      stderr: 'The password is too short: use at least 12 characters.\n',
    });
  }, 180_000);
});
