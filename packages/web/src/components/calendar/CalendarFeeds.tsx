import type { CalendarSelection } from './calendar-params.ts';
import { feedQuery } from './calendar-params.ts';

/**
 * The iCal subscription and the CSV download for the current filters. The subscription URL is
 * absolute because calendar apps are given the address, not the page.
 */
export function CalendarFeeds({ selection }: { selection: CalendarSelection }) {
  const query = feedQuery(selection);
  const icalPath = `/calendar.ics${query}`;
  const icalUrl = new URL(icalPath, window.location.origin).toString();
  return (
    <section className="card calendar-feeds" aria-labelledby="calendar-feeds-heading">
      <h2 id="calendar-feeds-heading">Take these deadlines with you</h2>
      <p className="calendar-feeds__links">
        <a className="button" href={icalPath}>
          Subscribe (iCal)
        </a>
        <a className="button button--secondary" href={`/export/mandates.csv${query}`} download>
          Download CSV
        </a>
      </p>
      <p className="muted">
        Both use the body and addressee filters above. The subscription keeps itself up to date as resolutions are
        imported.
      </p>
      <details>
        <summary>How to add the subscription to Outlook or Google Calendar</summary>
        <p>Copy this address:</p>
        <p>
          <code data-testid="ical-url">{icalUrl}</code>
        </p>
        <ul className="feature-list">
          <li>
            <strong>Outlook</strong>: Calendar → Add calendar → Subscribe from web, paste the address, then Import.
          </li>
          <li>
            <strong>Google Calendar</strong>: Other calendars → + → From URL, paste the address, then Add calendar.
          </li>
          <li>
            <strong>Apple Calendar</strong>: File → New Calendar Subscription, paste the address.
          </li>
        </ul>
      </details>
    </section>
  );
}
