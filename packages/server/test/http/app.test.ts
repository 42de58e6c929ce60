import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { pino } from 'pino';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestMigrationVersion } from '../../src/db/migrate.ts';
import { createApp } from '../../src/http/app.ts';
import type { AppRouter } from '../../src/trpc/root.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { listenOnFreePort } from '../helpers/http.ts';
import { unreachableDatabase } from '../helpers/unreachable-database.ts';

const silentLogger = pino({ level: 'silent' });
const INDEX_HTML = '<!doctype html><title>Mandate tracker</title><div id="root"></div>';

function createWebDist(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'mt-web-dist-'));
  mkdirSync(path.join(directory, 'assets'));
  writeFileSync(path.join(directory, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(directory, 'assets', 'app-1a2b3c.js'), 'console.log("app")');
  return directory;
}

describeEachEngine('HTTP app', (getDb, engine) => {
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  const webDistDir = createWebDist();

  beforeAll(async () => {
    ({ baseUrl, close } = await listenOnFreePort(
      createApp({ database: { db: getDb(), engine }, logger: silentLogger, webDistDir }),
    ));
  });
  afterAll(async () => {
    await close();
    rmSync(webDistDir, { recursive: true, force: true });
  });

  it('answers /healthz with the engine, the migration version and a working database', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      engine,
      database: 'ok',
      migrationVersion: latestMigrationVersion,
    });
  });

  it('gives every response a request id and keeps a sensible incoming one', async () => {
    const fresh = await fetch(`${baseUrl}/healthz`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const forwarded = await fetch(`${baseUrl}/healthz`, { headers: { 'x-request-id': 'proxy-42' } });
    expect(forwarded.headers.get('x-request-id')).toBe('proxy-42');
    const hostile = await fetch(`${baseUrl}/healthz`, { headers: { 'x-request-id': 'a b <script>' } });
    expect(hostile.headers.get('x-request-id')).not.toContain('script');
  });

  it('serves tRPC at /trpc with dates kept as dates through superjson', async () => {
    const client = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${baseUrl}/trpc`, transformer: superjson })],
    });
    const health = await client.health.status.query();
    expect(health.engine).toBe(engine);
    expect(health.checkedAt).toBeInstanceOf(Date);
  });

  it('answers an unknown tRPC procedure with a tRPC 404, not the web app', async () => {
    const response = await fetch(`${baseUrl}/trpc/nothing.here`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { json: { data: { code: string; appCode: null } } } };
    expect(body.error.json.data).toMatchObject({ code: 'NOT_FOUND', appCode: null });
  });

  it('serves the web app for client-side routes and its assets', async () => {
    for (const route of ['/', '/planner', '/funding/donors/7', '/calendar?body=ccpcj']) {
      const response = await fetch(`${baseUrl}${route}`);
      expect(response.status, route).toBe(200);
      expect(await response.text(), route).toBe(INDEX_HTML);
    }
    const asset = await fetch(`${baseUrl}/assets/app-1a2b3c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('does not answer server paths or missing files with the web app', async () => {
    const api = await fetch(`${baseUrl}/api/unknown`);
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No such API route' } });
    expect((await fetch(`${baseUrl}/assets/missing-123.js`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/healthz/extra`)).status).toBe(404);
  });
});

describe('HTTP app without a web build or a database', () => {
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  const database = unreachableDatabase();

  beforeAll(async () => {
    const webDistDir = path.join(tmpdir(), 'mt-no-such-web-dist');
    ({ baseUrl, close } = await listenOnFreePort(createApp({ database, logger: silentLogger, webDistDir })));
  });
  afterAll(async () => {
    await close();
    await database.close();
  });

  it('says how to build the web app instead of failing', async () => {
    const response = await fetch(`${baseUrl}/`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('Run `pnpm build`');
  });

  it('answers /healthz with 503 when the database does not answer', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, database: 'unavailable' });
  });
});
