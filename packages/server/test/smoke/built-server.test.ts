import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAppSetting, writeAppSetting } from '../../src/db/app-settings.ts';
import { openDatabase } from '../../src/db/database.ts';
import { buildServer, findFreePort, startBuiltServer, type ServerProcess } from '../helpers/server-process.ts';

// These tests run the real bundle (`node dist/main.js`) as a separate process, as in production.
const STARTUP_TIMEOUT_MS = 60_000;
const INDEX_HTML = '<!doctype html><title>Mandate tracker</title><div id="root"></div>';

let scratch = '';
let webDistDir = '';
const started: ServerProcess[] = [];

beforeAll(() => {
  buildServer();
  scratch = mkdtempSync(path.join(tmpdir(), 'mt-smoke-'));
  webDistDir = path.join(scratch, 'web-dist');
  mkdirSync(webDistDir);
  writeFileSync(path.join(webDistDir, 'index.html'), INDEX_HTML);
}, 120_000);

afterAll(() => {
  for (const server of started) server.child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

function start(environment: Record<string, string>, cwd?: string): ServerProcess {
  const server = startBuiltServer(environment, cwd);
  started.push(server);
  return server;
}

async function stopWithSigterm(server: ServerProcess): Promise<{ code: number | null; elapsedMs: number }> {
  const signalledAt = Date.now();
  server.child.kill('SIGTERM');
  const { code, at } = await server.exited;
  return { code, elapsedMs: at - signalledAt };
}

describe('the built server on PGlite', () => {
  it(
    'starts on a free port, serves /healthz, the web app and a tRPC query, then exits cleanly on SIGTERM within 5 s',
    async () => {
      const port = await findFreePort();
      const server = start({ PORT: String(port), PGLITE_DATA_DIR: 'memory://', WEB_DIST_DIR: webDistDir });
      await server.waitForOutput(`mandate-tracker listening on http://localhost:${port}`, STARTUP_TIMEOUT_MS);
      const baseUrl = `http://127.0.0.1:${port}`;

      const health = await fetch(`${baseUrl}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, engine: 'pglite', database: 'ok' });

      const page = await fetch(`${baseUrl}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe(INDEX_HTML);

      const query = await fetch(`${baseUrl}/trpc/health.status`);
      expect(query.status).toBe(200);
      const body = (await query.json()) as { result: { data: { json: { engine: string }; meta: unknown } } };
      expect(body.result.data.json.engine).toBe('pglite');
      // superjson's meta says checkedAt travels as a Date.
      expect(body.result.data.meta).toEqual({ values: { checkedAt: ['Date'] }, v: 1 });

      const { code, elapsedMs } = await stopWithSigterm(server);
      expect(code).toBe(0);
      expect(elapsedMs).toBeLessThan(5000);
      expect(server.stdout()).toContain('"msg":"stopped"');
      expect(server.stderr()).toBe('');
    },
    STARTUP_TIMEOUT_MS + 10_000,
  );

  it(
    'keeps its PGlite data on disk across a restart, started from the repository root',
    async () => {
      const dataDir = path.join(scratch, 'pglite');
      const environment = { PGLITE_DATA_DIR: dataDir, WEB_DIST_DIR: webDistDir };
      const repoRoot = path.resolve(import.meta.dirname, '../../../..');

      const first = start({ ...environment, PORT: String(await findFreePort()) }, repoRoot);
      await first.waitForOutput('listening on', STARTUP_TIMEOUT_MS);
      expect((await stopWithSigterm(first)).code).toBe(0);

      // Write a row between the two runs, as the app itself would.
      const database = await openDatabase({ databaseUrl: null, pgliteDataDir: dataDir });
      await writeAppSetting(database.db, 'smoke-test', { written: 'between runs' });
      await database.close();

      const second = start({ ...environment, PORT: String(await findFreePort()) }, repoRoot);
      await second.waitForOutput('listening on', STARTUP_TIMEOUT_MS);
      // Nothing to migrate the second time: the schema was kept too.
      expect(second.stdout()).toContain('"applied":[]');
      expect((await stopWithSigterm(second)).code).toBe(0);

      const reopened = await openDatabase({ databaseUrl: null, pgliteDataDir: dataDir });
      expect(await readAppSetting(reopened.db, 'smoke-test')).toEqual({ written: 'between runs' });
      await reopened.close();
    },
    3 * STARTUP_TIMEOUT_MS,
  );
});

describe('the built server refusing to start', () => {
  it('fails within seconds on an unreachable DATABASE_URL with a message naming the database, not a stack trace', async () => {
    const server = start({
      DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/x',
      PORT: String(await findFreePort()),
    });
    const startedAt = Date.now();
    const { code, at } = await server.exited;
    expect(code).toBe(1);
    // The refusal itself is immediate (see test/db); the margin covers starting node and loading
    // modules on a heavily loaded CI machine (about 1 s when idle).
    expect(at - startedAt).toBeLessThan(20_000);
    expect(server.stderr()).toContain(
      'mandate-tracker could not start: Cannot connect to PostgreSQL database "x" on 127.0.0.1:1',
    );
    expect(server.stderr()).not.toContain('secret');
    expect(server.stderr()).not.toMatch(/^\s+at /m);
  });

  it('fails at start on a bad PORT naming the variable', async () => {
    const server = start({ PORT: 'eighty' });
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.stderr()).toContain('PORT: must be a whole number from 0 to 65535 (got "eighty")');
  });
});
