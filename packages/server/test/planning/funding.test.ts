import { beforeEach, expect, it } from 'vitest';
import { reachedByFunding } from '../../src/domain/funding/index.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { callerFor, failureOf } from './caller.ts';
import { I_14, insertTestMandate, VI_14, VI_36 } from './fixtures.ts';
import { resetDatabase } from './reference-data.ts';

describeEachEngine('funding', (getDb, engine) => {
  const api = () => callerFor(getDb(), engine);
  beforeEach(() => resetDatabase(getDb()));

  /**
   * VI.14 linked to GLOU40 (lines 12 M SP + 1.56 M PSC) and directly to the 12 M line again;
   * VI.36 linked only to a regular-budget line of another project; I.14 linked to nothing.
   */
  async function scenario() {
    const vi14 = (await insertTestMandate(getDb(), VI_14)).mandateId;
    const vi36 = (await insertTestMandate(getDb(), VI_36)).mandateId;
    const i14 = (await insertTestMandate(getDb(), I_14)).mandateId;
    const glou40 = await api().projects.create({ code: 'GLOU40', title: 'GPML', theme: 'Money-laundering' });
    const reform = await api().projects.create({ code: 'TP-CPCJR', title: 'Reform', theme: 'Criminal justice' });
    const ta = await api().budgetLines.create({
      title: 'TA',
      fund: 'special-purpose',
      period: '2012-2015',
      amount: 12_000_000,
      projectId: glou40.id,
    });
    const psc = await api().budgetLines.create({
      title: 'PSC',
      fund: 'programme-support',
      period: '2012-2015',
      amount: 1_560_000,
      projectId: glou40.id,
    });
    const rb = await api().budgetLines.create({
      title: 'RB',
      fund: 'regular-budget',
      period: '2012-2015',
      amount: 4_200_000,
      projectId: reform.id,
    });
    await api().projects.linkMandate({ mandateId: vi14, projectId: glou40.id });
    await api().budgetLines.linkMandate({ mandateId: vi14, budgetLineId: ta.id });
    await api().budgetLines.linkMandate({ mandateId: vi36, budgetLineId: rb.id });
    const a = await api().donors.create({ name: 'Member State A', kind: 'member-state' });
    const b = await api().donors.create({ name: 'Member State B', kind: 'member-state' });
    await api().contributions.create({
      donorId: a.id,
      budgetLineId: ta.id,
      amount: 6_000_000,
      state: 'paid',
      date: '2012-03-15',
    });
    await api().contributions.create({
      donorId: a.id,
      budgetLineId: ta.id,
      amount: 3_000_000,
      state: 'pledged',
      date: '2013-01-20',
    });
    await api().contributions.create({
      donorId: b.id,
      projectId: glou40.id,
      amount: 2_500_000,
      state: 'pledged',
      date: '2012-11-05',
    });
    await api().contributions.create({
      donorId: b.id,
      amount: 750_000,
      state: 'paid',
      date: '2012-02-10',
      earmarked: false,
    });
    return { vi14, vi36, i14, glou40, reform, ta, psc, rb, a, b };
  }

  it('counts a line reached directly and through its project once, and every contribution to the project', async () => {
    const { vi14, ta, psc } = await scenario();
    const funding = await api().funding.forMandate({ mandateId: vi14 });
    expect(funding).toMatchObject({
      reference: 'A/65/457 VI.14',
      need: 13_560_000,
      pledged: 5_500_000,
      paid: 6_000_000,
      funded: 11_500_000,
      gap: 2_060_000,
      state: 'partly-funded',
    });
    expect(funding.projects.map((project) => project.code)).toEqual(['GLOU40']);
    expect(funding.budgetLines.map((line) => [line.id, line.viaProject])).toEqual([
      [ta.id, null],
      [psc.id, 'GLOU40'],
    ]);
  });

  it('calls a mandate funded once pledges and payments cover its lines, unfunded when nothing reaches it', async () => {
    const { vi36, i14, rb, a } = await scenario();
    expect(await api().funding.forMandate({ mandateId: vi36 })).toMatchObject({
      need: 4_200_000,
      funded: 0,
      gap: 4_200_000,
      state: 'unfunded',
    });
    await api().contributions.create({
      donorId: a.id,
      budgetLineId: rb.id,
      amount: 4_200_000,
      state: 'pledged',
      date: '2012-05-01',
    });
    expect(await api().funding.forMandate({ mandateId: vi36 })).toMatchObject({
      funded: 4_200_000,
      gap: 0,
      state: 'funded',
    });
    expect(await api().funding.forMandate({ mandateId: i14 })).toMatchObject({
      need: 0,
      funded: 0,
      state: 'unfunded',
      projects: [],
    });
    expect((await failureOf(() => api().funding.forMandate({ mandateId: 999 }))).code).toBe('NOT_FOUND');
  });

  it('sums each line and contribution once across mandates and counts mandates per state', async () => {
    const { vi14 } = await scenario();
    const summary = await api().funding.summary({});
    expect(summary).toMatchObject({
      mandateCount: 3,
      byState: { funded: 0, 'partly-funded': 1, unfunded: 2 },
      need: 17_760_000,
      funded: 11_500_000,
      gap: 6_260_000,
    });
    const partly = await api().funding.summary({ state: ['partly-funded'] });
    expect(partly.mandates.map((mandate) => mandate.mandateId)).toEqual([vi14]);
    expect(partly.need).toBe(13_560_000);
  });

  it('reports per donor: pledged, paid, earmarked shares, projects and mandates reached', async () => {
    const { glou40 } = await scenario();
    const donors = await api().funding.byDonor();
    expect(donors.map((donor) => donor.name)).toEqual(['Member State A', 'Member State B']);
    expect(donors[0]).toMatchObject({
      pledged: 3_000_000,
      paid: 6_000_000,
      earmarked: 9_000_000,
      unearmarked: 0,
      contributionCount: 2,
      mandateCount: 1,
    });
    expect(donors[0]!.projects).toEqual([{ id: glou40.id, code: 'GLOU40' }]);
    expect(donors[1]).toMatchObject({
      pledged: 2_500_000,
      paid: 750_000,
      earmarked: 2_500_000,
      unearmarked: 750_000,
      mandateCount: 1,
    });
  });

  it('reports per fund, with un-earmarked money without a line as general-purpose', async () => {
    await scenario();
    const funds = Object.fromEntries((await api().funding.byFund()).map((fund) => [fund.fund, fund]));
    expect(funds['special-purpose']).toMatchObject({ need: 12_000_000, funded: 11_500_000, budgetLineCount: 1 });
    expect(funds['programme-support']).toMatchObject({ need: 1_560_000, funded: 0, gap: 1_560_000 });
    expect(funds['regular-budget']).toMatchObject({ need: 4_200_000, funded: 0 });
    expect(funds['general-purpose']).toMatchObject({ need: 0, paid: 750_000, gap: 0, budgetLineCount: 0 });
  });

  it('reports per project theme with the funding states of linked mandates', async () => {
    await scenario();
    const themes = await api().funding.byTheme();
    expect(themes.map((theme) => theme.theme)).toEqual(['Money-laundering', 'Criminal justice']);
    expect(themes[0]).toMatchObject({
      need: 13_560_000,
      funded: 11_500_000,
      mandateCount: 1,
      byState: { 'partly-funded': 1 },
    });
    expect(themes[1]).toMatchObject({ need: 4_200_000, funded: 0, mandateCount: 1, byState: { unfunded: 1 } });
  });
});

