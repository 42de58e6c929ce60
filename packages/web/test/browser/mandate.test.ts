import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/format.ts';
import { findSeriousAccessibilityViolations, saveScreenshot, sessionCookie, useBrowserApp } from './harness/index.ts';
import { screenshotDir } from './harness/paths.ts';
import { callApi } from './support/trpc-api.ts';

interface CalendarFromApi {
  groups: {
    entries: {
      mandateId: number;
      reference: string;
      status: string;
      recurrence: string | null;
      session: number | null;
      sessionName: string;
      dueDate: string;
    }[];
  }[];
}

interface MandateFromApi {
  id: number;
  version: number;
  notes: string | null;
  addressees: string[];
  overridden: string[];
}

/** Opens the workspace and follows the link of A/65/457 I.14, as a planner would; returns its id. */
async function openParagraph14(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'A/65/457 I.14', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Mandate A/65/457 I.14' }).waitFor();
  return Number(new URL(page.url()).pathname.split('/').at(-1));
}

async function figure(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).innerText());
}

describe('mandate page with the sample data', () => {
  const app = useBrowserApp({ sampleData: 'load' });

  it('shows A/65/457 I.14 in its resolution with the verb, addressee and sessions highlighted', async () => {
    const { page, errors } = await app.open('/');
    await openParagraph14(page);

    const paragraph = page.getByTestId('paragraph-text');
    expect(await paragraph.innerText()).toContain('Requests the Executive Director of the United Nations Office');
    expect(await paragraph.locator('mark[data-kind="verb"]').allInnerTexts()).toEqual(['Requests']);
    expect(await paragraph.locator('mark[data-kind="addressee"]').allInnerTexts()).toEqual([
      'the Executive Director of the United Nations Office on Drugs and Crime',
    ]);
    expect(await paragraph.locator('mark[data-kind="deadline"]').allInnerTexts()).toEqual([
      'its twentieth session',
      'its fifty-fourth session',
    ]);
    const context = await page.getByRole('region', { name: 'The paragraph in its resolution' }).innerText();
    expect(context).toContain('A/65/457');
    expect(context).toContain('A/C.3/65/L.13');
    expect(context).toContain('Realignment of the functions of the United Nations Office on Drugs and Crime');

    const obligations = page.getByTestId('obligations');
    const ccpcj = obligations.getByRole('row', { name: /CCPCJ, 20th session/ });
    expect(await ccpcj.innerText()).toContain('11 Apr 2011');
    expect(await ccpcj.innerText()).toContain('E/CN.15/2011/1');
    expect(await obligations.innerText()).toContain('CND, 54th session');
    await page.getByRole('region', { name: 'Funding' }).getByTestId('funding-state').waitFor();
    await saveScreenshot(page, 'mandate-page');
    // The first screenful, small enough to commit under docs/screenshots.
    await page.screenshot({ path: join(screenshotDir, 'mandate-page-top.png') });
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds a deliverable, moves it to submitted, and the workspace figures move', async () => {
    // A deadline nobody has reported on yet (the sample planning data already meets I.14's two).
    const calendar = await callApi<CalendarFromApi>(
      app.server.url,
      'calendar.range',
      { from: '2000-01-01', to: '2035-12-31' },
      'query',
    );
    const overdue = calendar.groups
      .flatMap((group) => group.entries)
      .find((entry) => entry.status === 'overdue' && entry.recurrence === null && entry.session !== null);
    expect(overdue).toBeDefined();
    if (!overdue) return;

    const { page } = await app.openAs('planner', '/');
    await page.getByTestId('figure-met').waitFor();
    const metBefore = await figure(page, 'figure-met');
    const overdueBefore = await figure(page, 'figure-overdue');
    await page.goto(`/mandates/${overdue.mandateId}`);
    await page.getByRole('heading', { level: 1, name: `Mandate ${overdue.reference}` }).waitFor();

    const dueText = formatDate(overdue.dueDate);
    const add = page.getByRole('form', { name: 'Add a deliverable' });
    await add.getByLabel('Title').fill('Report of the Secretary-General for the session');
    await add.getByLabel('For the deadline').selectOption({ label: `${overdue.sessionName}, ${dueText}` });
    expect(await add.getByText(`Empty: ${dueText}, from the deadline`).isVisible()).toBe(true);
    await add.getByLabel('Owner').fill('Division for Treaty Affairs');
    await add.getByRole('button', { name: 'Add deliverable' }).click();

    const item = page.getByRole('list', { name: 'Deliverables' }).getByRole('listitem').filter({
      hasText: 'Report of the Secretary-General for the session',
    });
    await item.getByTestId('deliverable-status').getByText('Planned').waitFor();
    expect(await item.innerText()).toContain(`due ${dueText}`);
    await item.getByRole('button', { name: /Start work/ }).click();
    await item.getByTestId('deliverable-status').getByText('In progress').waitFor();
    await item.getByLabel('Evidence (symbol or link)').fill('E/CN.15/2011/11');
    await item.getByRole('button', { name: /Mark submitted/ }).click();
    await item.getByTestId('deliverable-status').getByText('Submitted').waitFor();
    expect(await item.innerText()).toContain('evidence: E/CN.15/2011/11');
    await saveScreenshot(page, 'mandate-deliverable-submitted');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Planner workspace' }).click();
    await page.getByTestId('figure-met').waitFor();
    await expect.poll(() => figure(page, 'figure-met')).toBe(metBefore + 1);
    expect(await figure(page, 'figure-overdue')).toBe(overdueBefore - 1);
    const owners = page.getByRole('region', { name: 'Deliverables by owner', exact: true });
    expect(await owners.getByTestId('owner-Division for Treaty Affairs-submitted').innerText()).toBe('1');
    await page.close();
  });

  it('keeps a corrected addressee, marked as corrected, after a reload, and clears it again', async () => {
    const { page } = await app.openAs('planner', '/');
    const id = await openParagraph14(page);

    await page.getByText('Correct an extracted fact').click();
    await page.getByLabel('Fact to correct').selectOption('addressees');
    const form = page.getByRole('form', { name: 'Correct the addressees' });
    await form.getByLabel('Secretariat', { exact: true }).check();
    await form.getByRole('button', { name: 'Save correction' }).click();
    const addressees = page.getByTestId('fact-addressees');
    await addressees.getByText('corrected by a planner').waitFor();
    expect(await addressees.innerText()).toContain('UNODC Executive Director, Secretariat');
    expect(await addressees.innerText()).toContain('Extracted from the text: UNODC Executive Director');

    await page.reload();
    await addressees.getByText('corrected by a planner').waitFor();
    expect(await addressees.innerText()).toContain('UNODC Executive Director, Secretariat');
    // The History shows the audit entry: who corrected which fact, from which value to which.
    const history = page.getByRole('region', { name: 'History of changes' });
    await history.getByTestId('history-entry').first().waitFor();
    const newest = await history.getByTestId('history-entry').first().innerText();
    expect(newest).toContain('Corrected by planner@mandate-tracker.test');
    expect(newest).toMatch(/correction of addressees: — → unodc-executive-director, secretariat/);
    const saved = await callApi<MandateFromApi>(app.server.url, 'mandates.get', { id }, 'query');
    expect(saved.overridden).toContain('addressees');
    expect(saved.addressees).toEqual(['unodc-executive-director', 'secretariat']);

    await addressees.getByRole('button', { name: 'Clear correction of addressees' }).click();
    await addressees.getByText('corrected by a planner').waitFor({ state: 'detached' });
    expect(await addressees.innerText()).toBe('UNODC Executive Director');
    await page.close();
  });

  it('shows the current values instead of overwriting when someone else saved first', async () => {
    const { page } = await app.openAs('planner', '/');
    const id = await openParagraph14(page);
    const planning = page.getByRole('form', { name: 'Planning of this mandate' });
    await planning.getByLabel('Notes').waitFor();

    // Another planner saves while this page is open.
    const before = await callApi<MandateFromApi>(app.server.url, 'mandates.get', { id }, 'query');
    await callApi(
      app.server.url,
      'mandates.update',
      { id, version: before.version, ownerUnit: 'DTA', notes: 'Agreed with DTA on 12 Jan' },
      'mutation',
      { cookie: await sessionCookie(app.server.url, 'planner') },
    );

    await planning.getByLabel('Notes').fill('My own note');
    await planning.getByRole('button', { name: 'Save planning' }).click();
    const conflict = page.getByTestId('planning-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Someone else changed this mandate');
    expect(await conflict.innerText()).toContain('Agreed with DTA on 12 Jan');
    await saveScreenshot(page, 'mandate-conflict');

    const kept = await callApi<MandateFromApi>(app.server.url, 'mandates.get', { id }, 'query');
    expect(kept.notes).toBe('Agreed with DTA on 12 Jan');

    await conflict.getByRole('button', { name: 'Load the current values' }).click();
    expect(await planning.getByLabel('Notes').inputValue()).toBe('Agreed with DTA on 12 Jan');
    expect(await planning.getByLabel('Owner unit').inputValue()).toBe('DTA');
    await planning.getByLabel('Priority').selectOption('high');
    await planning.getByRole('button', { name: 'Save planning' }).click();
    await planning.getByText(/Saved \(version \d+\)/).waitFor();
    const after = await callApi<MandateFromApi & { priority: string }>(app.server.url, 'mandates.get', { id }, 'query');
    expect(after.priority).toBe('high');
    expect(after.notes).toBe('Agreed with DTA on 12 Jan');
    await page.close();
  });

  it('says so when the mandate does not exist', async () => {
    const { page } = await app.open('/mandates/999999');
    await page.getByRole('heading', { level: 1, name: 'Mandate not found' }).waitFor();
    await page.close();
  });
});
