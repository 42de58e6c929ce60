import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/types.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of a migrated in-memory PGlite data directory, made once per test run. */
    pgliteTemplatePath: string;
  }
}

/**
 * Vitest global setup: runs initdb and every migration once, dumps the resulting PGlite data
 * directory to a temporary file and hands its path to the test files, which start from it
 * (see engines.ts). Starting from the dump skips initdb, most of PGlite's start-up time.
 */
export default async function createPgliteTemplate(project: TestProject): Promise<() => Promise<void>> {
  const pglite = await PGlite.create('memory://');
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  const templatePath = path.join(tmpdir(), `mandate-tracker-pglite-template-${process.pid}-${Date.now()}.tar`);
  try {
    await migrateToLatest(db);
    const dump = await pglite.dumpDataDir('none');
    await writeFile(templatePath, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.destroy();
  }
  project.provide('pgliteTemplatePath', templatePath);
  return () => rm(templatePath, { force: true });
}
