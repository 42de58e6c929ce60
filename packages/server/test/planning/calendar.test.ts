import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/engines.ts';
import { callerFor, failureOf } from './caller.ts';
import { I_14, insertTestMandate, VI_14, VI_36 } from './fixtures.ts';
import { resetDatabase } from './reference-data.ts';

describeEachEngine('calendar, sessions and dashboard', (getDb, engine) => {
  const api = () => callerFor(getDb(), engine);
  beforeEach(() => resetDatabase(getDb()));

  it('groups 2011 deadlines by session in date order, with reference, excerpt and documentation deadline', async () => {
    await insertTestMandate(getDb(), I_14);
    await insertTestMandate(getDb(), VI_36);
    await insertTestMandate(getDb(), VI_14);
    const calendar = await api().calendar.range({ from: '2011-01-01', to: '2011-12-31', today: '2011-02-01' });
    expect(calendar).toMatchObject({ total: 3, leadWeeks: 10, today: '2011-02-01' });
    expect(calendar.groups.map((group) => [group.sessionName, group.startDate, group.place, group.projected])).toEqual([
      ['CND, 54th session', '2011-03-21', 'Vienna', false],
      ['CCPCJ, 20th session', '2011-04-11', 'Vienna', false],
      ['GA, 66th session', '2011-09-13', 'New York', false],
    ]);
    const ccpcj = calendar.groups[1]!;
    expect(ccpcj.source).toBe('E/CN.15/2011/1 (provisional agenda)');
    expect(ccpcj.entries).toEqual([
      expect.objectContaining({
        reference: 'A/65/457 I.14',
        dueDate: '2011-04-11',
        documentationDeadline: '2011-01-31',
        status: 'due-soon',
        addressees: ['unodc-executive-director'],
      }),
    ]);
    expect(ccpcj.entries[0]!.excerpt.startsWith('Requests the Executive Director')).toBe(true);
    expect(ccpcj.entries[0]!.excerpt.length).toBeLessThanOrEqual(241);
    expect(calendar.groups[2]!.entries[0]).toMatchObject({ reference: 'A/65/457 VI.36', status: 'upcoming' });
  });

  it('shows only the CCPCJ deadlines when filtered to the CCPCJ, and none of another addressee', async () => {
    await insertTestMandate(getDb(), I_14);
    await insertTestMandate(getDb(), VI_36);
    const ccpcj = await api().calendar.range({ from: '2011-01-01', to: '2011-12-31', body: ['ccpcj'] });
    expect(ccpcj.groups.map((group) => group.sessionName)).toEqual(['CCPCJ, 20th session']);
    const none = await api().calendar.range({ from: '2011-01-01', to: '2011-12-31', addressee: ['unodc'] });
    expect(none.total).toBe(0);
  });

  it('marks a deadline met once its report is submitted, and overdue otherwise after the date', async () => {
    const { mandateId, obligationIds } = await insertTestMandate(getDb(), I_14);
    const report = await api().deliverables.create({
      mandateId,
      reportingObligationId: obligationIds[0],
      title: 'CCPCJ report',
      kind: 'report',
    });
    await api().deliverables.update({ id: report.id, version: 1, status: 'in-progress' });
    await api().deliverables.update({ id: report.id, version: 2, status: 'submitted' });
    const deadlines = await api().calendar.forMandate({ mandateId, today: '2011-06-01' });
    expect(deadlines.map((deadline) => [deadline.sessionName, deadline.status])).toEqual([
      ['CND, 54th session', 'overdue'],
      ['CCPCJ, 20th session', 'met'],
    ]);
    expect((await failureOf(() => api().calendar.forMandate({ mandateId: 999 }))).code).toBe('NOT_FOUND');
  });

  it('dates a projected session by its rule and repeats recurring obligations within the range', async () => {
    await insertTestMandate(getDb(), {
      ...VI_14,
      paragraph: '40',
      obligations: [
        { body: 'ccpcj', session: 30 },
        { body: 'cnd', session: 57, recurrence: 'annual' },
      ],
    });
    const calendar = await api().calendar.range({ from: '2014-01-01', to: '2021-12-31', today: '2014-01-01' });
    const names = calendar.groups.map((group) => [group.sessionName, group.startDate, group.projected]);
    expect(names).toEqual(
      [
        ['CND, 57th session', '2014-03-13', false],
        ['CND, 58th session', '2015-03-09', false],
        ['CND, 59th session', '2016-03-14', true],
        ['CND, 60th session', '2017-03-13', true],
        ['CND, 61st session', '2018-03-12', true],
        ['CND, 62nd session', '2019-03-11', true],
        ['CND, 63rd session', '2020-03-09', true],
        ['CCPCJ, 30th session', '2021-05-03', true],
        ['CND, 64th session', '2021-03-08', true],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    expect(calendar.groups.at(-1)!.source).toMatch(/^Projected: CCPCJ session N meets in 1991 \+ N/);
  });

  it('refuses a range that ends before it starts', async () => {
    const error = await failureOf(() => api().calendar.range({ from: '2012-01-01', to: '2011-01-01' }));
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('lists sessions with projections for referenced ones and resolves one session', async () => {
    await insertTestMandate(getDb(), { ...I_14, obligations: [{ body: 'cnd', session: 60 }] });
    const cnd = await api().sessions.list({ body: 'cnd' });
    expect(cnd.map((session) => [session.number, session.projected])).toEqual([
      [53, false],
      [54, false],
      [55, false],
      [56, false],
      [57, false],
      [58, false],
      [60, true],
    ]);
    expect((await api().sessions.list({})).length).toBe(25);
    expect(await api().sessions.get({ body: 'ga', number: 66 })).toMatchObject({
      startDate: '2011-09-13',
      source: 'UNIS/INF/427',
      name: 'GA, 66th session',
    });
    expect(await api().sessions.get({ body: 'sc', number: 2011 })).toBeNull();
  });

  it('gives the dashboard figures: mandates by status, due soon, overdue, met, unfunded, deliverables by owner', async () => {
    const i14 = await insertTestMandate(getDb(), I_14);
    await insertTestMandate(getDb(), { ...VI_36, status: 'in-progress' });
    const vi14 = await insertTestMandate(getDb(), VI_14);
    await insertTestMandate(getDb(), { ...VI_14, paragraph: '99', addressees: ['member-states'] });
    const report = await api().deliverables.create({
      mandateId: i14.mandateId,
      reportingObligationId: i14.obligationIds[1],
      title: 'CND report',
      kind: 'report',
      owner: 'Strategic Planning Unit',
    });
    await api().deliverables.update({ id: report.id, version: 1, status: 'in-progress' });
    await api().deliverables.update({ id: report.id, version: 2, status: 'submitted' });
    await api().deliverables.create({
      mandateId: vi14.mandateId,
      title: 'Mentoring',
      kind: 'technical-assistance',
      owner: 'GPML team',
    });
    await api().deliverables.create({ mandateId: vi14.mandateId, title: 'Workshop', kind: 'meeting' });
    const project = await api().projects.create({ code: 'GLOU40', title: 'GPML' });
    const line = await api().budgetLines.create({
      title: 'TA',
      fund: 'special-purpose',
      period: '2012',
      amount: 100,
      projectId: project.id,
    });
    const donor = await api().donors.create({ name: 'A', kind: 'member-state' });
    await api().contributions.create({
      donorId: donor.id,
      budgetLineId: line.id,
      amount: 100,
      state: 'paid',
      date: '2012-01-01',
    });
    await api().projects.linkMandate({ mandateId: vi14.mandateId, projectId: project.id });

    const dashboard = await api().stats.dashboard({ today: '2011-04-01' });
    expect(dashboard).toMatchObject({
      mandateCount: 3,
      mandatesByStatus: { open: 2, 'in-progress': 1, completed: 0, closed: 0 },
      dueSoon: 1,
      overdue: 0,
      met: 1,
      unfunded: 2,
      fundingByState: { funded: 1, 'partly-funded': 0, unfunded: 2 },
      deliverablesByStatus: { planned: 2, submitted: 1 },
    });
    expect(dashboard.upcoming.map((entry) => `${entry.reference} ${entry.sessionName}`)).toEqual([
      'A/65/457 I.14 CCPCJ, 20th session',
      'A/65/457 VI.36 GA, 66th session',
    ]);
    expect(dashboard.deliverablesByOwner.map((owner) => [owner.owner, owner.total])).toEqual([
      ['GPML team', 1],
      ['Strategic Planning Unit', 1],
      [null, 1],
    ]);
    const later = await api().stats.dashboard({ today: '2011-05-01' });
    expect(later).toMatchObject({ dueSoon: 0, overdue: 1, met: 1 });
  });
});
