import express from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { calendarEntries } from '../../domain/calendar/index.ts';
import { deadlinesIcal } from '../../domain/exports/index.ts';
import { filterFromRequest, originOf } from './filter-query.ts';

/**
 * `GET /calendar.ics[?body=ccpcj&addressee=unodc…]`: every reporting deadline of the mandates
 * matching the mandate-list filter, as an iCalendar feed to subscribe to (one all-day event per
 * deadline with a stable UID; recurring obligations up to five years ahead).
 */
export function createCalendarFeedRouter(db: Kysely<Database>): express.Router {
  const feedRouter = express.Router();
  feedRouter.get('/calendar.ics', async (request, response) => {
    const filter = filterFromRequest(request, response);
    if (filter === null) return;
    const { entries } = await calendarEntries(db, filter);
    const origin = originOf(request);
    const body = deadlinesIcal(entries, { mandateUrl: (mandateId) => `${origin}/mandates/${mandateId}` });
    response
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('content-disposition', 'inline; filename="reporting-deadlines.ics"')
      .setHeader('cache-control', 'no-cache')
      .send(body);
  });
  return feedRouter;
}
