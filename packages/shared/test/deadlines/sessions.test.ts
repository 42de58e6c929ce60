import { describe, expect, it } from 'vitest';
import { createSessionLookup, gaOpeningDate, medianOpening, projectSession } from '../../src/deadlines/index.ts';
import { readListedSessions } from './listed-sessions.ts';

const listed = readListedSessions();
const lookup = createSessionLookup(listed);

describe('listed sessions', () => {
  it.each([
    ['ccpcj', 20, '2011-04-11'],
    ['cnd', 54, '2011-03-21'],
    ['ga', 66, '2011-09-13'],
    ['ga', 68, '2013-09-17'],
    ['ecosoc', 2011, '2011-07-04'],
  ] as const)('%s %i opens on its listed date %s, not projected', (body, number, start) => {
    const session = lookup(body, number);
    expect(session).toMatchObject({ startDate: start, projected: false });
    expect(session?.source).not.toMatch(/^Projected/);
  });
});

describe('General Assembly rule 1', () => {
  it.each(listed.filter((session) => session.body === 'ga'))(
    'reproduces the listed opening of GA $number ($startDate)',
    (session) => {
      expect(gaOpeningDate(1945 + session.number)).toBe(session.startDate);
    },
  );

  it('projects GA 71 to Tuesday 13 September 2016', () => {
    expect(lookup('ga', 71)).toMatchObject({ startDate: '2016-09-13', projected: true, place: 'New York' });
  });
});

describe('projected sessions', () => {
  it('projects CCPCJ 30 to a Monday of 2021 near the median opening day, marked projected with its rule', () => {
    expect(medianOpening(listed.filter((session) => session.body === 'ccpcj'))).toBe('05-02');
    const session = lookup('ccpcj', 30);
    expect(session).toMatchObject({ body: 'ccpcj', number: 30, startDate: '2021-05-03', endDate: '2021-05-07' });
    expect(session?.projected).toBe(true);
    expect(session?.source).toMatch(/^Projected: CCPCJ session N meets in 1991 \+ N/);
  });

  it('projects CND 60 to March 2017', () => {
    const session = lookup('cnd', 60);
    expect(session?.startDate).toBe('2017-03-13');
    expect(session?.projected).toBe(true);
  });

  it('projects an ECOSOC year to early July', () => {
    expect(lookup('ecosoc', 2014)?.startDate).toBe('2014-06-30');
  });

  it('projects every year of the CCPCJ within two weeks of the listed date', () => {
    for (const session of listed.filter((row) => row.body === 'ccpcj' || row.body === 'cnd')) {
      const projected = projectSession(session.body, session.number, listed)!;
      const days = Math.abs(Date.parse(projected.startDate) - Date.parse(session.startDate)) / 86_400_000;
      // CCPCJ alternates between April and May; the projection is an estimate, never shown as fact.
      expect(days).toBeLessThanOrEqual(session.body === 'ccpcj' ? 22 : 10);
    }
  });

  it('cannot project bodies without a regularity', () => {
    expect(lookup('sc', 2011)).toBeNull();
    expect(lookup('cop-untoc', 6)).toBeNull();
  });
});
