import { useQuery } from '@tanstack/react-query';
import { format } from 'date-fns';
import { Link, useSearchParams } from 'react-router';
import { CalendarFeeds } from '../components/calendar/CalendarFeeds.tsx';
import { CalendarFilters } from '../components/calendar/CalendarFilters.tsx';
import { CalendarList } from '../components/calendar/CalendarList.tsx';
import { CalendarMonth } from '../components/calendar/CalendarMonth.tsx';
import { entriesByDueDate, visibleGroups } from '../components/calendar/calendar-entries.ts';
import {
  type CalendarSelection,
  calendarWindow,
  paramsFromSelection,
  selectionFromParams,
} from '../components/calendar/calendar-params.ts';
import { defaultMonth, monthTitle, shiftMonth } from '../components/calendar/month-grid.ts';
import { useNarrowScreen } from '../components/calendar/use-narrow-screen.ts';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { useTRPC } from '../trpc.ts';

/**
 * The member states' report calendar: reporting deadlines by body and session as a list or a
 * month grid (a list on phones), each with the paragraph that asks for it; filters in the URL;
 * an iCal subscription and a CSV export with the same filters.
 */
export function CalendarPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const selection = selectionFromParams(params);
  const narrow = useNarrowScreen();
  const today = format(new Date(), 'yyyy-MM-dd');
  const range = calendarWindow(today, selection.year);

  const calendar = useQuery(
    trpc.calendar.range.queryOptions({
      ...range,
      body: selection.bodies.length > 0 ? selection.bodies : undefined,
      addressee: selection.addressee === null ? undefined : [selection.addressee],
      unodcFacing: selection.allAddressees ? null : true,
    }),
  );
  const update = (next: CalendarSelection) => setParams(paramsFromSelection(next), { replace: true });

  const ofBodies = visibleGroups(calendar.data?.groups ?? [], { bodies: selection.bodies, year: null, month: null });
  const years = [
    ...new Set(ofBodies.flatMap((group) => group.entries.map((entry) => Number(entry.dueDate.slice(0, 4))))),
  ].sort((a, b) => a - b);

  // Month view: the month in the URL, or the month of the next (else the latest) deadline.
  const shownMonth =
    selection.year !== null && selection.month !== null
      ? { year: selection.year, month: selection.month }
      : selection.year !== null
        ? defaultMonth(
            ofBodies
              .flatMap((group) => group.entries.map((entry) => entry.dueDate))
              .filter((date) => date.startsWith(`${selection.year}-`)),
            `${selection.year}-01-01`,
          )
        : defaultMonth(
            ofBodies.flatMap((group) => group.entries.map((entry) => entry.dueDate)),
            today,
          );
  const activeFilters =
    selection.bodies.length +
    (selection.addressee === null ? 0 : 1) +
    (selection.allAddressees ? 1 : 0) +
    (selection.year === null ? 0 : 1);
  const showGrid = selection.view === 'month' && !narrow;
  const period =
    selection.view === 'month'
      ? { year: shownMonth.year, month: shownMonth.month }
      : { year: selection.year, month: selection.month };
  const groups = visibleGroups(ofBodies, { bodies: [], ...period });
  const total = groups.reduce((count, group) => count + group.entries.length, 0);
  const moveMonth = (offset: number) =>
    update({ ...selection, ...shiftMonth(shownMonth.year, shownMonth.month, offset) });

  const periodText =
    period.year === null
      ? 'in all years'
      : period.month === null
        ? `in ${period.year}`
        : `in ${monthTitle(period.year, period.month)}`;

  return (
    <>
      <title>Report calendar · mandate-tracker</title>
      <h1>Report calendar</h1>
      <p className="page-intro">
        When the Secretary-General and UNODC must report, to which body and at which session, with the paragraph that
        asks for each report. Session dates come from UN documents; dates not yet announced are projected from the
        body’s usual pattern and marked “projected”.
      </p>
      <div className="calendar-layout">
        <div className="calendar-layout__side">
          {narrow ? (
            // On a phone the filters fold away so the deadlines start on the first screen.
            <details className="calendar-filters-fold">
              <summary>Filters{activeFilters > 0 ? ` (${activeFilters} active)` : ''}</summary>
              <CalendarFilters selection={selection} years={years} onChange={update} />
            </details>
          ) : (
            <CalendarFilters selection={selection} years={years} onChange={update} />
          )}
          {!narrow && <CalendarFeeds selection={selection} />}
        </div>
        <section className="calendar-layout__main" aria-labelledby="calendar-results-heading">
          <div className="card__header">
            <h2 id="calendar-results-heading">Deadlines</h2>
            <nav aria-label="Calendar view" className="view-switch">
              <ul>
                {(['list', 'month'] as const).map((view) => (
                  <li key={view}>
                    <Link
                      to={`?${paramsFromSelection({ ...selection, view }).toString()}`}
                      aria-current={selection.view === view ? 'page' : undefined}
                      replace
                      preventScrollReset
                    >
                      {view === 'list' ? 'List' : 'Month'}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          {calendar.isError ? (
            <ServerErrorNotice
              error={calendar.error}
              onRetry={() => void calendar.refetch()}
              retrying={calendar.isFetching}
            />
          ) : calendar.isPending ? (
            <p role="status" className="loading">
              Loading reporting deadlines…
            </p>
          ) : (
            <>
              <p className="muted" role="status" aria-live="polite">
                {total} {total === 1 ? 'deadline' : 'deadlines'} {periodText}.
                {selection.view === 'month' && narrow && ' The month is shown as a list on this small screen.'}
              </p>
              {showGrid && (
                <CalendarMonth
                  year={shownMonth.year}
                  month={shownMonth.month}
                  today={today}
                  entriesByDate={entriesByDueDate(groups)}
                  onMove={moveMonth}
                />
              )}
              {!showGrid && selection.view === 'month' && (
                <div className="calendar-month__bar">
                  <button type="button" className="button button--secondary" onClick={() => moveMonth(-1)}>
                    <span aria-hidden="true">←</span> Previous month
                  </button>
                  <h3 className="calendar-month__title">{monthTitle(shownMonth.year, shownMonth.month)}</h3>
                  <button type="button" className="button button--secondary" onClick={() => moveMonth(1)}>
                    Next month <span aria-hidden="true">→</span>
                  </button>
                </div>
              )}
              {showGrid && groups.length > 0 && <h3 className="section">This month as a list</h3>}
              {groups.length > 0 ? (
                <CalendarList groups={groups} />
              ) : (
                <div className="notice">
                  <p className="notice__title">No reporting deadlines {periodText} for these filters.</p>
                  <p>
                    {years.length > 0
                      ? `Deadlines for these filters fall in ${years.join(', ')}: choose one of those years, or clear a filter.`
                      : 'Clear a filter, choose “Of anyone” under Requests, or import a resolution that asks for reports.'}
                  </p>
                </div>
              )}
            </>
          )}
        </section>
        {narrow && <CalendarFeeds selection={selection} />}
      </div>
    </>
  );
}
