import type { Kysely } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/types.ts';
import { createApiToken, createUser, revokeApiToken } from '../../src/domain/accounts/index.ts';
import { createApp } from '../../src/http/app.ts';
import { MAX_TRPC_BODY_BYTES } from '../../src/trpc/trpc.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { clearTables, describeEachEngine, type EngineName } from '../helpers/engines.ts';
import { listenOnFreePort } from '../helpers/http.ts';
import { callProcedure, resultOf, sameSiteHeaders, sessionCookieOf, signInOverHttp } from '../helpers/http-auth.ts';
import { corpusText, rowCounts } from '../imports/corpus.ts';

const write = { actor: TEST_ACTORS.admin };
const PASSWORD = 'a long test password';

async function serve(db: Kysely<Database>, engine: EngineName, options: { trustProxy?: string } = {}) {
  return listenOnFreePort(
    createApp({
      database: { db, engine },
      logger: pino({ level: 'silent' }),
      webDistDir: '/nonexistent',
      trustProxy: options.trustProxy,
    }),
  );
}

type ErrorBody = { error: { json: { message: string; data: { code: string; httpStatus: number } } } };

describeEachEngine('HTTP sign-in, CSRF, tokens and limits', (getDb, engine) => {
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ baseUrl, close } = await serve(getDb(), engine));
  });
  afterAll(() => close());

  let plannerId = 0;
  beforeEach(async () => {
    await clearTables(getDb(), { keep: ['body', 'session'] });
    plannerId = (
      await createUser(getDb(), write, { email: 'planner@example.org', role: 'planner', password: PASSWORD })
    ).user.id;
    await createUser(getDb(), write, { email: 'donor@example.org', role: 'donor', password: PASSWORD });
  });

  describe('sign-in and sign-out', () => {
    it('sets an httpOnly, SameSite=Lax, path-wide session cookie without Secure over plain http', async () => {
      const response = await callProcedure(baseUrl, 'auth.login', 'mutation', {
        email: 'Planner@Example.org',
        password: PASSWORD,
      });
      expect(response.status).toBe(200);
      expect(await resultOf(response)).toEqual({
        id: plannerId,
        email: 'planner@example.org',
        role: 'planner',
        mustChangePassword: false,
      });
      const [header] = response.headers.getSetCookie();
      expect(header).toMatch(/^mt_session=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);
      const me = await callProcedure(baseUrl, 'auth.me', 'query', undefined, {
        cookie: sessionCookieOf(response) ?? '',
      });
      expect(await resultOf(me)).toEqual({
        user: { id: plannerId, email: 'planner@example.org', role: 'planner', mustChangePassword: false },
      });
    });

    it('marks the cookie Secure when a trusted proxy says the request came over https', async () => {
      const proxied = await serve(getDb(), engine, { trustProxy: 'loopback' });
      try {
        const response = await callProcedure(
          proxied.baseUrl,
          'auth.login',
          'mutation',
          { email: 'planner@example.org', password: PASSWORD },
          { headers: { 'x-forwarded-proto': 'https', origin: proxied.baseUrl.replace('http:', 'https:') } },
        );
        expect(response.status).toBe(200);
        expect(response.headers.getSetCookie()[0]).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
      } finally {
        await proxied.close();
      }
    });

    it('answers a wrong password with 401 and sets no cookie', async () => {
      const response = await callProcedure(baseUrl, 'auth.login', 'mutation', {
        email: 'planner@example.org',
        password: 'not the password',
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.json.message).toBe('Wrong email or password');
      expect(sessionCookieOf(response)).toBeNull();
    });

    it('signs out: deletes the session, clears the cookie, and the old cookie is the public again', async () => {
      const cookie = await signInOverHttp(baseUrl, 'planner@example.org', PASSWORD);
      const logout = await callProcedure(baseUrl, 'auth.logout', 'mutation', undefined, { cookie });
      expect(logout.status).toBe(200);
      expect(logout.headers.getSetCookie()[0]).toMatch(/^mt_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);
      expect(await getDb().selectFrom('user_sessions').selectAll().execute()).toEqual([]);
      const me = await callProcedure(baseUrl, 'auth.me', 'query', undefined, { cookie });
      expect(await resultOf(me)).toEqual({ user: null });
      const write = await callProcedure(baseUrl, 'projects.create', 'mutation', { code: 'X', title: 'X' }, { cookie });
      expect(write.status).toBe(401);
    });

    it('lets a user with a one-time password do nothing but change it', async () => {
      const { temporaryPassword } = await createUser(getDb(), write, { email: 'new@example.org', role: 'planner' });
      const cookie = await signInOverHttp(baseUrl, 'new@example.org', temporaryPassword ?? '');
      const blocked = await callProcedure(baseUrl, 'apiTokens.list', 'query', undefined, { cookie });
      expect(blocked.status).toBe(403);
      expect(((await blocked.json()) as ErrorBody).error.json.message).toMatch(/new password first/);
      const changed = await callProcedure(
        baseUrl,
        'auth.changePassword',
        'mutation',
        { currentPassword: temporaryPassword, newPassword: 'my very own password' },
        { cookie },
      );
      expect(changed.status).toBe(200);
      expect(await resultOf(changed)).toMatchObject({ mustChangePassword: false });
      expect((await callProcedure(baseUrl, 'apiTokens.list', 'query', undefined, { cookie })).status).toBe(200);
    });
  });

  describe('CSRF', () => {
    it('refuses a cookie write without the CSRF header, from another origin, or without any origin', async () => {
      const cookie = await signInOverHttp(baseUrl, 'planner@example.org', PASSWORD);
      const input = { code: 'CSRF1', title: 'Forged' };
      const cases: [Record<string, string>, RegExp][] = [
        [{ 'x-mandate-tracker-csrf': '' }, /send the header "x-mandate-tracker-csrf: 1"/],
        [{ origin: 'https://evil.example' }, /origin https:\/\/evil.example is not this site/],
        [{ origin: 'null' }, /no Origin or Referer/],
      ];
      for (const [headers, message] of cases) {
        const response = await callProcedure(baseUrl, 'projects.create', 'mutation', input, { cookie, headers });
        expect(response.status, JSON.stringify(headers)).toBe(403);
        expect(((await response.json()) as ErrorBody).error.json.message).toMatch(message);
      }
      expect(await getDb().selectFrom('project').selectAll().execute()).toEqual([]);

      // A plain form post from another site: no custom header, foreign origin.
      const formPost = await fetch(`${baseUrl}/trpc/projects.create`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'text/plain', origin: 'https://evil.example' },
        body: JSON.stringify({ json: input }),
      });
      expect([403, 415]).toContain(formPost.status);
      expect(await getDb().selectFrom('project').selectAll().execute()).toEqual([]);

      // The same write with the header and a same-site Referer instead of Origin goes through.
      const sameSite = await callProcedure(baseUrl, 'projects.create', 'mutation', input, {
        cookie,
        headers: { origin: '', referer: `${baseUrl}/projects` },
      });
      expect(sameSite.status).toBe(200);
    });

    it('also guards sign-in (login CSRF) but not reads', async () => {
      const login = await callProcedure(
        baseUrl,
        'auth.login',
        'mutation',
        { email: 'planner@example.org', password: PASSWORD },
        { headers: { 'x-mandate-tracker-csrf': '', origin: '' } },
      );
      expect(login.status).toBe(403);
      expect(sessionCookieOf(login)).toBeNull();
      const read = await fetch(`${baseUrl}/trpc/auth.me`);
      expect(read.status).toBe(200);
    });

    it('refuses a cookie import from another site with 403 JSON, before reading the body', async () => {
      const cookie = await signInOverHttp(baseUrl, 'planner@example.org', PASSWORD);
      const before = await rowCounts(getDb());
      const response = await fetch(`${baseUrl}/api/import`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'text/plain', origin: 'https://evil.example' },
        body: corpusText('A-RES-65-232.txt'),
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({
        error: { code: 'CSRF', message: expect.stringMatching(/Cross-site request refused/) },
      });
      expect(await rowCounts(getDb())).toEqual(before);
    });
  });

  describe('POST /api/import with an API token', () => {
    it('imports with a planner token from any origin and without the CSRF header; refuses revoked and bad tokens', async () => {
      const token = await createApiToken(getDb(), write, { userId: plannerId, name: 'script' });
      const post = (authorization: string | undefined) =>
        fetch(`${baseUrl}/api/import`, {
          method: 'POST',
          headers: {
            'content-type': 'text/plain',
            origin: 'https://elsewhere.example',
            ...(authorization !== undefined && { authorization }),
          },
          body: corpusText('A-RES-65-232.txt'),
        });
      const created = await post(`Bearer ${token.token}`);
      expect(created.status).toBe(201);
      expect(await created.json()).toMatchObject({ status: 'created', symbol: 'A/RES/65/232' });
      const used = await getDb().selectFrom('api_tokens').select('last_used_at').executeTakeFirstOrThrow();
      expect(used.last_used_at).toBeInstanceOf(Date);

      await revokeApiToken(getDb(), write, { userId: plannerId, id: token.id });
      const before = await rowCounts(getDb());
      for (const authorization of [`Bearer ${token.token}`, 'Bearer mt_nonsense', 'Basic cGxhbm5lcjpwdw==']) {
        const refused = await post(authorization);
        expect(refused.status, authorization).toBe(401);
        expect(await refused.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
      }
      expect((await post(undefined)).status).toBe(401);
      expect(await rowCounts(getDb())).toEqual(before);
    });

    it('lets a signed-in planner import with the cookie and CSRF header; refuses a donor with 403', async () => {
      const planner = await signInOverHttp(baseUrl, 'planner@example.org', PASSWORD);
      const donor = await signInOverHttp(baseUrl, 'donor@example.org', PASSWORD);
      const post = (cookie: string) =>
        fetch(`${baseUrl}/api/import`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'text/plain', ...sameSiteHeaders(baseUrl) },
          body: corpusText('A-RES-65-232.txt'),
        });
      const refused = await post(donor);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({
        error: { code: 'FORBIDDEN', message: 'The donor role may not do this' },
      });
      expect((await post(planner)).status).toBe(201);
    });

    it('creates tokens only for signed-in planners and admins, shows them once, and lists them without the secret', async () => {
      const planner = await signInOverHttp(baseUrl, 'planner@example.org', PASSWORD);
      const created = await resultOf<{ id: number; name: string; prefix: string; token: string }>(
        await callProcedure(baseUrl, 'apiTokens.create', 'mutation', { name: 'nightly' }, { cookie: planner }),
      );
      expect(created.token).toMatch(/^mt_/);
      const listed = await resultOf<unknown[]>(
        await callProcedure(baseUrl, 'apiTokens.list', 'query', undefined, { cookie: planner }),
      );
      expect(listed).toEqual([expect.objectContaining({ id: created.id, name: 'nightly', prefix: created.prefix })]);
      expect(JSON.stringify(listed)).not.toContain(created.token);
      // A token cannot mint more tokens.
      const minted = await callProcedure(
        baseUrl,
        'apiTokens.create',
        'mutation',
        { name: 'x' },
        { bearer: created.token },
      );
      expect(minted.status).toBe(403);
    });
  });

  describe('limits', () => {
    it('answers 429 after 10 failed sign-ins for one email from one address, counting that email only', async () => {
      const attempt = (email: string, password: string) =>
        callProcedure(baseUrl, 'auth.login', 'mutation', { email, password });
      for (let failure = 1; failure <= 10; failure += 1) {
        expect((await attempt('donor@example.org', `wrong guess ${failure}`)).status).toBe(401);
      }
      const limited = await attempt('donor@example.org', PASSWORD);
      expect(limited.status).toBe(429);
      expect(((await limited.json()) as ErrorBody).error.json.message).toMatch(
        /^Too many failed sign-ins for this email from your address: try again in \d+ minutes\.$/,
      );
      expect(limited.headers.get('ratelimit-policy')).toBe('10;w=900');
      // Another account from the same address is not locked out.
      expect((await attempt('planner@example.org', PASSWORD)).status).toBe(200);
    });

    it('answers 429 to the 31st import within a minute by the same user', async () => {
      // An app of its own: the limiter counts per app, and other tests import as the same user id.
      const fresh = await serve(getDb(), engine);
      const token = await createApiToken(getDb(), write, { userId: plannerId, name: 'busy script' });
      const post = () =>
        fetch(`${fresh.baseUrl}/api/import`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token.token}`, 'content-type': 'text/plain' },
          body: '',
        });
      for (let request = 1; request <= 30; request += 1) expect((await post()).status).toBe(400);
      const limited = await post();
      expect(limited.status).toBe(429);
      expect(await limited.json()).toMatchObject({
        error: { code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/at most 30 per minute/) },
      });
      await fresh.close();
    });

    it(`refuses a tRPC body over ${MAX_TRPC_BODY_BYTES / 1024 / 1024} MB with 413, declared or streamed, but takes a 5 MB document`, async () => {
      const cookie = await signInOverHttp(baseUrl, 'planner@example.org', PASSWORD);
      const headers = { cookie, 'content-type': 'application/json', ...sameSiteHeaders(baseUrl) };
      const oversized = JSON.stringify({ json: { text: 'a'.repeat(MAX_TRPC_BODY_BYTES) } });
      const declared = await fetch(`${baseUrl}/trpc/documents.preview`, { method: 'POST', headers, body: oversized });
      expect(declared.status).toBe(413);
      expect(((await declared.json()) as ErrorBody).error.json.message).toBe(
        'The request body is larger than the 6 MB limit',
      );

      const bytes = new TextEncoder().encode(oversized);
      const streamed = await fetch(`${baseUrl}/trpc/documents.preview`, {
        method: 'POST',
        headers,
        body: new ReadableStream({
          start(controller) {
            for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
              controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
            }
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(((await streamed.json()) as ErrorBody).error.json.message).toBe(
        'The request body is larger than the 6 MB limit',
      );

      // A document at the 5 MB limit, with a line break every 60 characters, still reaches the domain.
      const line = `${'word '.repeat(11)}word\n`;
      const document = line.repeat(Math.floor((5 * 1024 * 1024) / line.length));
      const atLimit = await callProcedure(baseUrl, 'documents.preview', 'mutation', { text: document }, { cookie });
      expect(atLimit.status).not.toBe(413);
    });
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    for (const path of ['/healthz', '/trpc/auth.me', '/', '/calendar.ics']) {
      const response = await fetch(`${baseUrl}${path}`);
      const headers = Object.fromEntries(response.headers);
      expect(headers['content-security-policy'], path).toBe(
        "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
      );
      expect(headers, path).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
      });
      expect(headers['x-powered-by'], path).toBeUndefined();
    }
  });
});
