import type { CalendarEntry, CalendarSessionGroup } from '@mandate-tracker/shared';
import { describe, expect, it } from 'vitest';
import { visibleGroups } from '../src/components/calendar/calendar-entries.ts';
import {
  calendarWindow,
  feedQuery,
  paramsFromSelection,
  selectionFromParams,
} from '../src/components/calendar/calendar-params.ts';
import { defaultMonth, monthWeeks, shiftMonth } from '../src/components/calendar/month-grid.ts';

describe('calendar selection in the URL', () => {
  it('reads bodies (repeated or comma-separated), addressee, scope, year, month and view', () => {
    const selection = selectionFromParams(
      new URLSearchParams('view=month&body=ccpcj&body=cnd,ga&addressee=unodc&unodcFacing=all&year=2011&month=4'),
    );
    expect(selection).toEqual({
      view: 'month',
      bodies: ['ccpcj', 'cnd', 'ga'],
      addressee: 'unodc',
      allAddressees: true,
      year: 2011,
      month: 4,
    });
  });

  it.each([
    ['view=grid&body=unknown&addressee=nobody&year=abc&month=4', 'unknown values'],
    ['month=4', 'a month without a year'],
    ['year=2011&month=13', 'a month out of range (year kept)'],
  ])('ignores %s (%s)', (query) => {
    const selection = selectionFromParams(new URLSearchParams(query));
    expect(selection.view).toBe('list');
    expect(selection.bodies).toEqual([]);
    expect(selection.addressee).toBeNull();
    expect(selection.month).toBeNull();
  });

  it('writes the defaults out of the URL and round-trips the rest', () => {
    const query = 'view=month&body=ccpcj&addressee=secretary-general&unodcFacing=all&year=2011&month=4';
    expect(paramsFromSelection(selectionFromParams(new URLSearchParams(query))).toString()).toBe(query);
    expect(paramsFromSelection(selectionFromParams(new URLSearchParams(''))).toString()).toBe('');
  });

  it('gives the feed and export the mandate filters only, never the period', () => {
    const selection = selectionFromParams(new URLSearchParams('view=month&body=ccpcj&year=2011&month=4'));
    expect(feedQuery(selection)).toBe('?body=ccpcj');
    expect(feedQuery(selectionFromParams(new URLSearchParams('unodcFacing=all&addressee=member-states')))).toBe(
      '?addressee=member-states&unodcFacing=all',
    );
    expect(feedQuery(selectionFromParams(new URLSearchParams('')))).toBe('');
  });

  it('asks the server from 2000 to five years ahead, or to the end of a later chosen year', () => {
    expect(calendarWindow('2026-11-29', null)).toEqual({ from: '2000-01-01', to: '2031-12-31' });
    expect(calendarWindow('2026-11-29', 2040)).toEqual({ from: '2000-01-01', to: '2040-12-31' });
  });
});

describe('month grid', () => {
  it('lays April 2011 out in Monday-first weeks with the neighbouring days marked outside', () => {
    const weeks = monthWeeks(2011, 4);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toEqual({ isoDate: '2011-03-28', dayOfMonth: 28, inMonth: false });
    expect(weeks[1]![0]).toEqual({ isoDate: '2011-04-04', dayOfMonth: 4, inMonth: true });
    expect(weeks[4]![6]).toEqual({ isoDate: '2011-05-01', dayOfMonth: 1, inMonth: false });
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(30);
  });

  it.each([
    [2011, 12, 1, { year: 2012, month: 1 }],
    [2011, 1, -1, { year: 2010, month: 12 }],
    [2011, 4, 0, { year: 2011, month: 4 }],
  ])('shifts %i-%i by %i months', (year, month, offset, expected) => {
    expect(shiftMonth(year, month, offset)).toEqual(expected);
  });

  it('opens on the next deadline, else the latest one, else the current month', () => {
    expect(defaultMonth(['2011-04-11', '2027-03-10', '2013-09-17'], '2026-11-29')).toEqual({ year: 2027, month: 3 });
    expect(defaultMonth(['2011-04-11', '2013-09-17'], '2026-11-29')).toEqual({ year: 2013, month: 9 });
    expect(defaultMonth([], '2026-11-29')).toEqual({ year: 2026, month: 11 });
  });
});

function group(body: 'ccpcj' | 'cnd', session: number, dueDates: string[]): CalendarSessionGroup {
  return {
    body,
    session,
    sessionName: `${body} ${session}`,
    startDate: dueDates[0] ?? null,
    endDate: null,
    place: 'Vienna',
    source: null,
    projected: false,
    entries: dueDates.map((dueDate, index) => ({ obligationId: index, occurrence: 0, dueDate }) as CalendarEntry),
  };
}

describe('visibleGroups', () => {
  const groups = [
    group('cnd', 54, ['2011-03-21']),
    group('ccpcj', 20, ['2011-04-11']),
    group('ccpcj', 21, ['2012-04-23']),
  ];

  it('keeps only deadlines that go to a chosen body, even when the mandate also reports elsewhere', () => {
    const shown = visibleGroups(groups, { bodies: ['ccpcj'], year: null, month: null });
    expect(shown.map((candidate) => candidate.session)).toEqual([20, 21]);
  });

  it('cuts to a year or a month and drops sessions left empty', () => {
    expect(visibleGroups(groups, { bodies: [], year: 2011, month: null }).map((g) => g.session)).toEqual([54, 20]);
    expect(visibleGroups(groups, { bodies: [], year: 2011, month: 4 }).map((g) => g.session)).toEqual([20]);
    expect(visibleGroups(groups, { bodies: [], year: 2011, month: 5 })).toEqual([]);
  });
});
