import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityViolations, saveScreenshot, useBrowserApp } from './harness/index.ts';
import { queryApi } from './support/trpc-api.ts';

interface ProjectDetail {
  code: string;
  mandates: { id: number }[];
}

describe('projects and budget lines against the built server with the sample data', () => {
  const app = useBrowserApp({ sampleData: 'load', startTimeoutMs: 120_000 });

  it('refuses an empty code, creates the project, links a mandate found by text and lists it', async () => {
    const { page, errors } = await app.openAs('planner', '/projects');
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await page.getByRole('button', { name: 'Add a project' }).click();
    const form = page.getByRole('form', { name: 'New project' });

    await form.getByLabel('Title').fill('Maritime money-laundering programme');
    await form.getByRole('button', { name: 'Create project' }).click();
    const code = form.getByLabel('Code');
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await code.getAttribute('aria-describedby')) ?? '';
    const codeError = page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`);
    expect(await codeError.innerText()).toBe('Required.');
    await saveScreenshot(page, 'projects-validation');

    await code.fill('GLOZ99');
    await form.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { level: 1, name: /GLOZ99: Maritime money-laundering programme/ }).waitFor();
    const projectId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(projectId).toBeGreaterThan(0);

    await page.getByLabel('Find mandates to link').fill('money-laundering');
    const found = page.getByRole('list', { name: 'Mandates found' });
    const firstLink = found.getByRole('button', { name: /^Link / }).first();
    await firstLink.waitFor();
    const reference = ((await firstLink.getAttribute('aria-label')) ?? '').replace(/^Link /, '');
    await firstLink.click();

    const linked = page.getByRole('list', { name: 'Linked mandates' });
    await linked.getByRole('link', { name: reference }).waitFor();
    const href = await linked.getByRole('link', { name: reference }).getAttribute('href');
    expect(href).toMatch(/^\/mandates\/\d+$/);
    expect(await page.getByRole('heading', { name: 'Linked mandates (1)' }).isVisible()).toBe(true);
    const stored = await queryApi<ProjectDetail>(app.server.url, 'projects.get', { id: projectId });
    expect(stored.code).toBe('GLOZ99');
    expect(stored.mandates.map((mandate) => `/mandates/${mandate.id}`)).toEqual([href]);
    await saveScreenshot(page, 'project-page');

    await page.getByRole('button', { name: 'Edit project' }).click();
    const edit = page.getByRole('form', { name: 'Edit project' });
    await edit.getByLabel('Theme').fill('Money-laundering');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Edit project' }).waitFor();
    expect(await page.getByRole('region', { name: 'Details' }).innerText()).toContain('Money-laundering');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists projects and budget lines in sortable tables with sample rows labelled', async () => {
    // As a planner, who sees the contribution form on the budget line's page at the end.
    const { page } = await app.openAs('planner', '/projects');
    const table = page.getByRole('table', { name: 'Projects' });
    await table.waitFor();
    expect(await table.getByText('Sample data').count()).toBeGreaterThan(0);
    await table.getByRole('button', { name: /Code/ }).click();
    expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    await page.getByLabel('Filter by code, title or theme').fill('zzzz-nothing');
    await page.getByText('No project matches “zzzz-nothing”').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('zzzz-nothing');
    await page.getByLabel('Filter by code, title or theme').fill('');
    await table.waitFor();
    await saveScreenshot(page, 'projects-list');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);

    await page.goto('/budget-lines');
    const lines = page.getByRole('table', { name: 'Budget lines' });
    await lines.waitFor();
    expect(await lines.getByText('Sample data').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'budget-lines');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    await lines.getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Donors and contributions' }).waitFor();
    await page.getByRole('form', { name: 'New contribution' }).waitFor();
    await saveScreenshot(page, 'budget-line-page');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
