import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportReport } from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import { readAppSetting, writeAppSetting } from '../../db/app-settings.ts';
import type { Database } from '../../db/types.ts';
import { findRepoRoot } from '../../paths.ts';
import { SYSTEM_WRITE } from '../audit/index.ts';
import { decodeUtf8Strict, importDocument } from '../imports/index.ts';
import { loadSamplePlanningData } from '../sample-planning/index.ts';

/** The app_setting key recording that the sample was loaded once (so deleting it all does not bring it back). */
export const SAMPLE_LOADED_SETTING = 'sample-loaded';

/** The sample corpus, with the symbol of each file (A/65/457 does not print its own). */
export const SAMPLE_DOCUMENTS = [
  { file: 'A-65-457.txt', symbol: 'A/65/457' },
  { file: 'A-RES-65-232.txt', symbol: 'A/RES/65/232' },
  { file: 'A-RES-67-189.txt', symbol: 'A/RES/67/189' },
] as const;

/**
 * `fixtures/corpus` of the repository, found from this module's location so that it works from
 * `src/` under tsx and from the bundled `packages/server/dist/main.js` alike.
 */
export function defaultCorpusDir(): string {
  return path.join(findRepoRoot(), 'fixtures', 'corpus');
}

export interface LoadSampleOptions {
  /** Directory holding the SAMPLE_DOCUMENTS files; default {@link defaultCorpusDir}. */
  corpusDir?: string;
  /** Adds the planning data (projects, budget lines, deliverables…) after the documents; default `loadSamplePlanningData`. */
  loadPlanningData?: (db: Kysely<Database>) => Promise<unknown>;
}

export type LoadSampleResult =
  { loaded: false; reason: string } | { loaded: true; reports: ImportReport[]; planning: unknown };

/**
 * First start: when the database holds no document and the sample was never loaded, imports
 * the three sample documents, then the sample planning data (helper `loadSamplePlanningData`), and records `sample-loaded`, all
 * in one transaction. Does nothing otherwise. (The caller skips it for SAMPLE_DATA=skip.)
 */
export async function loadSample(db: Kysely<Database>, options: LoadSampleOptions = {}): Promise<LoadSampleResult> {
  if ((await readAppSetting(db, SAMPLE_LOADED_SETTING)) !== null)
    return { loaded: false, reason: 'sample loaded before' };
  const anyDocument = await db.selectFrom('document').select('id').limit(1).executeTakeFirst();
  if (anyDocument !== undefined) return { loaded: false, reason: 'the database already holds documents' };
  const corpusDir = options.corpusDir ?? defaultCorpusDir();
  const missing = SAMPLE_DOCUMENTS.filter((sample) => !existsSync(path.join(corpusDir, sample.file)));
  if (missing.length > 0) {
    return {
      loaded: false,
      reason: `sample corpus not found in ${corpusDir} (${missing.map((sample) => sample.file).join(', ')})`,
    };
  }
  return db.transaction().execute(async (trx) => {
    const reports: ImportReport[] = [];
    for (const sample of SAMPLE_DOCUMENTS) {
      const text = decodeUtf8Strict(await readFile(path.join(corpusDir, sample.file)));
      reports.push(await importDocument(trx, { text, symbol: sample.symbol, importedBy: 'sample' }, SYSTEM_WRITE));
    }
    const planning = await (options.loadPlanningData ?? loadSamplePlanningData)(trx);
    await writeAppSetting(trx, SAMPLE_LOADED_SETTING, { at: new Date().toISOString() });
    return { loaded: true as const, reports, planning };
  });
}
