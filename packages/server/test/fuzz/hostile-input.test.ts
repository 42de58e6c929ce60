import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listAppTables } from '../../src/db/backup/index.ts';
import type { Database } from '../../src/db/types.ts';
import { loadSample } from '../../src/domain/sample/index.ts';
import { createApp } from '../../src/http/app.ts';
import { appRouter } from '../../src/trpc/root.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { listenOnFreePort } from '../helpers/http.ts';
import { unboundedParts } from '../../../shared/test/schemas/unbounded-parts.ts';
import type { z } from 'zod';

/*
 * Random and hostile input, sent over real HTTP as the public (not signed in) to every tRPC
 * procedure and every plain HTTP route. Promised: never a 500 (a 4xx with a JSON error, or a
 * 2xx for a valid read), the process stays up, and no table changes (public writes are refused
 * before anything happens). The seed is fixed (FUZZ_SEED overrides it) and fast-check prints
 * it with the failing input.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** Node refuses request heads over 16 KB with a bare 431; GET inputs stay below. */
const MAX_URL_LENGTH = 12_000;

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>,
).map(([path, procedure]) => ({ path, type: procedure._def.type, inputs: procedure._def.inputs as z.ZodType[] }));

const SQL_AND_HTML = [
  "'; DROP TABLE mandate; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(10)--',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '%00%27%22',
];
const MALFORMED_NUMBERS = ['1e309', '-0', '0x1F', '1_000', 'NaN', 'Infinity', '١٢٣', ' 42 ', '9'.repeat(400)];
const STRANGE_CHARACTERS = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202e\u2066',
  '\r\n\t\b\f\v',
  '\uffff',
  '🏳️‍🌈'.repeat(50),
];

const hostileString = fc.oneof(
  fc.constantFrom(...SQL_AND_HTML, ...MALFORMED_NUMBERS, ...STRANGE_CHARACTERS, '', ' '),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)), maxLength: 32 }),
  fc.integer({ min: 1, max: 400 }).map((count) => 'A/RES/'.repeat(count)),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, 2 ** 31 - 1, 2 ** 53, -1, 0, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER + 2),
);
/** Keys the inputs use, so random objects reach the fields, and prototype-pollution keys. */
const KEYS = [
  'id',
  'q',
  'symbol',
  'text',
  'from',
  'to',
  'mandateId',
  'projectId',
  'documentId',
  'cursor',
  'limit',
  'body',
  'status',
  'addressee',
  'session',
  'field',
  'value',
  'version',
  'email',
  'password',
  'name',
  'kind',
  'amount',
  'currency',
  'today',
  'unodcFacing',
  'number',
  '__proto__',
  'constructor',
  'prototype',
];

const { value: hostileValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 5 }),
  ),
}));

/** Bodies that are not what any procedure expects at all. */
const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
const RAW_PAYLOADS = [
  '',
  '{',
  'null',
  '"just a string"',
  '{"json":',
  `{"json":${deepArray}}`,
  `{"json":${deepObject}}`,
  deepArray,
  '{"json":{"id":1},"meta":{"values":{"id":["custom","Nope"]}}}',
  '{"json":{"id":"1"},"meta":{"values":{"id":["bigint"]}}}',
  '{"json":{"from":"x"},"meta":{"values":{"from":["Date"]}}}',
  '{"json":{"__proto__":{"polluted":true}}}',
  '{"0":{"json":{}},"1":{"json":{}}}',
  JSON.stringify({ json: { text: 'x'.repeat(1_100_000), q: 'y'.repeat(1_100_000) } }),
];

type Sent = { status: number; contentType: string; body: string; what: string };

async function send(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Sent> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    body,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: await response.text(),
    what: `${method} ${path.slice(0, 300)}${body === undefined ? '' : ` body ${body.slice(0, 300)}`}`,
  };
}

/**
 * Never a 500; a 4xx says what was wrong as JSON. (The body is checked, not the content type:
 * tRPC labels its answer to a batch mixing queries and mutations text/plain, JSON inside.)
 */
function expectHandled(sent: Sent): void {
  const shown = `${sent.what} -> ${sent.status} ${sent.contentType} ${sent.body.slice(0, 500)}`;
  expect(sent.status, shown).toBeLessThan(500);
  if (sent.status >= 400) {
    let parsed: unknown;
    expect(() => (parsed = JSON.parse(sent.body)), shown).not.toThrow();
    expect(JSON.stringify(parsed), shown).toMatch(/"(error|message)"/);
    // Errors never carry a stack trace to the client.
    expect(sent.body, shown).not.toMatch(/"stack"|at \S+ \(file:/);
  }
}

/** Every table's row count and a checksum of its full content. */
async function tableChecksums(db: Kysely<Database>): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const table of await listAppTables(db)) {
    const order = sql.join(
      (table.primaryKey.length > 0 ? table.primaryKey : table.columns).map((column) => sql.ref(column)),
    );
    const { rows } = await sql<{ rows: string | number; sum: string | null }>`
      select count(*) as rows, md5(string_agg(to_jsonb(t)::text, ',' order by ${order})) as sum
      from ${sql.table(table.name)} as t
    `.execute(db);
    sums[table.name] = `${rows[0]?.rows}:${rows[0]?.sum ?? ''}`;
  }
  return sums;
}

