import type { CalendarRangeResult } from '@mandate-tracker/shared';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { calendarWindow } from '../../src/components/calendar/calendar-params.ts';
import { findSeriousAccessibilityViolations, saveScreenshot, useBrowserApp, viewports } from './harness/index.ts';
import { trpcQuery } from './trpc-query.ts';

function eventsOf(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  );
}

/** All-day events parse to local midnight; read the calendar day back in local time. */
function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

describe('report calendar against the built server with the sample data', () => {
  const app = useBrowserApp({ sampleData: 'load' });

  it('filters to CCPCJ deadlines only, with the URL, the session heading and the paragraph that asks', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const api = await trpcQuery<CalendarRangeResult>(app.server.url, 'calendar.range', {
      ...calendarWindow(today, null),
      body: ['ccpcj'],
    });
    const apiCcpcj = api.groups.filter((group) => group.body === 'ccpcj').flatMap((group) => group.entries);
    const { page, errors } = await app.open('/calendar');
    await page.getByRole('heading', { level: 1, name: 'Report calendar' }).waitFor();
    await page.getByText(/\d+ deadlines? in all years/).waitFor();

    // The box is checked by the URL change it causes, so click it and wait for the URL.
    await page.getByRole('checkbox', { name: 'CCPCJ' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('body').join() === 'ccpcj');
    // The box reflects the URL once React has rendered it: wait for that, do not read it at once.
    await page.getByRole('checkbox', { name: 'CCPCJ', checked: true }).waitFor();
    // The list before the filter also holds CCPCJ sessions: wait for the filtered count.
    await page.getByText(`${apiCcpcj.length} deadlines in all years`).waitFor();

    const groups = page.getByRole('list', { name: 'Reporting deadlines by session' });
    const ccpcj20 = groups.getByRole('heading', { level: 3, name: 'CCPCJ, 20th session — 11 Apr 2011 (Vienna)' });
    await ccpcj20.waitFor();
    const headings = await groups.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading).toMatch(/^CCPCJ, \d+(st|nd|rd|th) session/);

    const session20 = groups.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: 'CCPCJ, 20th session — 11 Apr 2011 (Vienna)' }),
    });
    const firstEntry = session20.getByTestId('calendar-entry').first();
    expect(await firstEntry.innerText()).toContain('due 11 Apr 2011');
    expect(await firstEntry.locator('blockquote').innerText()).toMatch(/^(Requests|Invites|Decides|Urges)/);
    expect(await firstEntry.getByRole('link').first().getAttribute('href')).toMatch(/^\/mandates\/\d+$/);

    // What the page lists matches what the API says for CCPCJ deadlines.
    expect(await page.getByTestId('calendar-entry').count()).toBe(apiCcpcj.length);

    await saveScreenshot(page, 'calendar-ccpcj-list');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers an iCal subscription and a CSV export with the same filters, and the feed holds the CCPCJ deadlines', async () => {
    const { page } = await app.open('/calendar?body=ccpcj');
    await page.getByText('CCPCJ, 20th session — 11 Apr 2011 (Vienna)').waitFor();

    const subscribe = page.getByRole('link', { name: 'Subscribe (iCal)' });
    const href = await subscribe.getAttribute('href');
    expect(href).toBe('/calendar.ics?body=ccpcj');
    await page.getByText('How to add the subscription to Outlook or Google Calendar').click();
    expect(await page.getByTestId('ical-url').innerText()).toBe(`${app.server.url}/calendar.ics?body=ccpcj`);
    expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/export/mandates.csv?body=ccpcj',
    );

    const response = await fetch(`${app.server.url}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const events = eventsOf(await response.text());
    const ccpcjEvents = events.filter((event) => String(event.summary).includes('CCPCJ, '));
    const onTheDay = ccpcjEvents.filter((event) => String(event.summary).includes('CCPCJ, 20th session'));
    expect(onTheDay.length).toBeGreaterThan(0);
    for (const event of onTheDay) expect(isoDay(event.start)).toBe('2011-04-11');
    // Every CCPCJ deadline the page lists is in the feed, one event each.
    expect(ccpcjEvents.length).toBe(await page.getByTestId('calendar-entry').count());
    // Each event links back to its mandate in the app.
    for (const event of events) expect(String(event.url)).toMatch(new RegExp(`^${app.server.url}/mandates/\\d+$`));

    const csv = await fetch(`${app.server.url}/export/mandates.csv?body=ccpcj`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('A/65/457');
    await page.close();
  });

  it('shows a month grid and moves between months with the buttons and Page Up / Page Down', async () => {
    const { page, errors } = await app.open('/calendar?view=month&body=ccpcj&year=2011&month=4');
    const grid = page.getByRole('table');
    await grid.getByRole('link', { name: 'A/65/457 I.14' }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'April 2011' }).isVisible()).toBe(true);
    const day11 = grid.getByRole('cell', { name: /^11 Apr 2011/ });
    expect(await day11.innerText()).toContain('CCPCJ, 20th session');
    await saveScreenshot(page, 'calendar-month');

    await page.getByRole('button', { name: 'Next month' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'May 2011' }).waitFor();
    expect(new URL(page.url()).searchParams.get('month')).toBe('5');
    expect(await page.getByText('0 deadlines in May 2011').isVisible()).toBe(true);

    await page.keyboard.press('PageUp');
    await page.getByRole('heading', { level: 3, name: 'April 2011' }).waitFor();
    expect(new URL(page.url()).searchParams.get('month')).toBe('4');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('collapses the month grid to a list on a phone, without sideways scrolling', async () => {
    const { page, errors } = await app.open('/calendar?view=month&body=ccpcj&year=2011&month=4', viewports.phone);
    await page.getByText('The month is shown as a list on this small screen.').waitFor();

    expect(await page.getByRole('table').count()).toBe(0);
    expect(
      await page.getByRole('heading', { level: 3, name: 'CCPCJ, 20th session — 11 Apr 2011 (Vienna)' }).isVisible(),
    ).toBe(true);
    expect(await page.getByText('Filters (2 active)').isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // Switching to the list view keeps the filters.
    await page.getByRole('link', { name: 'List', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === null && url.searchParams.get('body') === 'ccpcj');
    await page.getByText('deadlines in April 2011').waitFor();
    await saveScreenshot(page, 'calendar-phone');
    expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the mandate behind a deadline', async () => {
    const { page } = await app.open('/calendar?body=ccpcj&year=2011');
    const session = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'CCPCJ, 20th session — 11 Apr 2011 (Vienna)' }),
    });
    const link = session.getByRole('link', { name: 'A/65/457 I.14' });
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(href).toMatch(/^\/mandates\/\d+$/);
    await page.close();
  });
});
