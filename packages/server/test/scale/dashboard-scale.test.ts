import { addDays, DUE_SOON_DAYS } from '@mandate-tracker/shared';
import { beforeAll, expect, it } from 'vitest';
import { calendarEntries } from '../../src/domain/calendar/index.ts';
import { importDocument } from '../../src/domain/imports/index.ts';
import { loadSessionLookup } from '../../src/domain/sessions/index.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { callerFor } from '../planning/caller.ts';
import { resetDatabase } from '../planning/reference-data.ts';
import { MAX_PARAGRAPHS_PER_RESOLUTION, syntheticResolution, type SyntheticParagraph } from './synthetic-resolution.ts';

const MANDATES = 2000;
/** After CCPCJ 35 (2026), before CCPCJ 36: its deadlines fall within 90 days. */
const TODAY = '2027-03-01';
/** The dashboard's horizon for recurring obligations. */
const HORIZON = addDays(TODAY, 366 * 5);

/** Which synthetic paragraphs get a deliverable, and of what kind (independent of the code under test). */
type Delivery = { status: 'submitted' | 'delivered' | 'planned'; session: number | null } | null;
function deliveryFor(paragraph: SyntheticParagraph): Delivery {
  if (paragraph.annual && paragraph.number % 30 === 0) return { status: 'submitted', session: paragraph.session + 1 };
  if (paragraph.annual && paragraph.number % 30 === 3) return { status: 'submitted', session: null };
  // A report delivered ahead of a session past today still meets that occurrence.
  if (paragraph.annual && paragraph.number % 30 === 6) return { status: 'delivered', session: 37 };
  if (!paragraph.annual && paragraph.number % 10 === 1) return { status: 'delivered', session: null };
  if (!paragraph.annual && paragraph.number % 10 === 2) return { status: 'planned', session: null };
  return null;
}

describeEachEngine('stats.dashboard over 2,000 imported mandates', (getDb, engine) => {
  const documents: { symbol: string; paragraphs: SyntheticParagraph[] }[] = [];

  beforeAll(async () => {
    const db = getDb();
    await resetDatabase(db);
    for (let start = 0, resolution = 900; start < MANDATES; start += MAX_PARAGRAPHS_PER_RESOLUTION, resolution += 1) {
      const synthetic = syntheticResolution(Math.min(MAX_PARAGRAPHS_PER_RESOLUTION, MANDATES - start), resolution);
      await importDocument(db, { text: synthetic.text });
      documents.push(synthetic);
    }
    const lookup = await loadSessionLookup(db);
    const obligations = await db
      .selectFrom('reporting_obligation as ro')
      .innerJoin('mandate as m', 'm.id', 'ro.mandate_id')
      .innerJoin('paragraph as p', 'p.id', 'm.paragraph_id')
      .innerJoin('document as d', 'd.id', 'm.document_id')
      .select(['ro.id', 'ro.mandate_id', 'p.number', 'd.symbol'])
      .execute();
    const obligationOf = new Map(obligations.map((row) => [`${row.symbol} ${row.number}`, row]));
    const deliverables = documents.flatMap(({ symbol, paragraphs }) =>
      paragraphs.flatMap((paragraph) => {
        const delivery = deliveryFor(paragraph);
        const obligation = obligationOf.get(`${symbol} ${paragraph.number}`)!;
        if (delivery === null) return [];
        return [
          {
            mandate_id: obligation.mandate_id,
            reporting_obligation_id: obligation.id,
            title: `Report on paragraph ${paragraph.number}`,
            kind: 'report' as const,
            status: delivery.status,
            due_date: delivery.session === null ? null : lookup('ccpcj', delivery.session)!.startDate,
          },
        ];
      }),
    );
    for (let index = 0; index < deliverables.length; index += 500) {
      await db
        .insertInto('deliverable')
        .values(deliverables.slice(index, index + 500))
        .execute();
    }
  });

  it('imports one mandate with one CCPCJ obligation per synthetic paragraph', async () => {
    const db = getDb();
    const counts = await db
      .selectFrom('reporting_obligation')
      .select(['recurrence', db.fn.countAll<number>().as('count')])
      .groupBy('recurrence')
      .orderBy('recurrence')
      .execute();
    const paragraphs = documents.flatMap((document) => document.paragraphs);
    expect(counts.map((row) => [row.recurrence, Number(row.count)])).toEqual([
      ['annual', paragraphs.filter((paragraph) => paragraph.annual).length],
      [null, paragraphs.filter((paragraph) => !paragraph.annual).length],
    ]);
  });

  it('counts mandates, overdue, due-soon and met deadlines as an enumeration of the sessions does', async () => {
    const lookup = await loadSessionLookup(getDb());
    const soonLimit = addDays(TODAY, DUE_SOON_DAYS);
    const expected = { overdue: 0, dueSoon: 0, met: 0 };
    for (const paragraph of documents.flatMap((document) => document.paragraphs)) {
      const delivery = deliveryFor(paragraph);
      const discharges = delivery !== null && delivery.status !== 'planned';
      const last = paragraph.annual ? 200 : paragraph.session;
      for (let session = paragraph.session; session <= last; session += 1) {
        const dueDate = lookup('ccpcj', session)!.startDate;
        if (dueDate > HORIZON) break;
        const met =
          discharges &&
          (!paragraph.annual ||
            delivery.session === session ||
            (delivery.session === null && session === paragraph.session));
        if (met) expected.met += 1;
        else if (dueDate < TODAY) expected.overdue += 1;
        else if (dueDate <= soonLimit) expected.dueSoon += 1;
      }
    }
    const dashboard = await callerFor(getDb(), engine).stats.dashboard({ today: TODAY });
    expect(dashboard).toMatchObject({
      mandateCount: MANDATES,
      mandatesByStatus: { open: MANDATES },
      unfunded: MANDATES,
      ...expected,
    });
    expect(expected.dueSoon).toBeGreaterThan(0);
    expect(expected.met).toBeGreaterThan(0);
    const deliveries = documents.flatMap((document) => document.paragraphs.map(deliveryFor));
    expect(dashboard.deliverablesByStatus).toEqual({
      planned: deliveries.filter((delivery) => delivery?.status === 'planned').length,
      'in-progress': 0,
      submitted: deliveries.filter((delivery) => delivery?.status === 'submitted').length,
      delivered: deliveries.filter((delivery) => delivery?.status === 'delivered').length,
      cancelled: 0,
    });
  });

  it('lists the same next ten deadlines as the calendar over the same window', async () => {
    const dashboard = await callerFor(getDb(), engine).stats.dashboard({ today: TODAY });
    const calendar = await calendarEntries(getDb(), { unodcFacing: true, today: TODAY, to: HORIZON });
    const next = calendar.entries.filter((entry) => entry.status === 'due-soon' || entry.status === 'upcoming');
    expect(dashboard.upcoming).toHaveLength(10);
    expect(dashboard.upcoming).toEqual(next.slice(0, 10));
    expect(dashboard.overdue).toBe(calendar.entries.filter((entry) => entry.status === 'overdue').length);
    expect(dashboard.met).toBe(calendar.entries.filter((entry) => entry.status === 'met').length);
  });
});
