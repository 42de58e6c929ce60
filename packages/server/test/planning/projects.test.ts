import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/engines.ts';
import { callerFor, failureOf } from './caller.ts';
import { insertTestMandate, VI_14, VI_36 } from './fixtures.ts';
import { resetDatabase } from './reference-data.ts';

const GLOU40 = {
  code: 'GLOU40',
  title: 'Global Programme against Money Laundering, Proceeds of Crime and the Financing of Terrorism',
  theme: 'Money-laundering',
  region: 'Global',
};

describeEachEngine('projects, budget lines, donors and contributions', (getDb, engine) => {
  const api = () => callerFor(getDb(), engine);
  beforeEach(() => resetDatabase(getDb()));

  it('creates, finds, edits and deletes a project; a taken code is a CONFLICT', async () => {
    const project = await api().projects.create(GLOU40);
    expect(project).toMatchObject({ ...GLOU40, status: 'active', periodStart: null, sample: false });
    await api().projects.create({ code: 'XAW/Z28', title: 'Prisons', theme: 'Prison reform', status: 'pipeline' });
    expect((await api().projects.list({ q: 'money' })).map((p) => p.code)).toEqual(['GLOU40']);
    expect((await api().projects.list({ q: 'prison' })).map((p) => p.code)).toEqual(['XAW/Z28']);
    expect((await api().projects.list({ status: ['pipeline'] })).map((p) => p.code)).toEqual(['XAW/Z28']);
    expect((await api().projects.list({})).map((p) => p.code)).toEqual(['GLOU40', 'XAW/Z28']);
    const duplicate = await failureOf(() => api().projects.create({ code: 'GLOU40', title: 'Again' }));
    expect(duplicate.code).toBe('CONFLICT');
    const edited = await api().projects.update({
      id: project.id,
      version: project.version,
      periodStart: '2012-01-01',
      status: 'closed',
    });
    expect(edited).toMatchObject({ periodStart: '2012-01-01', status: 'closed', title: GLOU40.title });
    // An edit changes only what it names: the status stays closed.
    const renamed = await api().projects.update({ id: project.id, version: edited.version, title: 'GPML' });
    expect(renamed).toMatchObject({ title: 'GPML', status: 'closed' });
    expect(
      (await failureOf(() => api().projects.update({ id: project.id, version: renamed.version, code: 'XAW/Z28' })))
        .code,
    ).toBe('CONFLICT');
    expect(await api().projects.remove({ id: project.id })).toEqual({ id: project.id });
    expect((await failureOf(() => api().projects.get({ id: project.id }))).code).toBe('NOT_FOUND');
  });

  it('shows a project with its budget lines, contributions and linked mandates', async () => {
    const { mandateId } = await insertTestMandate(getDb(), VI_14);
    const project = await api().projects.create(GLOU40);
    const line = await api().budgetLines.create({
      title: 'GPML mentoring',
      fund: 'special-purpose',
      period: '2012-2015',
      amount: 12_000_000,
      projectId: project.id,
    });
    const donor = await api().donors.create({ name: 'Member State A', kind: 'member-state' });
    const contribution = await api().contributions.create({
      donorId: donor.id,
      budgetLineId: line.id,
      amount: 6_000_000.5,
      state: 'paid',
      date: '2012-03-15',
    });
    // Money given to a line is money given to its project.
    expect(contribution).toMatchObject({
      projectId: project.id,
      donorName: 'Member State A',
      amount: 6_000_000.5,
      currency: 'USD',
      earmarked: true,
    });
    expect(await api().projects.linkMandate({ mandateId, projectId: project.id })).toEqual({ linked: true });
    expect(await api().projects.linkMandate({ mandateId, projectId: project.id })).toEqual({ linked: false });
    const detail = await api().projects.get({ id: project.id });
    expect(detail.budgetLines).toEqual([
      expect.objectContaining({ id: line.id, amount: 12_000_000, projectCode: 'GLOU40' }),
    ]);
    expect(detail.contributions.map((c) => c.id)).toEqual([contribution.id]);
    expect(detail.mandates).toEqual([
      expect.objectContaining({
        id: mandateId,
        documentSymbol: 'A/65/457',
        resolutionLabel: 'VI',
        paragraphNumber: '14',
      }),
    ]);
    expect(await api().projects.unlinkMandate({ mandateId, projectId: project.id })).toEqual({ unlinked: true });
    expect(await api().projects.unlinkMandate({ mandateId, projectId: project.id })).toEqual({ unlinked: false });
    expect((await api().projects.get({ id: project.id })).mandates).toEqual([]);
    expect((await failureOf(() => api().projects.linkMandate({ mandateId: 999, projectId: project.id }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('creates, filters, edits, links and deletes budget lines', async () => {
    const { mandateId } = await insertTestMandate(getDb(), VI_36);
    const project = await api().projects.create(GLOU40);
    const rb = await api().budgetLines.create({
      title: 'RB share',
      fund: 'regular-budget',
      period: '2012-2015',
      amount: 4_200_000,
    });
    const sp = await api().budgetLines.create({
      title: 'SP share',
      fund: 'special-purpose',
      period: '2012',
      amount: 9_500_000,
      projectId: project.id,
      source: 'illustrative',
    });
    expect((await api().budgetLines.list({ fund: ['regular-budget'] })).map((l) => l.id)).toEqual([rb.id]);
    expect((await api().budgetLines.list({ projectId: project.id })).map((l) => l.id)).toEqual([sp.id]);
    expect((await api().budgetLines.list({})).map((l) => l.id)).toEqual([sp.id, rb.id]);
    const moved = await api().budgetLines.update({
      id: rb.id,
      version: rb.version,
      amount: 4_300_000.25,
      projectId: project.id,
    });
    expect(moved).toMatchObject({ amount: 4_300_000.25, projectCode: 'GLOU40' });
    expect(
      (await failureOf(() => api().budgetLines.update({ id: rb.id, version: moved.version, projectId: 999 }))).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await failureOf(() =>
          api().budgetLines.create({ title: 'x', fund: 'general-purpose', period: '2012', amount: -1 }),
        )
      ).code,
    ).toBe('BAD_REQUEST');
    expect(await api().budgetLines.linkMandate({ mandateId, budgetLineId: rb.id })).toEqual({ linked: true });
    expect((await api().budgetLines.get({ id: rb.id })).fund).toBe('regular-budget');
    expect(await api().budgetLines.unlinkMandate({ mandateId, budgetLineId: rb.id })).toEqual({ unlinked: true });
    expect(await api().budgetLines.remove({ id: rb.id })).toEqual({ id: rb.id });
    expect((await failureOf(() => api().budgetLines.get({ id: rb.id }))).code).toBe('NOT_FOUND');
  });

  it('keeps donors unique by name and deletes their contributions with them', async () => {
    const donor = await api().donors.create({ name: 'Member State B', kind: 'member-state' });
    await api().donors.create({ name: 'Fund X', kind: 'multilateral' });
    expect((await api().donors.list()).map((d) => d.name)).toEqual(['Fund X', 'Member State B']);
    expect((await failureOf(() => api().donors.create({ name: 'Fund X', kind: 'other' }))).code).toBe('CONFLICT');
    expect(await api().donors.update({ id: donor.id, version: donor.version, kind: 'other' })).toMatchObject({
      name: 'Member State B',
      kind: 'other',
    });
    expect((await api().donors.get({ id: donor.id })).kind).toBe('other');
    const contribution = await api().contributions.create({
      donorId: donor.id,
      amount: 750_000,
      state: 'pledged',
      date: '2012-02-10',
      earmarked: false,
    });
    expect(
      await api().contributions.update({ id: contribution.id, version: contribution.version, state: 'paid' }),
    ).toMatchObject({
      state: 'paid',
      earmarked: false,
    });
    expect((await api().contributions.list({ donorId: donor.id })).map((c) => c.id)).toEqual([contribution.id]);
    expect(await api().donors.remove({ id: donor.id })).toEqual({ id: donor.id });
    expect(await api().contributions.list({})).toEqual([]);
  });

  it('records contributions against projects and lines, and refuses unknown references', async () => {
    const project = await api().projects.create(GLOU40);
    const line = await api().budgetLines.create({
      title: 'TA',
      fund: 'special-purpose',
      period: '2012-2015',
      amount: 100,
    });
    const donor = await api().donors.create({ name: 'Member State A', kind: 'member-state' });
    const toProject = await api().contributions.create({
      donorId: donor.id,
      projectId: project.id,
      amount: 10,
      state: 'pledged',
      date: '2012-01-01',
    });
    const toLine = await api().contributions.create({
      donorId: donor.id,
      budgetLineId: line.id,
      amount: 20,
      state: 'paid',
      date: '2012-02-01',
    });
    expect((await api().contributions.list({ projectId: project.id })).map((c) => c.id)).toEqual([toProject.id]);
    expect((await api().contributions.list({ budgetLineId: line.id })).map((c) => c.id)).toEqual([toLine.id]);
    expect((await api().contributions.get({ id: toLine.id })).amount).toBe(20);
    expect(
      (
        await failureOf(() =>
          api().contributions.create({ donorId: 999, amount: 1, state: 'paid', date: '2012-01-01' }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await failureOf(() =>
          api().contributions.create({
            donorId: donor.id,
            budgetLineId: 999,
            amount: 1,
            state: 'paid',
            date: '2012-01-01',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(await api().contributions.remove({ id: toProject.id })).toEqual({ id: toProject.id });
    expect((await failureOf(() => api().contributions.remove({ id: toProject.id }))).code).toBe('NOT_FOUND');
  });
});
