import { parse } from 'csv-parse/sync';
import ical, { type VEvent } from 'node-ical';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { loadSample } from '../../src/domain/sample/index.ts';
import { loadSamplePlanningData } from '../../src/domain/sample-planning/index.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { listenOnFreePort } from '../helpers/http.ts';
import { callerFor } from './caller.ts';
import { resetDatabase } from './reference-data.ts';

function eventsOf(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  );
}

function isoDay(date: Date): string {
  // All-day events parse to local midnight; read the calendar day back in local time.
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describeEachEngine('calendar feed and mandate exports over HTTP', (getDb, engine) => {
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    await resetDatabase(getDb());
    await loadSample(getDb(), { loadPlanningData: loadSamplePlanningData });
    ({ baseUrl, close } = await listenOnFreePort(
      createApp({ database: { db: getDb(), engine }, logger: pino({ level: 'silent' }), webDistDir: '/nonexistent' }),
    ));
  });
  afterAll(() => close());

  it('serves every reporting deadline as an all-day event with a stable UID that parses back', async () => {
    const response = await fetch(`${baseUrl}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    const events = eventsOf(text);
    const page = await callerFor(getDb(), engine).mandates.list({ limit: 200 });
    const obligations = page.items.flatMap((item) =>
      item.obligations.filter((obligation) => obligation.dueDate !== null),
    );
    expect(events).toHaveLength(obligations.length);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    expect(events.every((event) => /^obligation-\d+@mandate-tracker$/.test(event.uid))).toBe(true);
    const again = eventsOf(await (await fetch(`${baseUrl}/calendar.ics`)).text());
    expect(again.map((event) => event.uid)).toEqual(events.map((event) => event.uid));

    const i14ccpcj = events.find((event) => event.summary === 'Report due: CCPCJ, 20th session — A/65/457 I.14');
    expect(i14ccpcj).toBeDefined();
    expect(i14ccpcj!.datetype).toBe('date');
    expect(isoDay(i14ccpcj!.start)).toBe('2011-04-11');
    expect(isoDay(i14ccpcj!.end!)).toBe('2011-04-12');
    expect(i14ccpcj!.description).toContain(
      'to report to the Commission on Crime Prevention and Criminal Justice at its twentieth session',
    );
    expect(i14ccpcj!.description).toContain(
      'Documentation deadline (planning assumption: 10 weeks before): 2011-01-31',
    );
    expect(i14ccpcj!.description).toMatch(new RegExp(`${baseUrl}/mandates/\\d+`));
    const vi36 = events.find((event) => event.summary === 'Report due: GA, 66th session — A/65/457 VI.36');
    expect(isoDay(vi36!.start)).toBe('2011-09-13');
    const res67 = events.find((event) => event.summary === 'Report due: GA, 68th session — A/RES/67/189 para. 40');
    expect(isoDay(res67!.start)).toBe('2013-09-17');
  });

  it('applies the mandate-list filters to the feed: ?body=ccpcj&addressee=unodc-executive-director', async () => {
    const ccpcj = eventsOf(await (await fetch(`${baseUrl}/calendar.ics?body=ccpcj`)).text());
    expect(ccpcj.length).toBeGreaterThan(0);
    expect(ccpcj.every((event) => String(event.summary).startsWith('Report due: CCPCJ'))).toBe(true);
    const narrowed = eventsOf(
      await (await fetch(`${baseUrl}/calendar.ics?body=ccpcj&addressee=unodc-executive-director`)).text(),
    );
    expect(narrowed.map((event) => event.summary)).toEqual(['Report due: CCPCJ, 20th session — A/65/457 I.14']);
    const nothing = await fetch(`${baseUrl}/calendar.ics?body=ccpcj&addressee=donors`);
    expect(nothing.status).toBe(200);
    expect(eventsOf(await nothing.text())).toEqual([]);
  });

  it('answers bad filter parameters with 400 and a message naming them', async () => {
    for (const path of [
      '/calendar.ics?body=nowhere',
      '/export/mandates.csv?dueFrom=yesterday',
      '/export/mandates.json?session=abc',
    ]) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toMatch(/^Invalid filter parameters: (body|dueFrom|session)/);
    }
  });

  it('exports one CSV row per mandate of the filter that parses back with its deadline, projects and funding', async () => {
    const response = await fetch(`${baseUrl}/export/mandates.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="mandates-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[];
    const page = await callerFor(getDb(), engine).mandates.list({ limit: 200 });
    expect(rows).toHaveLength(page.items.length);
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'reference',
      'document',
      'resolution',
      'adopted_symbol',
      'resolution_title',
      'paragraph',
      'verbs',
      'addressees',
      'action',
      'next_due',
      'next_due_projected',
      'deadline_status',
      'deadlines',
      'status',
      'owner_unit',
      'projects',
      'funding_state',
      'need_usd',
      'funded_usd',
      'gap_usd',
    ]);
    const i14 = rows.find((row) => row.reference === 'A/65/457 I.14')!;
    expect(i14).toMatchObject({
      document: 'A/65/457',
      resolution: 'I',
      paragraph: '14',
      addressees: 'unodc-executive-director',
      next_due: '2011-03-21',
      next_due_projected: 'false',
      deadline_status: 'met',
      deadlines: '2011-03-21 CND, 54th session; 2011-04-11 CCPCJ, 20th session',
      funding_state: 'unfunded',
    });
    const vi14 = rows.find((row) => row.reference === 'A/65/457 VI.14')!;
    expect(vi14).toMatchObject({
      projects: 'GLOU40',
      funding_state: 'partly-funded',
      need_usd: '13560000',
      funded_usd: '11500000',
      gap_usd: '2060000',
    });
    const filtered = parse(await (await fetch(`${baseUrl}/export/mandates.csv?body=cnd`)).text(), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    expect(filtered.map((row) => row.reference)).toEqual(['A/65/457 I.14']);
  });

  it('exports the same rows as JSON', async () => {
    const response = await fetch(`${baseUrl}/export/mandates.json?addressee=unodc&projectId=1`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      count: number;
      filter: { addressee: string[] };
      mandates: { reference: string; projects: string[]; verbs: string[] }[];
    };
    expect(body.filter.addressee).toEqual(['unodc']);
    expect(body.count).toBe(body.mandates.length);
    expect(body.mandates.map((mandate) => mandate.reference)).toEqual(['A/65/457 VI.14']);
    expect(body.mandates[0]).toMatchObject({ projects: ['GLOU40'], verbs: ['urge'] });
  });
});
