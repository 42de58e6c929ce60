import express from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayUtc } from '../../domain/deadlines/index.ts';
import { mandateExportRows, mandatesCsv } from '../../domain/exports/index.ts';
import { filterFromRequest } from './filter-query.ts';

/**
 * `GET /export/mandates.csv` and `GET /export/mandates.json` with the mandate-list filter in the
 * query string: one row per mandate with document, resolution, paragraph, verbs, addressees,
 * deadlines, status, projects and funding.
 */
export function createExportsRouter(db: Kysely<Database>): express.Router {
  const exportsRouter = express.Router();
  exportsRouter.get('/export/mandates.csv', async (request, response) => {
    const filter = filterFromRequest(request, response);
    if (filter === null) return;
    const rows = await mandateExportRows(db, filter);
    response
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('content-disposition', `attachment; filename="mandates-${todayUtc()}.csv"`)
      .send(mandatesCsv(rows));
  });
  exportsRouter.get('/export/mandates.json', async (request, response) => {
    const filter = filterFromRequest(request, response);
    if (filter === null) return;
    const today = todayUtc();
    const rows = await mandateExportRows(db, filter, { today });
    response
      .status(200)
      .setHeader('content-disposition', `inline; filename="mandates-${today}.json"`)
      .json({ generated: today, filter, count: rows.length, mandates: rows });
  });
  return exportsRouter;
}
