import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityViolations, sessionCookie, TEST_ACCOUNTS, useBrowserApp } from './harness/index.ts';
import { callApi, mutateApi } from './support/trpc-api.ts';

interface MandateListFromApi {
  items: { id: number; documentSymbol: string | null; resolutionLabel: string; paragraphNumber: string | null }[];
}

/** The id of A/65/457 I.14 (the first clause of the paragraph, as the workspace links it). */
async function paragraph14Id(baseUrl: string): Promise<number> {
  const page = await callApi<MandateListFromApi>(baseUrl, 'mandates.list', { limit: 200 }, 'query');
  const found = page.items.find(
    (item) => item.documentSymbol === 'A/65/457' && item.resolutionLabel === 'I' && item.paragraphNumber === '14',
  );
  if (found === undefined)
    throw new Error(`A/65/457 I.14 is not among ${JSON.stringify(page.items.slice(0, 3))} (${page.items.length})`);
  return found.id;
}

describe('audit trail', () => {
  const app = useBrowserApp({ sampleData: 'load' });
  const planner = TEST_ACCOUNTS.planner.email;

  it("shows a planner's edit of a mandate in the mandate's History and in the admin's Audit log", async () => {
    const id = await paragraph14Id(app.server.url);
    const { page } = await app.openAs('planner', `/mandates/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Mandate A/65/457 I.14' }).waitFor();
    const planning = page.getByRole('form', { name: 'Planning of this mandate' });
    await planning.getByLabel('Owner unit').fill('Audit Unit');
    await planning.getByRole('button', { name: 'Save planning' }).click();
    await planning.getByText(/Saved \(version \d+\)/).waitFor();

    // The History shows the entry at the top: who, what, and the field from → to.
    const newest = page.getByTestId('mandate-history').getByTestId('history-entry').first();
    await newest.getByText('Audit Unit').waitFor();
    const text = await newest.innerText();
    expect(text).toContain(`Edited by ${planner}`);
    expect(text).toMatch(/owner unit: .+ → Audit Unit/);
    await page.close();

    // The public sees no history, only an invitation to sign in.
    const visitor = await app.open(`/mandates/${id}`);
    await visitor.page.getByText('Sign in to see who changed this mandate and when.').waitFor();
    expect(await visitor.page.getByTestId('mandate-history').count()).toBe(0);
    await visitor.page.close();

    // The admin finds it in the log, filtered by the planner and the entity type from the URL.
    const admin = await app.openAs('admin', `/audit?user=${encodeURIComponent(planner)}&entity=mandate`);
    const row = admin.page.getByTestId('audit-row').filter({ hasText: 'Audit Unit' });
    await row.waitFor();
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[1]).toBe(planner);
    expect(cells[2]).toBe('Edited');
    expect(cells[3]).toBe(`Mandate ${id}`);
    expect(await admin.page.getByLabel('Entity type').inputValue()).toBe('mandate');
    expect(await findSeriousAccessibilityViolations(admin.page)).toEqual([]);

    // Changing a filter changes the URL; the sample documents were imported by the system at start.
    await admin.page.getByLabel('User (email, system or cli)').fill('system');
    await admin.page.getByLabel('Entity type').selectOption('document');
    await admin.page.getByLabel('Action').selectOption('import');
    await admin.page.getByRole('button', { name: 'Apply filters' }).click();
    await admin.page.waitForURL(/user=system/);
    expect(new URL(admin.page.url()).searchParams.get('action')).toBe('import');
    const imports = admin.page.getByTestId('audit-row');
    // The previous filter's rows stay on screen until the new answer arrives, so wait for the count.
    await expect.poll(() => imports.count(), { timeout: 15_000 }).toBe(3);
    expect(await imports.first().getByRole('cell').nth(1).innerText()).toBe('system');

    // Each entry links to its entity.
    await admin.page.goto(`/audit?user=${encodeURIComponent(planner)}&entity=mandate`);
    await admin.page
      .getByTestId('audit-row')
      .filter({ hasText: 'Audit Unit' })
      .getByRole('link', { name: `Mandate ${id}` })
      .click();
    await admin.page.getByRole('heading', { level: 1, name: 'Mandate A/65/457 I.14' }).waitFor();
    await admin.page.close();
  });

  it("lists a mandate's deliverables' changes in its History, named by their title", async () => {
    const id = await paragraph14Id(app.server.url);
    const cookie = await sessionCookie(app.server.url, 'planner');
    await mutateApi(
      app.server.url,
      'deliverables.create',
      { mandateId: id, title: 'Audit trail briefing', kind: 'publication' },
      { cookie },
    );
    const { page } = await app.openAs('planner', `/mandates/${id}`);
    const newest = page.getByTestId('mandate-history').getByTestId('history-entry').first();
    await newest
      .getByText(/Audit trail briefing/)
      .first()
      .waitFor();
    expect(await newest.innerText()).toContain(`Deliverable “Audit trail briefing”: Created by ${planner}`);
    await page.close();
  });
});
