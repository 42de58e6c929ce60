import { AppError } from '../../src/domain/errors.ts';
import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../helpers/engines.ts';
import { callerFor, failureOf } from './caller.ts';
import { I_14, insertTestMandate, VI_14, VI_36 } from './fixtures.ts';
import { resetDatabase } from './reference-data.ts';

describeEachEngine('deliverables', (getDb, engine) => {
  const api = () => callerFor(getDb(), engine);
  beforeEach(() => resetDatabase(getDb()));

  it('takes the due date of its obligation: the opening of CCPCJ 20 for I.14', async () => {
    const { mandateId, obligationIds } = await insertTestMandate(getDb(), I_14);
    const deliverable = await api().deliverables.create({
      mandateId,
      reportingObligationId: obligationIds[0],
      title: 'Report to the CCPCJ',
      kind: 'report',
    });
    expect(deliverable).toMatchObject({
      mandateId,
      reportingObligationId: obligationIds[0],
      dueDate: '2011-04-11',
      status: 'planned',
      version: 1,
      sample: false,
    });
  });

  it('attaches a report to the only obligation of its mandate and keeps an explicit due date', async () => {
    const { mandateId, obligationIds } = await insertTestMandate(getDb(), VI_36);
    const report = await api().deliverables.create({ mandateId, title: 'Report to GA 66', kind: 'report' });
    expect(report).toMatchObject({ reportingObligationId: obligationIds[0], dueDate: '2011-09-13' });
    const dated = await api().deliverables.create({
      mandateId,
      title: 'Advance draft',
      kind: 'publication',
      dueDate: '2011-06-01',
    });
    expect(dated).toMatchObject({ reportingObligationId: null, dueDate: '2011-06-01' });
  });

  it('refuses an obligation of another mandate and an unknown mandate', async () => {
    const first = await insertTestMandate(getDb(), I_14);
    const second = await insertTestMandate(getDb(), VI_14);
    const wrong = await failureOf(() =>
      api().deliverables.create({
        mandateId: second.mandateId,
        reportingObligationId: first.obligationIds[0],
        title: 'x',
        kind: 'report',
      }),
    );
    expect(wrong.code).toBe('BAD_REQUEST');
    const missing = await failureOf(() => api().deliverables.create({ mandateId: 9999, title: 'x', kind: 'report' }));
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('moves planned → in-progress → submitted → delivered, one step at a time, bumping the version', async () => {
    const { mandateId } = await insertTestMandate(getDb(), VI_14);
    let deliverable = await api().deliverables.create({ mandateId, title: 'Mentoring', kind: 'technical-assistance' });
    for (const status of ['in-progress', 'submitted', 'delivered'] as const) {
      deliverable = await api().deliverables.update({ id: deliverable.id, version: deliverable.version, status });
      expect(deliverable.status).toBe(status);
    }
    expect(deliverable.version).toBe(4);
    expect((await api().deliverables.get({ id: deliverable.id })).status).toBe('delivered');
  });

  it('refuses skipping a step with BAD_REQUEST naming the allowed moves, and allows cancelling', async () => {
    const { mandateId } = await insertTestMandate(getDb(), VI_14);
    const deliverable = await api().deliverables.create({
      mandateId,
      title: 'Mentoring',
      kind: 'technical-assistance',
    });
    const skipped = await failureOf(() =>
      api().deliverables.update({ id: deliverable.id, version: 1, status: 'delivered' }),
    );
    expect(skipped.code).toBe('BAD_REQUEST');
    expect(skipped.message).toBe(
      'A planned deliverable cannot become delivered; it can become in-progress or cancelled.',
    );
    const cancelled = await api().deliverables.update({ id: deliverable.id, version: 1, status: 'cancelled' });
    expect(cancelled.status).toBe('cancelled');
    const revived = await failureOf(() =>
      api().deliverables.update({ id: deliverable.id, version: 2, status: 'planned' }),
    );
    expect(revived.code).toBe('BAD_REQUEST');
  });

  it('answers a stale version with CONFLICT carrying the current values, and writes nothing', async () => {
    const { mandateId } = await insertTestMandate(getDb(), VI_14);
    const deliverable = await api().deliverables.create({
      mandateId,
      title: 'Mentoring',
      kind: 'technical-assistance',
    });
    await api().deliverables.update({ id: deliverable.id, version: 1, owner: 'GPML team' });
    const stale = await failureOf(() =>
      api().deliverables.update({ id: deliverable.id, version: 1, title: 'Stale edit' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.cause).toBeInstanceOf(AppError);
    expect((stale.cause as AppError).details).toMatchObject({
      current: { version: 2, owner: 'GPML team', title: 'Mentoring' },
    });
    expect((await api().deliverables.get({ id: deliverable.id })).title).toBe('Mentoring');
  });

  it('re-derives the due date when moved to another obligation', async () => {
    const { mandateId, obligationIds } = await insertTestMandate(getDb(), I_14);
    const deliverable = await api().deliverables.create({
      mandateId,
      reportingObligationId: obligationIds[0],
      title: 'Report',
      kind: 'report',
    });
    const moved = await api().deliverables.update({
      id: deliverable.id,
      version: 1,
      reportingObligationId: obligationIds[1],
    });
    expect(moved).toMatchObject({ reportingObligationId: obligationIds[1], dueDate: '2011-03-21' });
  });

  it('lists by mandate, status and owner (case-insensitive), soonest first, and removes', async () => {
    const i14 = await insertTestMandate(getDb(), I_14);
    const vi14 = await insertTestMandate(getDb(), VI_14);
    const ccpcj = await api().deliverables.create({
      mandateId: i14.mandateId,
      reportingObligationId: i14.obligationIds[0],
      title: 'CCPCJ report',
      kind: 'report',
      owner: 'Strategic Planning Unit',
    });
    const cnd = await api().deliverables.create({
      mandateId: i14.mandateId,
      reportingObligationId: i14.obligationIds[1],
      title: 'CND report',
      kind: 'report',
    });
    const mentoring = await api().deliverables.create({
      mandateId: vi14.mandateId,
      title: 'Mentoring',
      kind: 'technical-assistance',
      owner: 'GPML team',
    });
    expect((await api().deliverables.list({ mandateId: i14.mandateId })).map((d) => d.id)).toEqual([cnd.id, ccpcj.id]);
    expect((await api().deliverables.list({})).map((d) => d.id)).toEqual([cnd.id, ccpcj.id, mentoring.id]);
    expect((await api().deliverables.list({ owner: 'gpml TEAM' })).map((d) => d.id)).toEqual([mentoring.id]);
    await api().deliverables.update({ id: mentoring.id, version: 1, status: 'in-progress' });
    expect((await api().deliverables.list({ status: ['in-progress'] })).map((d) => d.id)).toEqual([mentoring.id]);
    expect(await api().deliverables.remove({ id: mentoring.id })).toEqual({ id: mentoring.id });
    expect((await failureOf(() => api().deliverables.get({ id: mentoring.id }))).code).toBe('NOT_FOUND');
    expect((await failureOf(() => api().deliverables.remove({ id: mentoring.id }))).code).toBe('NOT_FOUND');
  });

  it('rejects invalid input before reaching the database', async () => {
    const invalid = await failureOf(() =>
      api().deliverables.create({ mandateId: 1, title: '', kind: 'report', dueDate: '11 April 2011' }),
    );
    expect(invalid.code).toBe('BAD_REQUEST');
  });
});
