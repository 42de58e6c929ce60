import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainNavigation } from '../../src/navigation.ts';
import { findSeriousAccessibilityViolations, saveScreenshot, useBrowserApp, viewports } from './harness/index.ts';

interface HealthzBody {
  engine: string;
  migrationVersion: string | null;
}

/** The labels of the main navigation as navigation.ts lists them: the order users must see. */
const navigationLabels = mainNavigation.map((item) => item.label);

/** Text of the focused element, or its accessible label for a control without text (the search box). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) return '';
    if (active instanceof HTMLInputElement) return active.labels?.[0]?.textContent?.trim() ?? '';
    return active.textContent?.trim() ?? '';
  });
}

/** Presses `key` until a link of the main navigation named `label` has focus; fails after `limit` presses. */
async function pressUntilNavigationEntry(page: Page, key: 'Tab' | 'Shift+Tab', label: string, limit = 30) {
  const focusedEntry = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active?.closest('nav[aria-label="Main"]') ? (active.textContent?.trim() ?? '') : null;
    });
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    if ((await focusedEntry()) === label) return;
  }
  throw new Error(`"${label}" was not reached with ${key} in ${limit} presses (last: "${await focusedName(page)}")`);
}

/** Waits until no loading indicator is left on the screen, so what is checked is the settled page. */
async function waitUntilSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.loading, [aria-busy="true"]').length === 0);
}

describe('app shell against the built server on PGlite', () => {
  const app = useBrowserApp();

  it('opens on the Planner workspace with every screen of navigation.ts in the main navigation, in order', async () => {
    const { page, errors } = await app.open('/');

    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();
    await waitUntilSettled(page);

    expect(await page.title()).toBe('Planner workspace · mandate-tracker');
    const navigation = page.getByRole('navigation', { name: 'Main' });
    expect(await navigation.getByRole('link').allInnerTexts()).toEqual(navigationLabels);
    const hrefs = await navigation
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(mainNavigation.map((item) => item.to));
    expect(await navigation.locator('[aria-current="page"]').allInnerTexts()).toEqual(['Planner workspace']);
    await saveScreenshot(page, 'workspace-desktop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the header to a brand-and-search row above one navigation row at 1280 px', async () => {
    const { page } = await app.open('/status');
    await page.getByTestId('engine').waitFor();

    const brand = await page.locator('.brand').boundingBox();
    const search = await page.getByRole('search', { name: 'Search paragraphs' }).boundingBox();
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all();
    const linkBoxes = await Promise.all(links.map((link) => link.boundingBox()));
    if (!brand || !search || linkBoxes.some((box) => !box)) throw new Error('the header is not laid out');

    // The search box shares the brand's row, right of it, and the whole row sits above the navigation.
    expect(search.x).toBeGreaterThan(brand.x + brand.width);
    expect(search.y).toBeLessThan(brand.y + brand.height);
    const navigationTop = Math.min(...linkBoxes.map((box) => box?.y ?? 0));
    expect(navigationTop).toBeGreaterThanOrEqual(Math.max(brand.y + brand.height, search.y + search.height));
    // With today's entries the navigation fits on one row.
    expect(new Set(linkBoxes.map((box) => Math.round(box?.y ?? 0))).size).toBe(1);
    await saveScreenshot(page, 'header-desktop');
    await page.close();
  });

  it('shows the engine and migration version the server reports on the status page', async () => {
    const healthz = (await (await fetch(`${app.server.url}/healthz`)).json()) as HealthzBody;
    const { page, errors } = await app.open('/status');

    const engine = page.getByTestId('engine');
    await engine.waitFor();

    expect(healthz.engine).toBe('pglite');
    expect(await engine.getAttribute('data-engine')).toBe('pglite');
    expect(await engine.innerText()).toBe('PGlite (embedded)');
    const details = await page.getByRole('region', { name: 'Server and database' }).innerText();
    expect(details).toContain(`${healthz.migrationVersion} (latest)`);
    expect(details).toMatch(/OK, answered in [\d.]+ ms/);
    const navigation = page.getByRole('navigation', { name: 'Main' });
    expect(await navigation.getByRole('link', { name: 'System status' }).getAttribute('aria-current')).toBe('page');
    await saveScreenshot(page, 'status-desktop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches the skip link, the brand, every navigation entry in order and then the search box with Tab', async () => {
    const { page } = await app.open('/');
    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();

    const reached: string[] = [];
    for (let presses = 0; presses < navigationLabels.length + 3; presses += 1) {
      await page.keyboard.press('Tab');
      reached.push(await focusedName(page));
    }
    expect(reached[0]).toBe('Skip to main content');
    expect(reached[1]).toContain('mandate-tracker');
    expect(reached.slice(2, 2 + navigationLabels.length)).toEqual(navigationLabels);
    expect(reached.at(-1)).toBe('Search all paragraphs');
    await page.close();
  });

  it('opens every navigation entry with the keyboard alone and puts focus on the new screen', async () => {
    // Start on a screen that is not in the navigation, so every entry is a real change of screen.
    const { page, errors } = await app.open('/no-such-screen');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

    for (const [index, item] of mainNavigation.entries()) {
      // From the top of a fresh page go forwards; from <main> after a navigation, back up into the header.
      await pressUntilNavigationEntry(page, index === 0 ? 'Tab' : 'Shift+Tab', item.label);
      await page.keyboard.press('Enter');

      await page.waitForURL((url) => url.pathname === item.to);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      expect(await page.title()).toMatch(/ · mandate-tracker$/);
      const current = page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]');
      expect(await current.allInnerTexts()).toEqual([item.label]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('jumps over the header into the main content with the skip link', async () => {
    const { page } = await app.open('/');
    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();

    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  it('says the server cannot be reached, then recovers when Retry is pressed', async () => {
    const { page } = await app.open('about:blank');
    await page.route('**/trpc/**', (route) => route.abort('connectionrefused'));
    await page.goto('/status');

    const alert = page.getByRole('alert');
    await alert.getByText('Cannot reach the server — is it running?').waitFor();
    const retry = alert.getByRole('button', { name: 'Retry' });
    expect(await retry.isEnabled()).toBe(true);
    expect(await page.getByTestId('engine').count()).toBe(0);
    await saveScreenshot(page, 'status-server-unreachable');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);

    await page.unroute('**/trpc/**');
    await retry.click();
    await page.getByTestId('engine').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('answers an unknown address with a page-not-found screen inside the shell', async () => {
    const { page } = await app.open('/no-such-screen');

    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain('/no-such-screen');
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    await page.getByRole('main').getByRole('link', { name: 'Planner workspace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();
    await page.close();
  });

  it.each([
    ...mainNavigation.map((item): [string, string] => [item.to, item.label]),
    ['/no-such-screen', 'Page not found'],
  ])('has no serious or critical accessibility violations on %s (%s)', async (path) => {
    const { page } = await app.open(path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitUntilSettled(page);

    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling, with every navigation entry and the search box in view', async () => {
    const { page } = await app.open('/', viewports.phone);
    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();
    await waitUntilSettled(page);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const header = page.locator('header');
    const controls = [
      ...(await header.getByRole('navigation', { name: 'Main' }).getByRole('link').all()),
      header.getByRole('searchbox', { name: 'Search all paragraphs' }),
      header.getByRole('button', { name: 'Search' }),
    ];
    for (const control of controls) {
      const box = await control.boundingBox();
      expect(box, await control.innerText()).not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewports.phone.width);
    }
    await saveScreenshot(page, 'workspace-phone');
    await page.close();
  });
});
