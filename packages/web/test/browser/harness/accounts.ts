import type { Page } from 'playwright-core';
import { mutateApi } from '../support/trpc-api.ts';

/** The roles a test can act as; the public is a page nobody signed in on. */
export type TestRole = 'admin' | 'planner' | 'donor';

/** The admin every test server creates at first start (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const TEST_ADMIN = {
  email: 'admin@mandate-tracker.test',
  password: 'admin password for browser tests',
} as const;

/** The account each role signs in with; planner and donor are created through `users.create` when first needed. */
export const TEST_ACCOUNTS: Readonly<Record<TestRole, { email: string; password: string }>> = {
  admin: TEST_ADMIN,
  planner: { email: 'planner@mandate-tracker.test', password: 'planner password for browser tests' },
  donor: { email: 'donor@mandate-tracker.test', password: 'donor password for browser tests' },
};

/** The name of the session cookie the server sets. */
export const SESSION_COOKIE = 'mt_session';

/**
 * Signs in through `auth.login` and returns the `mt_session=…` cookie pair.
 * @throws with the server's answer when the sign-in is refused
 */
export async function signInByApi(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-mandate-tracker-csrf': '1', origin: baseUrl },
    body: JSON.stringify({ json: { email, password } }),
  });
  if (!response.ok) throw new Error(`auth.login as ${email} answered ${response.status}: ${await response.text()}`);
  const pair = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((candidate) => candidate.startsWith(`${SESSION_COOKIE}=`));
  if (!pair) throw new Error(`auth.login as ${email} set no ${SESSION_COOKIE} cookie`);
  return pair;
}

/** Session cookies per server and role: each role signs in once per test file (login is rate-limited). */
const cookies = new Map<string, Promise<string>>();

async function createSessionCookie(baseUrl: string, role: TestRole): Promise<string> {
  const account = TEST_ACCOUNTS[role];
  if (role !== 'admin') {
    const adminCookie = await sessionCookie(baseUrl, 'admin');
    await mutateApi(
      baseUrl,
      'users.create',
      { email: account.email, role, password: account.password },
      { cookie: adminCookie },
    );
  }
  return signInByApi(baseUrl, account.email, account.password);
}

/**
 * The session cookie (`mt_session=…`) of a user with `role` on the server at `baseUrl`, creating
 * the planner or donor account through the admin's `users.create` on first use.
 */
export function sessionCookie(baseUrl: string, role: TestRole): Promise<string> {
  const key = `${baseUrl} ${role}`;
  let cookie = cookies.get(key);
  if (!cookie) {
    cookie = createSessionCookie(baseUrl, role);
    // A failed attempt must not stick: the next test may try again.
    cookie.catch(() => cookies.delete(key));
    cookies.set(key, cookie);
  }
  return cookie;
}

/**
 * Signs the page's browser context in as `role` on the server at `baseUrl`, by putting a session
 * cookie obtained over the API into the context (the sign-in form itself is tested in
 * accounts.test.ts). Pages of the context opened or reloaded afterwards are signed in.
 */
export async function signIn(page: Page, baseUrl: string, role: TestRole): Promise<void> {
  const pair = await sessionCookie(baseUrl, role);
  const value = pair.slice(SESSION_COOKIE.length + 1);
  await page.context().addCookies([{ name: SESSION_COOKIE, value, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
}
