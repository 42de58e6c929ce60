import type { BudgetLine, FundingSummary } from '@mandate-tracker/shared';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityViolations, saveScreenshot, useBrowserApp } from './harness/index.ts';
import { trpcQuery } from './trpc-query.ts';

describe('funding view against the built server with the sample data', () => {
  const app = useBrowserApp({ sampleData: 'load' });

  it('shows the mandates by funding state, the labelled sample gap chart and its table', async () => {
    const summary = await trpcQuery<FundingSummary>(app.server.url, 'funding.summary', {});
    const { page, errors } = await app.open('/funding');
    await page.getByRole('heading', { level: 1, name: 'Funding' }).waitFor();
    const unfunded = page.getByTestId('state-unfunded');
    await unfunded.waitFor();

    expect(summary.byState.unfunded).toBeGreaterThan(0);
    expect(await unfunded.innerText()).toContain(`${summary.byState.unfunded}\nUnfunded`);
    expect(await page.getByTestId('state-partly-funded').innerText()).toContain(
      `${summary.byState['partly-funded']}\nPartly funded`,
    );
    expect(await page.getByText('Sample data', { exact: true }).first().isVisible()).toBe(true);

    const chart = page.getByRole('img', { name: /^Funded amount and funding gap by theme:/ });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: 'Funding by theme (US dollars)' });
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByRole('link', { name: 'By theme' }).getAttribute('aria-current')).toBe('page');

    await saveScreenshot(page, 'funding-desktop');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('drills down from the unfunded count to those mandates, then to the planner workspace', async () => {
    const summary = await trpcQuery<FundingSummary>(app.server.url, 'funding.summary', {});
    const { page, errors } = await app.open('/funding');
    const unfunded = page.getByTestId('state-unfunded');
    await unfunded.getByRole('link', { name: 'List them below' }).click();
    await page.waitForURL((url) => url.searchParams.get('state') === 'unfunded');

    const list = page.getByRole('region', { name: 'Mandates and their funding' });
    await list.getByText(`${summary.byState.unfunded} mandates unfunded`).waitFor();
    expect(await list.getByRole('combobox', { name: 'Funding state' }).inputValue()).toBe('unfunded');
    const states = await list.locator('tbody .badge').allInnerTexts();
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['Unfunded']));
    const firstMandate = list.locator('tbody th a').first();
    expect(await firstMandate.getAttribute('href')).toMatch(/^\/mandates\/\d+$/);

    // The state select changes the URL as well.
    await list.getByRole('combobox', { name: 'Funding state' }).selectOption('partly-funded');
    await page.waitForURL((url) => url.searchParams.get('state') === 'partly-funded');
    await list.getByText(`${summary.byState['partly-funded']} mandates partly funded`).waitFor();
    const projectLink = list.locator('tbody a[href^="/projects/"]').first();
    expect(await projectLink.getAttribute('href')).toMatch(/^\/projects\/\d+$/);

    await unfunded.getByRole('link', { name: 'Open in the planner workspace' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('funded') === 'false');
    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('breaks the gap down by fund with the source of each confirmed budget line, and by donor', async () => {
    const lines = await trpcQuery<BudgetLine[]>(app.server.url, 'budgetLines.list', {});
    const confirmed = lines.find((line) => !line.sample && line.source !== null);
    expect(confirmed).toBeDefined();
    // Funding by donor is a contribution detail: a donor's account sees it.
    const { page, errors } = await app.openAs('donor', '/funding');
    await page.getByRole('table', { name: 'Funding by theme (US dollars)' }).waitFor();
    await page.getByRole('link', { name: 'By fund' }).click();
    await page.waitForURL((url) => url.searchParams.get('by') === 'fund');

    const funds = page.getByRole('table', { name: 'Funding by fund (US dollars)' });
    await funds.getByRole('rowheader', { name: 'Special-purpose funds' }).waitFor();
    expect(await page.getByRole('img', { name: /^Funded amount and funding gap by fund:/ }).isVisible()).toBe(true);
    const lineRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: confirmed!.title }) });
    expect(await lineRow.innerText()).toContain(confirmed!.source!.slice(0, 40));
    const sampleLine = lines.find((line) => line.sample);
    if (sampleLine !== undefined) {
      const sampleRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: sampleLine.title }) });
      expect(await sampleRow.innerText()).toContain('Sample data');
    }
    await saveScreenshot(page, 'funding-by-fund');

    await page.getByRole('link', { name: 'By donor' }).click();
    const donors = page.getByRole('table', { name: 'Funding by donor (US dollars)' });
    await donors.waitFor();
    expect(await donors.locator('tbody tr').first().innerText()).toContain('Sample data');
    expect(await page.getByRole('img', { name: /^Paid and pledged amounts by donor:/ }).isVisible()).toBe(true);
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
