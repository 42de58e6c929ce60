import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { IN_MEMORY_PGLITE } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import type { Database } from '../../src/db/types.ts';
import { createScratchPostgresDatabase, postgresServerUrl, testEngines, type EngineName } from '../helpers/engines.ts';
import { serverPackageDir } from '../helpers/server-process.ts';
import { syntheticResolution } from '../scale/synthetic-resolution.ts';
import { PAUSED_MARKER } from './pause-before-resolution-delete.ts';

/*
 * What is promised: each document is imported in one transaction (the CLI imports file by file;
 * a bulk import commits a batch of documents at once). Killing the process at any point leaves
 * every document either complete in its new version, complete in its previous version, or
 * absent: never a document without its paragraphs, nor paragraphs or mandates of a document
 * that was not committed. Running the same import again completes it.
 */

const PARAGRAPHS = 40;
const workDir = mkdtempSync(path.join(tmpdir(), 'mt-import-killed-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function writeDocument(directory: string, resolutionNumber: number, paragraphs: number): string {
  const { text } = syntheticResolution(paragraphs, resolutionNumber);
  const file = path.join(directory, `A-RES-65-${resolutionNumber}.txt`);
  writeFileSync(file, text);
  return file;
}

/** What one stored document holds; equal states mean the same version stored completely. */
interface DocumentState {
  contentHash: string;
  resolutions: number;
  paragraphs: number;
  mandates: number;
  obligations: number;
}

async function documentStates(db: Kysely<Database>): Promise<Record<string, DocumentState>> {
  const { rows } = await sql<{
    symbol: string;
    content_hash: string;
    resolutions: string | number;
    paragraphs: string | number;
    mandates: string | number;
    obligations: string | number;
  }>`
    select d.symbol, d.content_hash,
      (select count(*) from resolution r where r.document_id = d.id) as resolutions,
      (select count(*) from paragraph p where p.document_id = d.id) as paragraphs,
      (select count(*) from mandate m where m.document_id = d.id) as mandates,
      (select count(*) from reporting_obligation o join mandate m on m.id = o.mandate_id where m.document_id = d.id) as obligations
    from document d order by d.symbol
  `.execute(db);
  return Object.fromEntries(
    rows.map((row) => [
      row.symbol,
      {
        contentHash: row.content_hash,
        resolutions: Number(row.resolutions),
        paragraphs: Number(row.paragraphs),
        mandates: Number(row.mandates),
        obligations: Number(row.obligations),
      },
    ]),
  );
}

interface Target {
  /** Environment selecting the database for the CLI. */
  environment: Record<string, string>;
  read<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

async function prepareTarget(engine: EngineName): Promise<Target> {
  if (engine === 'pglite') {
    const dataDir = path.join(workDir, 'pglite');
    return {
      environment: { PGLITE_DATA_DIR: dataDir },
      // PGlite holds its directory alone: open it only while the CLI is not running.
      read: async (work) => {
        const database = await openDatabase({ databaseUrl: null, pgliteDataDir: dataDir });
        try {
          return await work(database.db);
        } finally {
          await database.close();
        }
      },
      dispose: async () => {},
    };
  }
  const scratch = await createScratchPostgresDatabase(postgresServerUrl ?? '');
  const database = await openDatabase({ databaseUrl: scratch.url, pgliteDataDir: IN_MEMORY_PGLITE });
  return {
    environment: { DATABASE_URL: scratch.url },
    read: (work) => work(database.db),
    dispose: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/** Runs the import CLI under tsx, optionally with the pausing preload. */
function runImportCli(files: string[], environment: Record<string, string>, options: { pause?: boolean } = {}) {
  const preload = options.pause
    ? ['--import', path.join(import.meta.dirname, 'pause-before-resolution-delete.ts')]
    : [];
  // node itself is the child (no shell or tsx wrapper), so SIGKILL reaches the process doing the import.
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload, 'src/cli/import.ts', ...files], {
    cwd: serverPackageDir,
    env: { PATH: process.env.PATH ?? '', USER: 'import-killed-test', LOG_LEVEL: 'silent', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const output = () => `stdout:\n${stdout}\nstderr:\n${stderr}`;
  const waitForStdout = async (marker: string) => {
    let done = false;
    void exited.then(() => (done = true));
    while (!stdout.includes(marker)) {
      if (done) throw new Error(`the import exited before "${marker}":\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return { child, exited, output, waitForStdout };
}

for (const engine of testEngines) {
  describe(`the import CLI killed inside a transaction [${engine}]`, () => {
    it('leaves every document complete or absent, keeps the previous version, and a re-run completes', async () => {
      const directory = mkdtempSync(path.join(workDir, `${engine}-documents-`));
      const first = [901, 902, 903].map((number) => writeDocument(directory, number, PARAGRAPHS));
      const target = await prepareTarget(engine);
      try {
        const initial = runImportCli(first, target.environment);
        expect((await initial.exited).code, initial.output()).toBe(0);
        const before = await target.read(documentStates);
        expect(Object.keys(before)).toEqual(['A/RES/65/901', 'A/RES/65/902', 'A/RES/65/903']);

        // Two new documents, a new version of 902 (an update: where the pause is), two more new ones.
        const newVersionDir = mkdtempSync(path.join(workDir, `${engine}-v2-`));
        const second = [
          writeDocument(directory, 904, PARAGRAPHS),
          writeDocument(directory, 905, PARAGRAPHS),
          writeDocument(newVersionDir, 902, PARAGRAPHS + 15),
          writeDocument(directory, 906, PARAGRAPHS),
          writeDocument(directory, 907, PARAGRAPHS),
        ];
        const killed = runImportCli(second, target.environment, { pause: true });
        await killed.waitForStdout(PAUSED_MARKER);
        if (engine === 'postgres') {
          // The database confirms it: one transaction of the import is open and has written rows.
          const open = await target.read(
            async (db) =>
              (
                await sql<{ count: string | number }>`
                  select count(*) as count from pg_stat_activity
                  where datname = current_database() and pid <> pg_backend_pid()
                    and state = 'idle in transaction' and backend_xid is not null
                `.execute(db)
              ).rows[0]?.count,
          );
          expect(Number(open)).toBe(1);
        }
        killed.child.kill('SIGKILL');
        expect((await killed.exited).signal).toBe('SIGKILL');

        const [afterKill, totalsAfterKill] = await target.read(async (db) => {
          const count = async (table: 'paragraph' | 'mandate' | 'resolution') =>
            Number(
              (
                await db
                  .selectFrom(table)
                  .select((eb) => eb.fn.countAll<number>().as('count'))
                  .executeTakeFirstOrThrow()
              ).count,
            );
          const totals = {
            paragraphs: await count('paragraph'),
            mandates: await count('mandate'),
            resolutions: await count('resolution'),
          };
          return [await documentStates(db), totals] as const;
        });
        const rerun = runImportCli(second, target.environment);
        expect((await rerun.exited).code, rerun.output()).toBe(0);
        const final = await target.read(documentStates);

        // The re-run completed everything: 902 in its new version, 904–907 new.
        expect(Object.keys(final)).toEqual([901, 902, 903, 904, 905, 906, 907].map((n) => `A/RES/65/${n}`));
        expect(final['A/RES/65/902']?.paragraphs).toBe((before['A/RES/65/902']?.paragraphs ?? 0) + 15);
        expect(final['A/RES/65/902']?.contentHash).not.toBe(before['A/RES/65/902']?.contentHash);

        // The document being written when the process died kept its previous version, whole.
        expect(afterKill['A/RES/65/902']).toEqual(before['A/RES/65/902']);
        expect(afterKill['A/RES/65/901']).toEqual(before['A/RES/65/901']);
        expect(afterKill['A/RES/65/903']).toEqual(before['A/RES/65/903']);
        // Nothing after it was written.
        expect(afterKill['A/RES/65/906']).toBeUndefined();
        expect(afterKill['A/RES/65/907']).toBeUndefined();
        // Whatever committed before it is complete (the CLI commits per document; a batch import
        // would leave these absent instead, never partial).
        for (const symbol of ['A/RES/65/904', 'A/RES/65/905']) {
          if (afterKill[symbol] !== undefined) expect(afterKill[symbol]).toEqual(final[symbol]);
        }
        // No rows outside those complete documents.
        const sum = (key: 'paragraphs' | 'mandates' | 'resolutions') =>
          Object.values(afterKill).reduce((total, state) => total + state[key], 0);
        expect(totalsAfterKill).toEqual({
          paragraphs: sum('paragraphs'),
          mandates: sum('mandates'),
          resolutions: sum('resolutions'),
        });
      } finally {
        await target.dispose();
      }
    }, 240_000);
  });
}
