import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityViolations, saveScreenshot, sessionCookie, useBrowserApp } from './harness/index.ts';
import { callApi } from './support/trpc-api.ts';

interface ListedMandate {
  id: number;
  version: number;
  status: string;
  addressees: string[];
}

/** The references shown in the mandate table's rendered rows. */
async function shownReferences(page: Page): Promise<string[]> {
  return page.getByTestId('mandate-table-viewport').locator('tbody a.mandate-link').allInnerTexts();
}

async function waitForTable(page: Page) {
  await page
    .getByTestId('table-summary')
    .getByText(/mandates? (loaded|shown)|No mandate matches/)
    .waitFor();
}

describe('planner workspace with the sample data', () => {
  const app = useBrowserApp({ sampleData: 'load' });

  it('shows the figures at a glance and the A/65/457 mandates in the table', async () => {
    const { page, errors } = await app.open('/');
    await page.getByRole('heading', { level: 1, name: 'Planner workspace' }).waitFor();
    await waitForTable(page);

    const mandates = Number(await page.getByTestId('figure-mandates').innerText());
    const overdue = Number(await page.getByTestId('figure-overdue').innerText());
    expect(mandates).toBeGreaterThan(30);
    expect(overdue).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Upcoming deadlines', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Deliverables by owner', exact: true }).isVisible()).toBe(true);
    const references = await shownReferences(page);
    expect(references).toContain('A/65/457 I.14');
    expect(references.every((reference) => reference.startsWith('A/'))).toBe(true);
    await saveScreenshot(page, 'workspace-mandates');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows the table by addressee and text, keeps the filters in the URL and in the export links', async () => {
    const { page } = await app.open('/');
    await waitForTable(page);
    const everything = (await shownReferences(page)).length;

    await page.getByLabel('Addressee', { exact: true }).selectOption('secretary-general');
    await page.waitForURL(/addressee=secretary-general/);
    // React Router renders a navigation in a transition: the URL changes first, the table after.
    // The public sees no selection column (bulk changes are a planner's): addressees are the 4th cell.
    const addresseeCells = page.getByTestId('mandate-table-viewport').locator('tbody tr td:nth-child(4)');
    await expect
      .poll(async () => {
        const cells = await addresseeCells.allInnerTexts();
        return cells.length > 0 && cells.every((cell) => cell.includes('Secretary-General'));
      })
      .toBe(true);
    const bySecretaryGeneral = await addresseeCells.allInnerTexts();
    expect(bySecretaryGeneral.length).toBeGreaterThan(0);
    expect(bySecretaryGeneral.length).toBeLessThan(everything);
    expect(bySecretaryGeneral.every((cell) => cell.includes('Secretary-General'))).toBe(true);

    await page.getByLabel('Text in the paragraph').fill('Congress');
    await page.waitForURL(/q=Congress/);
    await page
      .getByTestId('table-summary')
      .getByText(/shown|No mandate/)
      .waitFor();
    // Paragraph 15 of resolution IV (the Twelfth Congress) is the one asking the Secretary-General about it.
    await expect.poll(() => shownReferences(page)).toEqual(['A/65/457 IV.15']);
    const narrowed = await shownReferences(page);

    const csv = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    const ical = await page.getByRole('link', { name: 'Subscribe (iCal)' }).getAttribute('href');
    expect(csv).toBe('/export/mandates.csv?addressee=secretary-general&q=Congress');
    expect(ical).toBe('/calendar.ics?addressee=secretary-general&q=Congress');

    // The URL alone restores the view: open it afresh.
    const { page: shared } = await app.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await waitForTable(shared);
    expect(await shownReferences(shared)).toEqual(narrowed);
    expect(await shared.getByLabel('Text in the paragraph').inputValue()).toBe('Congress');
    await shared.close();
    await page.close();
  });

  it('sorts by next due date on the server when the column header is pressed', async () => {
    const { page } = await app.open('/');
    await waitForTable(page);
    await page.getByRole('button', { name: /Next due/ }).click();
    await page.waitForURL(/sort=due&dir=asc/);
    await waitForTable(page);
    await expect
      .poll(() => page.getByRole('columnheader', { name: /Next due/ }).getAttribute('aria-sort'))
      .toBe('ascending');
    const firstDue = page.getByTestId('mandate-table-viewport').locator('tbody tr').first().locator('td:nth-child(5)');
    await expect.poll(() => firstDue.innerText()).toBe('21 Mar 2011');
    await page.close();
  });

  it('changes the status of selected mandates together and reports the one someone else changed meanwhile', async () => {
    const { page } = await app.openAs('planner', '/?addressee=secretary-general');
    await waitForTable(page);
    const rows = page.getByTestId('mandate-table-viewport').locator('tbody tr');
    const first = (await rows.nth(0).locator('a.mandate-link').innerText()).trim();
    const second = (await rows.nth(1).locator('a.mandate-link').innerText()).trim();
    await page.getByLabel(`Select ${first}`).check();
    await page.getByLabel(`Select ${second}`).check();
    await page.getByText('2 selected.').waitFor();

    // Another planner changes the second mandate after this page loaded it.
    const listed = await callApi<{ items: (ListedMandate & { documentSymbol: string })[] }>(
      app.server.url,
      'mandates.list',
      { addressee: ['secretary-general'], limit: 100 },
      'query',
    );
    const secondHref = await rows.nth(1).locator('a.mandate-link').getAttribute('href');
    const secondId = Number(secondHref?.split('/').at(-1));
    const stale = listed.items.find((item) => item.id === secondId);
    expect(stale).toBeDefined();
    await callApi(
      app.server.url,
      'mandates.update',
      { id: secondId, version: stale?.version, notes: 'Seen by DTA' },
      'mutation',
      { cookie: await sessionCookie(app.server.url, 'planner') },
    );

    await page.getByLabel('Set status to').selectOption('completed');
    await page.getByRole('button', { name: 'Change status' }).click();
    const outcome = page.getByText(/Changed 1 mandate\./);
    await outcome.waitFor();
    expect(await outcome.innerText()).toContain(`someone else changed them since they were loaded: ${second}`);

    const after = await callApi<{ items: ListedMandate[] }>(
      app.server.url,
      'mandates.list',
      { addressee: ['secretary-general'], limit: 100 },
      'query',
    );
    const firstId = Number((await rows.nth(0).locator('a.mandate-link').getAttribute('href'))?.split('/').at(-1));
    expect(after.items.find((item) => item.id === firstId)?.status).toBe('completed');
    expect(after.items.find((item) => item.id === secondId)?.status).toBe('open');
    await page.close();
  });

  it('hides a column on request and remembers the choice after a reload', async () => {
    const { page } = await app.open('/');
    await waitForTable(page);
    expect(await page.getByRole('columnheader', { name: 'Addressees' }).count()).toBe(1);
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('group', { name: 'Columns to show' }).getByLabel('Addressees').uncheck();
    expect(await page.getByRole('columnheader', { name: 'Addressees' }).count()).toBe(0);
    await page.reload();
    await waitForTable(page);
    expect(await page.getByRole('columnheader', { name: 'Addressees' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'What is asked' }).count()).toBe(1);
    await page.close();
  });
});
