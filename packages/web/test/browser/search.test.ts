import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityViolations, saveScreenshot, useBrowserApp } from './harness/index.ts';
import { queryApi } from './support/trpc-api.ts';

interface SearchPage {
  total: number;
  items: { paragraphId: number; mandateIds: number[] }[];
}

describe('search screen against the built server with the sample corpus', () => {
  const app = useBrowserApp({ sampleData: 'load', startTimeoutMs: 120_000 });

  it('finds money-laundering with highlighted snippets and follows a hit to its mandate', async () => {
    const api = await queryApi<SearchPage>(app.server.url, 'search.paragraphs', { q: 'money-laundering', limit: 20 });
    expect(api.total).toBeGreaterThan(0);

    const { page, errors } = await app.open('/');
    const headerSearch = page.getByRole('search', { name: 'Search paragraphs' });
    await headerSearch.getByLabel('Search all paragraphs').fill('money-laundering');
    await headerSearch.getByLabel('Search all paragraphs').press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('money-laundering');
    const summary = page.getByTestId('search-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain(`${api.total} paragraph`);

    const hits = page.locator('.search-hit');
    expect(await hits.count()).toBe(Math.min(api.total, 20));
    const marked = await page.locator('.search-hit mark').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => /money|launder/i.test(text))).toBe(true);
    expect(await page.locator('.search-hit').first().innerText()).toMatch(/A\/\S+/);
    await saveScreenshot(page, 'search-results');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);

    const withMandate = hits.filter({ has: page.getByRole('link', { name: /^Open mandate/ }) }).first();
    const link = withMandate.getByRole('link', { name: /^Open mandate/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/mandates\/\d+$/);
    const mandateId = Number(href!.split('/').pop());
    expect(api.items.some((item) => item.mandateIds[0] === mandateId)).toBe(true);
    await link.click();
    await page.waitForURL(`**/mandates/${mandateId}`);
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
    await page.close();
  });

  it('keeps the query and page in the URL and suggests other words when nothing matches', async () => {
    const { page } = await app.open('/search?q=zyxwvutsrq');
    await page.getByText('No paragraph contains “zyxwvutsrq”.').waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Try fewer words');
    expect(await page.getByLabel('Words to find in every paragraph').inputValue()).toBe('zyxwvutsrq');

    await page.getByLabel('Words to find in every paragraph').fill('report');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page.getByTestId('search-summary').waitFor();
    const total = (await queryApi<SearchPage>(app.server.url, 'search.paragraphs', { q: 'report', limit: 20 })).total;
    expect(total).toBeGreaterThan(20);
    await page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/page=2/);
    await page.getByText(/showing 21–/).waitFor();
    expect(await page.getByRole('navigation', { name: 'Result pages' }).innerText()).toContain('Page 2 of');
    await page.close();
  });
});
