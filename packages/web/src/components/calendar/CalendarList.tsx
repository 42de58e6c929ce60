import type { CalendarSessionGroup } from '@mandate-tracker/shared';
import { formatDate, formatSession } from '../../format.ts';
import { CalendarEntryItem } from './CalendarEntryItem.tsx';

/** "CCPCJ, 20th session — 11 Apr 2011 (Vienna)"; date-based deadlines are grouped under the body's name. */
export function groupTitle(group: CalendarSessionGroup): string {
  const name = formatSession(group.body, group.session);
  if (group.session === null || group.startDate === null) return `${name} — deadlines set by date`;
  return `${name} — ${formatDate(group.startDate)}${group.place === null ? '' : ` (${group.place})`}`;
}

/** Deadlines grouped by body and session, in date order, each group with its session's dates and source. */
export function CalendarList({ groups }: { groups: readonly CalendarSessionGroup[] }) {
  return (
    <ol className="calendar-groups" aria-label="Reporting deadlines by session">
      {groups.map((group) => (
        <li key={`${group.body}-${group.session ?? 'dated'}`} className="calendar-group card">
          <h3 className="calendar-group__title">
            {groupTitle(group)}
            {group.projected && <span className="projected-marker">projected</span>}
          </h3>
          <p className="muted calendar-group__source">
            {group.session === null
              ? 'Each deadline below is a date written in the resolution.'
              : group.endDate !== null && group.startDate !== null
                ? `Session ${formatDate(group.startDate)} to ${formatDate(group.endDate)}. `
                : ''}
            {group.session !== null &&
              (group.projected
                ? `Date projected from the body's usual pattern${group.source === null ? '' : ` (${group.source})`}; not yet confirmed.`
                : `Source: ${group.source ?? 'not recorded'}.`)}
          </p>
          <ul className="calendar-entries">
            {group.entries.map((entry) => (
              <CalendarEntryItem key={`${entry.obligationId}-${entry.occurrence}`} entry={entry} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
