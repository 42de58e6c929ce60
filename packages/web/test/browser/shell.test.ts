import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityViolations, saveScreenshot, useBrowserApp, viewports } from './harness/index.ts';

interface HealthzBody {
  engine: string;
  migrationVersion: string | null;
}

describe('app shell against the built server on PGlite', () => {
  const app = useBrowserApp();

  it('opens on the Planner workspace with the live system summary', async () => {
    const { page, errors } = await app.open('/');

    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();
    const summary = page.getByRole('region', { name: 'System status' });
    await summary.getByText('PGlite (embedded)').waitFor();

    expect(await page.title()).toBe('Planner workspace · mandate-tracker');
    expect(await summary.getByText('Ready').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()).toEqual([
      'Planner workspace',
      'System status',
    ]);
    expect(await page.getByRole('link', { name: 'Planner workspace' }).getAttribute('aria-current')).toBe('page');
    await saveScreenshot(page, 'workspace-desktop');
    expect(errors).toEqual([]);
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
    expect(await page.getByRole('link', { name: 'System status' }).getAttribute('aria-current')).toBe('page');
    await saveScreenshot(page, 'status-desktop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves between screens with the keyboard alone and puts focus on the new screen', async () => {
    const { page } = await app.open('/');
    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toContain('mandate-tracker');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Planner workspace');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('System status');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'System status' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/status');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.title()).toBe('System status · mandate-tracker');

    // On a fresh load, the skip link jumps over the header straight into <main>.
    await page.goto('/');
    await page.getByRole('region', { name: 'System status' }).getByText('PGlite (embedded)').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('System status details');
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
    await page.getByRole('main').getByRole('link', { name: 'Planner workspace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();
    await page.close();
  });

  it.each([
    ['/', 'Planner workspace'],
    ['/status', 'System status'],
    ['/no-such-screen', 'Page not found'],
  ])('has no serious or critical accessibility violations on %s', async (path, heading) => {
    const { page } = await app.open(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('status').waitFor({ state: 'detached' });

    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await app.open('/', viewports.phone);
    await page.getByRole('region', { name: 'System status' }).getByText('PGlite (embedded)').waitFor();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'workspace-phone');
    await page.close();
  });
});
