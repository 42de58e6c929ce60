import type { ClauseContext } from '../../../src/ingest/clauses/index.ts';

/** General Assembly, sixty-fifth session, adopted 21 December 2010 (A/RES/65/232). */
export const GA65: ClauseContext = { issuingBody: 'ga', session: 65, adopted: '2010-12-21', part: 'operative' };
/** General Assembly, sixty-seventh session, adopted 20 December 2012 (A/RES/67/189). */
export const GA67: ClauseContext = { issuingBody: 'ga', session: 67, adopted: '2012-12-20', part: 'operative' };
/** The Salvador Declaration annexed to draft resolution IV of A/65/457. */
export const GA65_ANNEX: ClauseContext = { ...GA65, part: 'annex' };
