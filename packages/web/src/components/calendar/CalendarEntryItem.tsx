import type { CalendarEntry } from '@mandate-tracker/shared';
import { Link } from 'react-router';
import { formatDate } from '../../format.ts';
import { addresseeNames } from './addressee-names.ts';
import {
  DEADLINE_STATUS_BADGES,
  DEADLINE_STATUS_LABELS,
  RECURRENCE_LABELS,
  RELATION_LABELS,
} from './calendar-entries.ts';

/**
 * One reporting deadline in the list: what is asked and of whom, the dates, and the opening of
 * the paragraph that asks for it, with the way to its mandate page.
 */
export function CalendarEntryItem({ entry }: { entry: CalendarEntry }) {
  return (
    <li className="calendar-entry" data-testid="calendar-entry">
      <div className="calendar-entry__head">
        <Link to={`/mandates/${entry.mandateId}`} className="calendar-entry__reference">
          {entry.reference}
        </Link>
        <span className={`badge ${DEADLINE_STATUS_BADGES[entry.status]}`}>{DEADLINE_STATUS_LABELS[entry.status]}</span>
      </div>
      <p className="calendar-entry__what">
        {RELATION_LABELS[entry.relation]}
        {entry.recurrence !== null && `, ${RECURRENCE_LABELS[entry.recurrence]}`} · due{' '}
        <strong>{formatDate(entry.dueDate)}</strong>
        {entry.projected && <span className="projected-marker">projected</span>}
        {entry.windowStart !== null && <> · may be submitted from {formatDate(entry.windowStart)}</>} · asked of{' '}
        {addresseeNames(entry.addressees)}
      </p>
      <blockquote className="calendar-entry__excerpt">{entry.excerpt}</blockquote>
      <p className="muted calendar-entry__planning">
        Documentation deadline {formatDate(entry.documentationDeadline)} (planning assumption: {entry.leadWeeks} weeks
        before)
      </p>
    </li>
  );
}
