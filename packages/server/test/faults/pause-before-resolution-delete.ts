/**
 * Test-only preload for the import CLI (`node --import tsx --import THIS src/cli/import.ts …`),
 * used by import-killed.test.ts to stop an import at a known point inside its transaction.
 * It wraps the query method of both engines' clients: the statement deleting the resolutions
 * of a document's previous version (which a re-import runs after storing the new version's
 * resolutions, paragraphs, mandates and obligations, so the transaction has written everything
 * but not committed) never completes; the process prints a marker and waits to be killed.
 * Production code is untouched: nothing loads this file outside that test.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export const PAUSED_MARKER = 'PAUSED INSIDE THE IMPORT TRANSACTION';

const isResolutionDelete = (text: unknown) => typeof text === 'string' && /^\s*delete from "resolution"/i.test(text);

function pauseForever(): Promise<never> {
  console.log(PAUSED_MARKER);
  // Keeps the event loop alive: a bare pending promise would let Node exit.
  setInterval(() => {}, 60_000);
  return new Promise<never>(() => {});
}

const pgliteQuery = PGlite.prototype.query;
PGlite.prototype.query = function query(this: PGlite, ...args: Parameters<PGlite['query']>) {
  return isResolutionDelete(args[0]) ? pauseForever() : pgliteQuery.apply(this, args);
} as PGlite['query'];

const pgQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as { query: (...args: unknown[]) => unknown }).query = function query(
  this: pg.Client,
  ...args: unknown[]
) {
  const text = typeof args[0] === 'object' && args[0] !== null ? (args[0] as { text?: unknown }).text : args[0];
  return isResolutionDelete(text) ? pauseForever() : pgQuery.apply(this, args);
};
