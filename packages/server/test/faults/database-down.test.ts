import { tmpdir } from 'node:os';
import { TRPCError } from '@trpc/server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IN_MEMORY_PGLITE } from '../../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { databaseUnavailableReason } from '../../src/db/unavailable.ts';
import { AppError } from '../../src/domain/errors.ts';
import { importDocument } from '../../src/domain/imports/index.ts';
import { createApp } from '../../src/http/app.ts';
import { appRouter } from '../../src/trpc/root.ts';
import { createCallerFactory, createContext } from '../../src/trpc/trpc.ts';
import { createScratchPostgresDatabase, postgresServerUrl } from '../helpers/engines.ts';
import { listenOnFreePort } from '../helpers/http.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';
import { unreachableDatabase } from '../helpers/unreachable-database.ts';
import { corpusText } from '../imports/corpus.ts';

const silentLogger = pino({ level: 'silent' });
const webDistDir = tmpdir();
const createCaller = createCallerFactory(appRouter);

/** A tRPC query over plain HTTP, as a browser sends it (superjson-wrapped input). */
function trpcQueryUrl(baseUrl: string, path: string, input: unknown): string {
  return `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

describe('a database that refuses connections', () => {
  it('makes tRPC procedures answer SERVICE_UNAVAILABLE with appCode UNAVAILABLE, not a 500', async () => {
    const database = unreachableDatabase();
    try {
      const error = await createCaller(createContext(database))
        .mandates.list({})
        .then(
          () => null,
          (thrown: unknown) => thrown,
        );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('SERVICE_UNAVAILABLE');
      expect((error as TRPCError).cause).toBeInstanceOf(AppError);
      expect(((error as TRPCError).cause as AppError).code).toBe('UNAVAILABLE');
      expect((error as TRPCError).message).toMatch(/database is not available/);
    } finally {
      await database.close();
    }
  });

  it('makes plain HTTP routes and tRPC over HTTP answer 503 JSON, and /healthz say why', async () => {
    const database = unreachableDatabase();
    const server = await listenOnFreePort(createApp({ database, logger: silentLogger, webDistDir }));
    try {
      const health = await fetch(`${server.baseUrl}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({
        ok: false,
        database: 'unavailable',
        databaseError: expect.stringContaining('ECONNREFUSED'),
      });

      const list = await fetch(trpcQueryUrl(server.baseUrl, 'mandates.list', {}));
      expect(list.status).toBe(503);
      const listBody = (await list.json()) as {
        error: { json: { message: string; data: { code: string; appCode: string } } };
      };
      expect(listBody.error.json.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', appCode: 'UNAVAILABLE' });
      expect(listBody.error.json.message).toMatch(/database is not available/);

      const exported = await fetch(`${server.baseUrl}/export/mandates.json`);
      expect(exported.status).toBe(503);
      expect(await exported.json()).toMatchObject({
        error: { code: 'UNAVAILABLE', message: expect.stringMatching(/database is not available/) },
      });
      const feed = await fetch(`${server.baseUrl}/calendar.ics`);
      expect(feed.status).toBe(503);
      expect(feed.headers.get('content-type')).toMatch(/application\/json/);
    } finally {
      await server.close();
      await database.close();
    }
  });

  it('tells connection failures from query errors', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(databaseUnavailableReason(refused)).toBe('connect ECONNREFUSED 127.0.0.1:5432');
    expect(databaseUnavailableReason(new AggregateError([refused, refused]))).toBe(
      'connect ECONNREFUSED 127.0.0.1:5432',
    );
    expect(databaseUnavailableReason(new Error('Connection terminated unexpectedly'))).toBe(
      'Connection terminated unexpectedly',
    );
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(databaseUnavailableReason(shutdown)).toMatch(/administrator command/);
    // A constraint violation or a syntax error is the app's problem, not the database's absence.
    expect(databaseUnavailableReason(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeNull();
    expect(databaseUnavailableReason(Object.assign(new Error('syntax error'), { code: '42601' }))).toBeNull();
    expect(databaseUnavailableReason(new TypeError('x is undefined'))).toBeNull();
  });
});

// The embedded PGlite runs inside the process and has no connection to lose; the network
// between the app and PostgreSQL is what goes away in production.
describe.skipIf(postgresServerUrl === null)('PostgreSQL going away and coming back [postgres]', () => {
  let scratch: { url: string; drop(): Promise<void> };
  let proxy: TcpProxy;
  let database: DatabaseHandle;
  let server: { baseUrl: string; close(): Promise<void> };

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase(postgresServerUrl ?? '');
    const target = new URL(scratch.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const throughProxy = new URL(scratch.url);
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(proxy.port);
    database = await openDatabase({
      databaseUrl: throughProxy.toString(),
      pgliteDataDir: IN_MEMORY_PGLITE,
      connectTimeoutMs: 2000,
    });
    await migrateToLatest(database.db);
    await importDocument(database.db, { text: corpusText('A-RES-65-232.txt') });
    server = await listenOnFreePort(createApp({ database, logger: silentLogger, webDistDir }));
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
    await proxy?.close();
    await scratch?.drop();
  });

  const get = (path: string) => fetch(`${server.baseUrl}${path}`);
  const listMandates = () => fetch(trpcQueryUrl(server.baseUrl, 'mandates.list', {}));

  it('answers 503 while the database is away, says why in /healthz, and recovers without a restart', async () => {
    // Several requests at once, so the pool holds several idle connections when the cut comes:
    // their errors must not crash the process.
    const before = await Promise.all([listMandates(), listMandates(), get('/export/mandates.json'), get('/healthz')]);
    expect(before.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    const mandatesBefore = ((await before[0]?.json()) as { result: { data: { json: { items: unknown[] } } } }).result
      .data.json.items.length;
    expect(mandatesBefore).toBeGreaterThan(0);

    await proxy.cut();

    const health = await get('/healthz');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      ok: false,
      database: 'unavailable',
      databaseError: expect.stringMatching(/ECONNREFUSED|Connection terminated/),
    });
    // Every pooled connection died with the cut; each request must still get a clear 503.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const list = await listMandates();
      expect(list.status).toBe(503);
      const body = (await list.json()) as { error: { json: { data: { code: string; appCode: string } } } };
      expect(body.error.json.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', appCode: 'UNAVAILABLE' });
    }
    const exported = await get('/export/mandates.csv');
    expect(exported.status).toBe(503);
    expect(await exported.json()).toMatchObject({ error: { code: 'UNAVAILABLE' } });
    const feed = await get('/calendar.ics');
    expect(feed.status).toBe(503);

    await proxy.restore();

    const healthAgain = await get('/healthz');
    expect(healthAgain.status).toBe(200);
    expect(await healthAgain.json()).toMatchObject({ ok: true, database: 'ok', databaseError: null });
    const listAgain = await listMandates();
    expect(listAgain.status).toBe(200);
    const mandatesAfter = ((await listAgain.json()) as { result: { data: { json: { items: unknown[] } } } }).result.data
      .json.items.length;
    expect(mandatesAfter).toBe(mandatesBefore);
    expect((await get('/export/mandates.csv')).status).toBe(200);
    expect((await get('/calendar.ics')).status).toBe(200);
  });

  it('survives a second outage in a row', async () => {
    await proxy.cut();
    expect((await get('/healthz')).status).toBe(503);
    expect((await listMandates()).status).toBe(503);
    await proxy.restore();
    expect((await listMandates()).status).toBe(200);
  });
});
