import { beforeEach, describe, expect, it } from 'vitest';
import { resolveDueDate } from '../../src/domain/deadlines/index.ts';
import { listSessions, resolveSession } from '../../src/domain/sessions/index.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { resetDatabase } from './reference-data.ts';
import { insertTestMandate, I_14 } from './fixtures.ts';

describeEachEngine('sessions and due dates', (getDb) => {
  beforeEach(() => resetDatabase(getDb()));

  it('seeds the bodies and the 24 listed sessions with their sources', async () => {
    const db = getDb();
    const bodies = await db.selectFrom('body').select('id').orderBy('id').execute();
    expect(bodies.map((body) => body.id)).toEqual([
      'ccpcj',
      'cnd',
      'cop-untoc',
      'cosp-uncac',
      'ecosoc',
      'ga',
      'hrc',
      'sc',
    ]);
    const sessions = await db.selectFrom('session').selectAll().execute();
    expect(sessions).toHaveLength(24);
    expect(sessions.find((row) => row.body === 'ccpcj' && row.number === 20)).toMatchObject({
      start_date: '2011-04-11',
      end_date: '2011-04-15',
      place: 'Vienna',
      source: 'E/CN.15/2011/1 (provisional agenda)',
      projected: false,
    });
  });

  it('resolves a listed session as fact and an unlisted one as a projection with its rule', async () => {
    const db = getDb();
    expect(await resolveSession(db, 'cnd', 54)).toMatchObject({
      startDate: '2011-03-21',
      projected: false,
      name: 'CND, 54th session',
    });
    const projected = await resolveSession(db, 'ccpcj', 30);
    expect(projected).toMatchObject({ startDate: '2021-05-03', projected: true, name: 'CCPCJ, 30th session' });
    expect(projected?.source).toMatch(/^Projected/);
    expect(await resolveSession(db, 'sc', 2011)).toBeNull();
  });

  it('lists projections for sessions that obligations refer to but the table does not list', async () => {
    const db = getDb();
    await insertTestMandate(db, {
      ...I_14,
      obligations: [
        { body: 'ccpcj', session: 30 },
        { body: 'ccpcj', session: 20 },
      ],
    });
    const sessions = await listSessions(db, { body: 'ccpcj' });
    expect(sessions.map((session) => [session.number, session.projected])).toEqual([
      [18, false],
      [19, false],
      [20, false],
      [21, false],
      [22, false],
      [23, false],
      [24, false],
      [25, false],
      [30, true],
    ]);
  });

  it.each([
    [{ body: 'ccpcj', session: 20, relation: 'at' }, '2011-04-11'],
    [{ body: 'cnd', session: 54, relation: 'at' }, '2011-03-21'],
    [{ body: 'ga', session: 66, relation: 'at' }, '2011-09-13'],
    [{ body: 'ga', session: 68, relation: 'before' }, '2013-09-17'],
    [{ body: 'ccpcj', session: 20, untilSession: 21, relation: 'between' }, '2012-04-23'],
    [{ body: 'sc', session: null, relation: 'by-date', due: '2011-06-30' }, '2011-06-30'],
    [{ body: 'sc', session: 2011, relation: 'at' }, null],
  ])('resolveDueDate(%o) is %s', async (obligation, expected) => {
    const due = await resolveDueDate(getDb(), {
      untilSession: null,
      due: null,
      recurrence: null,
      ...obligation,
    });
    expect(due).toBe(expected);
  });
});

describe('listed sessions count', () => {
  it('matches fixtures/data/sessions.csv', async () => {
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(new URL('../../../../fixtures/data/sessions.csv', import.meta.url), 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(25);
  });
});
