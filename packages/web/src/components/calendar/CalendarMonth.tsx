import type { CalendarEntry } from '@mandate-tracker/shared';
import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { formatDate, formatSession } from '../../format.ts';
import { monthTitle, monthWeeks, WEEKDAYS } from './month-grid.ts';

interface CalendarMonthProps {
  year: number;
  month: number;
  today: string;
  entriesByDate: ReadonlyMap<string, readonly CalendarEntry[]>;
  /** Moves by whole months (−1 previous, +1 next); the caller puts the new month in the URL. */
  onMove: (offset: number) => void;
}

/**
 * The month as a grid of days (Monday first) with each day's reporting deadlines. Previous and
 * next month are buttons; Page Up and Page Down do the same anywhere in the grid.
 */
export function CalendarMonth({ year, month, today, entriesByDate, onMove }: CalendarMonthProps) {
  const title = monthTitle(year, month);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      onMove(event.key === 'PageUp' ? -1 : 1);
    }
  };
  return (
    <div className="calendar-month" onKeyDown={onKeyDown}>
      <div className="calendar-month__bar">
        <button type="button" className="button button--secondary" onClick={() => onMove(-1)}>
          <span aria-hidden="true">←</span> Previous month
        </button>
        <h3 className="calendar-month__title" aria-live="polite">
          {title}
        </h3>
        <button type="button" className="button button--secondary" onClick={() => onMove(1)}>
          Next month <span aria-hidden="true">→</span>
        </button>
      </div>
      <table className="calendar-grid">
        <caption className="visually-hidden">
          Reporting deadlines in {title}. Page Up and Page Down move by a month.
        </caption>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col">
                <abbr title={long}>{short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week) => (
            <tr key={week[0]!.isoDate}>
              {week.map((day) => {
                const entries = day.inMonth ? (entriesByDate.get(day.isoDate) ?? []) : [];
                const classes = [
                  'calendar-day',
                  day.inMonth ? '' : 'calendar-day--outside',
                  day.isoDate === today ? 'calendar-day--today' : '',
                  entries.length > 0 ? 'calendar-day--busy' : '',
                ].join(' ');
                return (
                  <td key={day.isoDate} className={classes} aria-current={day.isoDate === today ? 'date' : undefined}>
                    <span className="calendar-day__number">
                      <span aria-hidden="true">{day.dayOfMonth}</span>
                      <span className="visually-hidden">{formatDate(day.isoDate)}</span>
                    </span>
                    {entries.length > 0 && (
                      <ul className="calendar-day__events">
                        {entries.map((entry) => (
                          <li key={`${entry.obligationId}-${entry.occurrence}`}>
                            <span className="calendar-day__session">
                              {formatSession(entry.body, entry.session)}
                              {entry.projected && <span className="projected-marker">projected</span>}
                            </span>
                            <Link to={`/mandates/${entry.mandateId}`} title={entry.excerpt}>
                              {entry.reference}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