describeEachEngine('reachedByFunding', (getDb, engine) => {
  const api = () => callerFor(getDb(), engine);
  beforeEach(() => resetDatabase(getDb()));

  it('selects exactly the mandates whose funding state is not unfunded', async () => {
    const vi14 = (await insertTestMandate(getDb(), VI_14)).mandateId;
    const vi36 = (await insertTestMandate(getDb(), VI_36)).mandateId;
    const i14 = (await insertTestMandate(getDb(), I_14)).mandateId;
    const project = await api().projects.create({ code: 'GLOU40', title: 'GPML' });
    const line = await api().budgetLines.create({
      title: 'TA',
      fund: 'special-purpose',
      period: '2012',
      amount: 100,
      projectId: project.id,
    });
    const unfundedLine = await api().budgetLines.create({
      title: 'RB',
      fund: 'regular-budget',
      period: '2012',
      amount: 50,
    });
    const donor = await api().donors.create({ name: 'A', kind: 'member-state' });
    await api().contributions.create({
      donorId: donor.id,
      budgetLineId: line.id,
      amount: 10,
      state: 'pledged',
      date: '2012-01-01',
    });
    await api().projects.linkMandate({ mandateId: vi14, projectId: project.id });
    await api().budgetLines.linkMandate({ mandateId: vi36, budgetLineId: unfundedLine.id });
    await api().budgetLines.linkMandate({ mandateId: i14, budgetLineId: line.id });
    const reached = await getDb()
      .selectFrom('mandate as m')
      .select('m.id')
      .where(reachedByFunding)
      .orderBy('m.id')
      .execute();
    const summary = await api().funding.summary({ unodcFacing: null });
    const notUnfunded = summary.mandates
      .filter((mandate) => mandate.state !== 'unfunded')
      .map((mandate) => mandate.mandateId);
    expect(reached.map((row) => row.id)).toEqual(notUnfunded);
    expect(notUnfunded).toEqual([vi14, i14]);
  });
});
