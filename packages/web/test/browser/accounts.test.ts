import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  findSeriousAccessibilityViolations,
  saveScreenshot,
  sessionCookie,
  signInByApi,
  TEST_ACCOUNTS,
  useBrowserApp,
} from './harness/index.ts';
import { mutateApi, queryApi } from './support/trpc-api.ts';

interface ListedUser {
  id: number;
  email: string;
  role: string;
  version: number;
  disabledAt: string | null;
  mustChangePassword: boolean;
}

interface ListedToken {
  id: number;
  name: string;
  prefix: string;
  revokedAt: string | null;
}

/** Fills and sends the sign-in form of the page, which must show it. */
async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
}

/** The header's account button, named after the signed-in user's email. */
function accountButton(page: Page, email: string) {
  return page.getByRole('banner').getByRole('button', { name: `Account: ${email}` });
}

/** Waits until no loading indicator is left, so what is checked is the settled screen. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.loading, [aria-busy="true"]').length === 0);
}

describe('accounts: sign-in, roles in the UI, users and API tokens', () => {
  const app = useBrowserApp({ sampleData: 'load', startTimeoutMs: 120_000 });

  /** The admin's session cookie, for setting up users over the API. */
  const asAdmin = async () => ({ cookie: await sessionCookie(app.server.url, 'admin') });

  /** Creates a user over the API as the admin and returns the one-time password when none was given. */
  async function createUser(email: string, role: string, password?: string) {
    return mutateApi<{ user: ListedUser; temporaryPassword?: string }>(
      app.server.url,
      'users.create',
      { email, role, ...(password === undefined ? {} : { password }) },
      await asAdmin(),
    );
  }

  it('signs in through the form, returns to ?next=, offers the account menu, and signs out', async () => {
    const planner = TEST_ACCOUNTS.planner;
    await sessionCookie(app.server.url, 'planner'); // creates the planner account
    const { page, errors } = await app.open('/projects');
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add a project' }).count()).toBe(0);
    const note = page.getByRole('link', { name: 'Sign in as a planner to add projects' });
    expect(await note.getAttribute('href')).toBe('/sign-in?next=%2Fprojects');

    await note.click();
    await fillSignIn(page, planner.email, planner.password);
    await page.waitForURL((url) => url.pathname === '/projects');
    await page.getByRole('button', { name: 'Add a project' }).waitFor();

    const menuButton = accountButton(page, planner.email);
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    const banner = page.getByRole('banner');
    expect(await banner.getByTestId('account-role').innerText()).toBe('Planner');
    expect(await banner.getByRole('link', { name: 'Change password' }).isVisible()).toBe(true);
    expect(await banner.getByRole('link', { name: 'API tokens' }).isVisible()).toBe(true);
    expect(await banner.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await saveScreenshot(page, 'account-menu');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');

    await menuButton.click();
    await banner.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await banner.getByRole('link', { name: 'Sign in' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/trpc/auth.me')).json());
    expect(me).toMatchObject({ result: { data: { json: { user: null } } } });
    await page.goto('/projects');
    await page.getByRole('link', { name: 'Sign in as a planner to add projects' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says beside the form that the email or password is wrong, and stays signed out', async () => {
    const { page } = await app.open('/sign-in');
    await fillSignIn(page, TEST_ACCOUNTS.admin.email, 'not the admin password');
    const alert = page.getByRole('main').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Wrong email or password');
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(
      await page
        .getByRole('banner')
        .getByRole('button', { name: /^Account:/ })
        .count(),
    ).toBe(0);

    await page.getByLabel('Password').fill('');
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await alert.getByText('Enter your email and your password.').waitFor();
    await page.close();
  });

  it('shows the public no edit controls on the workspace, the mandate page, projects, import and funding', async () => {
    const { page, errors } = await app.open('/');
    await page
      .getByTestId('table-summary')
      .getByText(/mandates? (loaded|shown)/)
      .waitFor();
    expect(await page.getByRole('checkbox', { name: /^Select / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Change status' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Sign in as a planner to change the status of mandates' }).waitFor();

    await page.getByRole('link', { name: 'A/65/457 I.14', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mandate A/65/457 I.14' }).waitFor();
    await page.getByRole('region', { name: 'Funding' }).getByTestId('funding-state').waitFor();
    await settled(page);
    const main = page.getByRole('main');
    for (const control of ['Save planning', 'Add deliverable', /^Unlink/, /^Link /, /^Start work/]) {
      expect(await main.getByRole('button', { name: control }).count(), String(control)).toBe(0);
    }
    expect(await main.getByText('Correct an extracted fact', { exact: true }).count()).toBe(0);
    expect(await main.getByRole('textbox').count()).toBe(0);
    expect(await page.getByTestId('planning-facts').innerText()).toContain('Status');
    for (const what of ['correct an extracted fact', 'edit the planning', 'link projects and budget lines']) {
      await main.getByRole('link', { name: `Sign in as a planner to ${what}` }).waitFor();
    }
    await saveScreenshot(page, 'mandate-public');

    await page.goto('/import');
    await page.getByRole('link', { name: 'Sign in as a planner to import documents' }).waitFor();
    expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);

    await page.goto('/budget-lines');
    await page.getByRole('table', { name: 'Budget lines' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Donors and contributions' }).waitFor();
    await page.getByRole('link', { name: 'Sign in to see contribution details' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit budget line' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'New contribution' }).count()).toBe(0);

    await page.goto('/funding?by=donor');
    await page.getByRole('link', { name: 'Sign in to see funding by donor' }).waitFor();
    expect(await page.getByRole('main').getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a donor contribution details but no edit controls', async () => {
    const donor = { cookie: await sessionCookie(app.server.url, 'donor') };
    const contributions = await queryApi<{ budgetLineId: number | null; donorName: string }[]>(
      app.server.url,
      'contributions.list',
      {},
      donor,
    );
    const toLine = contributions.find((contribution) => contribution.budgetLineId !== null);
    expect(toLine).toBeDefined();
    const { page, errors } = await app.openAs('donor', `/budget-lines/${toLine?.budgetLineId}`);
    await page.getByRole('heading', { level: 2, name: 'Donors and contributions' }).waitFor();
    const table = page.getByRole('table', { name: 'Contributions' });
    await table.waitFor();
    expect(await table.innerText()).toContain(toLine?.donorName);
    expect(await page.getByRole('form', { name: 'New contribution' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit budget line' }).count()).toBe(0);
    await page.getByText('Signed in as a donor: only planners can record contributions.').waitFor();

    await page.goto('/funding?by=donor');
    await page.getByRole('table', { name: 'Funding by donor (US dollars)' }).waitFor();

    await page.goto('/');
    await page
      .getByTestId('table-summary')
      .getByText(/mandates? (loaded|shown)/)
      .waitFor();
    expect(await page.getByRole('checkbox', { name: /^Select / }).count()).toBe(0);
    await page.getByRole('link', { name: 'A/65/457 I.14', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mandate A/65/457 I.14' }).waitFor();
    await page.getByTestId('planning-facts').waitFor();
    expect(await page.getByRole('button', { name: 'Save planning' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Add a deliverable' }).count()).toBe(0);

    await accountButton(page, TEST_ACCOUNTS.donor.email).click();
    expect(await page.getByRole('banner').getByTestId('account-role').innerText()).toBe('Donor');
    expect(await page.getByRole('banner').getByRole('link', { name: 'API tokens' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a planner create an API token shown once, and revoke it after confirming', async () => {
    const { page, errors } = await app.openAs('planner', '/account/api-tokens');
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Name the token after the script or machine that will use it.').waitFor();

    await page.getByLabel('Name').fill('nightly import');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    const token = await secret.getByTestId('one-time-secret-value').innerText();
    expect(token).toMatch(/^mt_\S{20,}$/);
    expect(await secret.innerText()).toContain('it is not shown again');
    await secret.getByRole('button', { name: /^Copy/ }).waitFor();
    const row = page.getByTestId('token-nightly import');
    await row.waitFor();
    const cookie = { cookie: await sessionCookie(app.server.url, 'planner') };
    const listed = await queryApi<ListedToken[]>(app.server.url, 'apiTokens.list', undefined, cookie);
    const stored = listed.find((candidate) => candidate.name === 'nightly import');
    expect(stored?.revokedAt).toBeNull();
    expect(token.startsWith(stored?.prefix ?? '?')).toBe(true);
    expect(await row.innerText()).toContain(`${stored?.prefix}…`);
    expect(await row.innerText()).not.toContain(token);
    await saveScreenshot(page, 'api-tokens');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);

    // Shown once: after a reload only the prefix is left.
    await page.reload();
    await row.waitFor();
    expect(await page.getByTestId('one-time-secret').count()).toBe(0);
    expect(await page.getByRole('main').innerText()).not.toContain(token);

    await row.getByRole('button', { name: 'Revoke nightly import' }).click();
    await row.getByRole('button', { name: 'Keep it' }).click();
    expect(await row.getByTestId('token-state').innerText()).toBe('Active');
    await row.getByRole('button', { name: 'Revoke nightly import' }).click();
    await row.getByRole('button', { name: 'Yes, revoke' }).click();
    await row
      .getByTestId('token-state')
      .getByText(/^Revoked /)
      .waitFor();
    const after = await queryApi<ListedToken[]>(app.server.url, 'apiTokens.list', undefined, cookie);
    expect(after.find((candidate) => candidate.id === stored?.id)?.revokedAt).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets an admin create a user with a one-time password and change a role, showing a conflict', async () => {
    const { page, errors } = await app.openAs('admin', '/users');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('Email').fill('analyst@mandate-tracker.test');
    await form.getByLabel('Role').selectOption('donor');
    await form.getByRole('button', { name: 'Create user' }).click();
    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    expect(await secret.innerText()).toContain('One-time password for analyst@mandate-tracker.test');
    const temporary = await secret.getByTestId('one-time-secret-value').innerText();
    expect(temporary.length).toBeGreaterThanOrEqual(12);

    const row = page.getByTestId('user-analyst@mandate-tracker.test');
    await row.waitFor();
    expect(await row.getByTestId('user-state').innerText()).toBe('Must change password');
    const roleSelect = row.getByLabel('Role of analyst@mandate-tracker.test');
    expect(await roleSelect.inputValue()).toBe('donor');
    await saveScreenshot(page, 'users');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);

    await roleSelect.selectOption('planner');
    await row.getByRole('button', { name: 'Save role of analyst@mandate-tracker.test' }).click();
    await row.getByRole('button', { name: /^Save role/ }).waitFor({ state: 'detached' });
    const users = async () => queryApi<ListedUser[]>(app.server.url, 'users.list', undefined, await asAdmin());
    const saved = (await users()).find((user) => user.email === 'analyst@mandate-tracker.test');
    expect(saved?.role).toBe('planner');

    // Another admin disables the account while this page shows the old version.
    if (!saved) return;
    await mutateApi(
      app.server.url,
      'users.update',
      { id: saved.id, version: saved.version, disabled: true },
      await asAdmin(),
    );
    await roleSelect.selectOption('admin');
    await row.getByRole('button', { name: 'Save role of analyst@mandate-tracker.test' }).click();
    await row.getByText(/Someone else changed this user meanwhile/).waitFor();
    await expect.poll(() => row.getByTestId('user-state').innerText()).toBe('Disabled');
    const after = (await users()).find((user) => user.id === saved.id);
    expect(after?.role).toBe('planner');

    await row.getByRole('button', { name: 'Enable analyst@mandate-tracker.test' }).click();
    await expect.poll(() => row.getByTestId('user-state').innerText()).toBe('Must change password');

    // A reset, once confirmed, hands out a new one-time password; the old one stops working.
    await row.getByRole('button', { name: 'Reset password of analyst@mandate-tracker.test' }).click();
    await row.getByRole('button', { name: 'Yes, reset' }).click();
    const value = secret.getByTestId('one-time-secret-value');
    await expect.poll(() => value.innerText()).not.toBe(temporary);
    await signInByApi(app.server.url, 'analyst@mandate-tracker.test', await value.innerText());
    await expect(signInByApi(app.server.url, 'analyst@mandate-tracker.test', temporary)).rejects.toThrow(/401/);
    // The browser logs the refused stale save (409) itself; nothing else may go wrong.
    expect(errors.filter((error) => !error.includes('409 (Conflict)'))).toEqual([]);
    await page.close();
  });

  it('makes a user with a one-time password choose their own before anything else', async () => {
    const email = 'newcomer@mandate-tracker.test';
    const created = await createUser(email, 'planner');
    const temporary = created.temporaryPassword;
    expect(temporary).toBeDefined();
    if (temporary === undefined) return;

    const { page, errors } = await app.open('/sign-in?next=%2Fimport');
    await fillSignIn(page, email, temporary);
    await page.waitForURL((url) => url.pathname === '/account/password');
    await page.getByText('Choose your own password to continue').waitFor();
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'change-password-forced');

    // Every other screen gives way to the password change.
    await page.goto('/projects');
    await page.waitForURL((url) => url.pathname === '/account/password');
    await page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();

    await page.getByLabel('Current password').fill(temporary);
    await page.getByLabel('New password', { exact: true }).fill('too short');
    await page.getByLabel('New password again').fill('too short');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Use at least 12 characters.').waitFor();

    await page.getByLabel('New password', { exact: true }).fill('a newcomer chose this one');
    await page.getByLabel('New password again').fill('a newcomer chose this one');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL((url) => url.pathname === '/projects');
    await page.getByRole('button', { name: 'Add a project' }).waitFor();
    await signInByApi(app.server.url, email, 'a newcomer chose this one');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passes the accessibility check on the sign-in and change-password screens', async () => {
    const { page } = await app.open('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await saveScreenshot(page, 'sign-in');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    await page.close();

    const { page: signedIn } = await app.openAs('planner', '/account/password');
    await signedIn.getByRole('heading', { level: 2, name: /^New password for / }).waitFor();
    expect(await findSeriousAccessibilityViolations(signedIn)).toEqual([]);
    await signedIn.close();
  });
});
