import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { syntheticResolution, MAX_PARAGRAPHS_PER_RESOLUTION } from '../../server/test/scale/synthetic-resolution.ts';
import { serverDir } from '../test/browser/harness/paths.ts';

const run = promisify(execFile);

/** A PGlite data directory holding a known number of mandates, ready for the server to open. */
export interface SeededDatabase {
  dataDir: string;
  mandates: number;
  /** Wall-clock time the import took, for the report. */
  importSeconds: number;
}

/**
 * Writes `mandates` synthetic operative paragraphs as General Assembly resolutions of up to 500
 * paragraphs (each a request to UNODC to report to the CCPCJ), and imports them with the import
 * CLI into a fresh on-disk PGlite directory, so the server under test opens an already loaded
 * database instead of importing through the API (which needs a signed-in planner).
 */
export async function seedDatabase(mandates: number): Promise<SeededDatabase> {
  const workDir = await mkdtemp(join(tmpdir(), 'mandate-tracker-web-bench-'));
  const corpusDir = join(workDir, 'corpus');
  const dataDir = join(workDir, 'pglite');
  await mkdir(corpusDir);
  let written = 0;
  for (let resolution = 1; written < mandates; resolution += 1) {
    const count = Math.min(MAX_PARAGRAPHS_PER_RESOLUTION, mandates - written);
    const { text } = syntheticResolution(count, 300 + resolution);
    await writeFile(join(corpusDir, `A-RES-65-${300 + resolution}.txt`), text);
    written += count;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const started = performance.now();
  try {
    await run('pnpm', ['exec', 'tsx', 'src/cli/import.ts', corpusDir], {
      cwd: serverDir,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Importing the synthetic corpus failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`, {
      cause: error,
    });
  }
  return { dataDir, mandates, importSeconds: (performance.now() - started) / 1000 };
}