describeEachEngine(`fuzz: hostile public input (seed ${SEED})`, (getDb, engine) => {
  let server: { baseUrl: string; close(): Promise<void> };
  let before: Record<string, string>;

  /** A tRPC call as a browser of this site would make it (so CSRF checks pass and input is read). */
  const callProcedure = (path: string, type: string, payload: string): Promise<Sent> => {
    const url = `/trpc/${path}?input=${encodeURIComponent(payload)}`;
    if (type === 'query' && url.length <= MAX_URL_LENGTH) return send(server.baseUrl, 'GET', url);
    return send(server.baseUrl, 'POST', `/trpc/${path}`, payload, {
      origin: server.baseUrl,
      'x-mandate-tracker-csrf': '1',
    });
  };

  beforeAll(async () => {
    await loadSample(getDb());
    server = await listenOnFreePort(
      createApp({ database: { db: getDb(), engine }, logger: pino({ level: 'silent' }), webDistDir: tmpdir() }),
    );
    before = await tableChecksums(getDb());
  });
  afterAll(async () => {
    await server?.close();
  });

  it('knows every procedure, and every procedure input is bounded', () => {
    expect(procedures.length).toBeGreaterThan(30);
    expect(procedures.map((procedure) => procedure.path)).toEqual(
      expect.arrayContaining(['mandates.list', 'documents.import', 'projects.create', 'health.status']),
    );
    const problems = procedures.flatMap(({ path, inputs }) => inputs.flatMap((input) => unboundedParts(input, path)));
    expect(problems).toEqual([]);
  });

  it('answers malformed, deep and oversized payloads to every procedure with a 4xx', async () => {
    for (const { path, type } of procedures) {
      for (const payload of RAW_PAYLOADS) {
        expectHandled(await callProcedure(path, type, payload));
      }
      // A mutation asked for with GET, a query with a cross-site POST.
      expectHandled(
        await send(
          server.baseUrl,
          type === 'query' ? 'POST' : 'GET',
          `/trpc/${path}`,
          type === 'query' ? '{}' : undefined,
        ),
      );
    }
    expectHandled(await send(server.baseUrl, 'GET', '/trpc/no.such.procedure?input=%7B%7D'));
    expectHandled(
      await send(
        server.baseUrl,
        'GET',
        `/trpc/${procedures
          .map((p) => p.path)
          .slice(0, 20)
          .join(',')}?batch=1&input=${encodeURIComponent('{"0":')}`,
      ),
    );
  }, 240_000);

  it('never answers random and hostile procedure inputs with a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...procedures),
        hostileValue,
        fc.boolean(),
        async (procedure, value, wrapped) => {
          const payload = JSON.stringify(wrapped ? { json: value } : value) ?? 'null';
          expectHandled(await callProcedure(procedure.path, procedure.type, payload));
        },
      ),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  }, 120_000);

  it('never answers hostile query strings and bodies on the plain HTTP routes with a 500', async () => {
    const FILTER_KEYS = [
      'body',
      'addressee',
      'verb',
      'status',
      'session',
      'project',
      'projectId',
      'documentId',
      'resolutionId',
      'funded',
      'dueFrom',
      'dueTo',
      'owner',
      'subject',
      'q',
      'unodcFacing',
      'symbol',
      'x[y][z]',
      'body[]',
    ];
    const query = fc.array(
      fc.tuple(fc.constantFrom(...FILTER_KEYS), fc.oneof(hostileString, hostileNumber.map(String))),
      { maxLength: 6 },
    );
    const routes = [
      '/calendar.ics',
      '/export/mandates.csv',
      '/export/mandates.json',
      '/api/import',
      '/api/no-such-route',
      '/healthz',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        query,
        hostileString,
        fc.boolean(),
        async (route, pairs, bodyText, withToken) => {
          const search = new URLSearchParams(pairs).toString().slice(0, MAX_URL_LENGTH);
          const path = `${route}?${search}`;
          const sent =
            route === '/api/import'
              ? await send(server.baseUrl, 'POST', path, bodyText, {
                  'content-type': 'text/plain',
                  ...(withToken ? { authorization: `Bearer mt_${encodeURIComponent(bodyText).slice(0, 200)}` } : {}),
                })
              : await send(server.baseUrl, 'GET', path);
          expectHandled(sent);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // A document-sized and a too-large upload from the public.
    expectHandled(
      await send(server.baseUrl, 'POST', '/api/import', 'x'.repeat(1_100_000), { 'content-type': 'text/plain' }),
    );
    expectHandled(
      await send(server.baseUrl, 'POST', '/api/import', 'x'.repeat(7 * 1024 * 1024), { 'content-type': 'text/plain' }),
    );
  }, 120_000);

  it('changed no table and still answers', async () => {
    expect(await tableChecksums(getDb())).toEqual(before);
    const health = await fetch(`${server.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });
});
