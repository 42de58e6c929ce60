import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '@mandate-tracker/shared';
import type express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser } from '../../src/domain/accounts/index.ts';
import { createApp } from '../../src/http/app.ts';
import { appRouter } from '../../src/trpc/root.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { listenOnFreePort } from '../helpers/http.ts';
import { callProcedure, sameSiteHeaders, signInOverHttp } from '../helpers/http-auth.ts';
import { resetDatabase } from '../planning/reference-data.ts';

/** Who may call: anyone, any signed-in user, planners and admins, or admins only. */
type Access = 'public' | 'signed-in' | 'planner' | 'admin';
type Caller = 'public' | Role;
type Outcome = 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN';

/**
 * THE POLICY: every tRPC procedure and who may call it. Adding a procedure without a line here
 * fails this test, so each new procedure gets a deliberate decision.
 */
const PROCEDURE_ACCESS: Record<string, Access> = {
  'health.status': 'public',
  'auth.me': 'public',
  'auth.login': 'public',
  'auth.logout': 'public',
  'auth.changePassword': 'signed-in',
  'users.list': 'admin',
  'users.create': 'admin',
  'users.update': 'admin',
  'users.resetPassword': 'admin',
  'apiTokens.list': 'planner',
  'apiTokens.create': 'planner',
  'apiTokens.revoke': 'planner',
  'audit.forEntity': 'signed-in',
  'audit.list': 'admin',
  // Documents, mandates, search, sessions, calendar: read by the public, written by planners.
  'documents.list': 'public',
  'documents.get': 'public',
  'documents.import': 'planner',
  'documents.preview': 'planner',
  'documents.updateResolution': 'planner',
  'mandates.list': 'public',
  'mandates.get': 'public',
  'mandates.update': 'planner',
  'mandates.override': 'planner',
  'mandates.clearOverride': 'planner',
  'mandates.suggestions': 'signed-in',
  'mandates.acceptSuggestion': 'planner',
  'mandates.dismissSuggestion': 'planner',
  'search.paragraphs': 'public',
  'sessions.list': 'public',
  'sessions.get': 'public',
  'calendar.range': 'public',
  'calendar.forMandate': 'public',
  'stats.dashboard': 'public',
  'deliverables.list': 'public',
  'deliverables.get': 'public',
  'deliverables.create': 'planner',
  'deliverables.update': 'planner',
  'deliverables.remove': 'planner',
  'projects.list': 'public',
  'projects.get': 'public',
  'projects.create': 'planner',
  'projects.update': 'planner',
  'projects.remove': 'planner',
  'projects.linkMandate': 'planner',
  'projects.unlinkMandate': 'planner',
  'budgetLines.list': 'public',
  'budgetLines.get': 'public',
  'budgetLines.create': 'planner',
  'budgetLines.update': 'planner',
  'budgetLines.remove': 'planner',
  'budgetLines.linkMandate': 'planner',
  'budgetLines.unlinkMandate': 'planner',
  // Funding: aggregate figures are public; who gave what (donors, contributions) needs an account.
  'funding.summary': 'public',
  'funding.byFund': 'public',
  'funding.byTheme': 'public',
  'funding.forMandate': 'public',
  'funding.byDonor': 'signed-in',
  'donors.list': 'signed-in',
  'donors.get': 'signed-in',
  'donors.create': 'planner',
  'donors.update': 'planner',
  'donors.remove': 'planner',
  'contributions.list': 'signed-in',
  'contributions.get': 'signed-in',
  'contributions.create': 'planner',
  'contributions.update': 'planner',
  'contributions.remove': 'planner',
};

/** Every plain HTTP route (method and Express path), who may call it, and a URL to try. */
const ROUTE_ACCESS: Record<string, { access: Access; url: string }> = {
  'GET /healthz': { access: 'public', url: '/healthz' },
  'POST /api/import': { access: 'planner', url: '/api/import' },
  'GET /calendar.ics': { access: 'public', url: '/calendar.ics' },
  'GET /export/mandates.csv': { access: 'public', url: '/export/mandates.csv' },
  'GET /export/mandates.json': { access: 'public', url: '/export/mandates.json' },
  'GET /{*splat}': { access: 'public', url: '/mandates/1' },
};

/** The expected answer for each access level and caller. */
const OUTCOMES: Record<Access, Record<Caller, Outcome>> = {
  public: { public: 'allowed', donor: 'allowed', planner: 'allowed', admin: 'allowed' },
  'signed-in': { public: 'UNAUTHORIZED', donor: 'allowed', planner: 'allowed', admin: 'allowed' },
  planner: { public: 'UNAUTHORIZED', donor: 'FORBIDDEN', planner: 'allowed', admin: 'allowed' },
  admin: { public: 'UNAUTHORIZED', donor: 'FORBIDDEN', planner: 'FORBIDDEN', admin: 'allowed' },
};

const CALLERS: readonly Caller[] = ['public', 'donor', 'planner', 'admin'];

function outcomeOf(status: number): Outcome | `other ${number}` {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  // Inputs here are deliberately empty, so "allowed" may well be 400 or 404: the role check passed.
  return status >= 200 && status < 500 ? 'allowed' : `other ${status}`;
}

/** Every route of the Express app as `METHOD path`, read from its router stack (Express 5 internals). */
function listRoutes(app: express.Express): string[] {
  interface Layer {
    route?: { path: string; methods: Record<string, boolean> };
    handle?: { stack?: Layer[] };
  }
  const routes: string[] = [];
  const walk = (stack: readonly Layer[]) => {
    for (const layer of stack) {
      if (layer.route !== undefined) {
        for (const method of Object.keys(layer.route.methods))
          routes.push(`${method.toUpperCase()} ${layer.route.path}`);
      } else if (layer.handle?.stack !== undefined) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return routes.sort();
}

const PASSWORD = 'role matrix password';

describeEachEngine('role matrix: every procedure and route × public, donor, planner, admin', (getDb, engine) => {
  const webDistDir = mkdtempSync(path.join(tmpdir(), 'mt-role-matrix-web-'));
  writeFileSync(path.join(webDistDir, 'index.html'), '<!doctype html><title>mandate-tracker</title>');
  let app: express.Express | undefined;
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  const cookies = new Map<Caller, string | undefined>([['public', undefined]]);

  beforeAll(async () => {
    await resetDatabase(getDb());
    for (const role of ['admin', 'planner', 'donor'] as const) {
      await createUser(
        getDb(),
        { actor: TEST_ACTORS.admin },
        { email: `${role}@matrix.test`, role, password: PASSWORD },
      );
    }
    app = createApp({ database: { db: getDb(), engine }, logger: pino({ level: 'silent' }), webDistDir });
    ({ baseUrl, close } = await listenOnFreePort(app));
    for (const role of ['admin', 'planner', 'donor'] as const) {
      cookies.set(role, await signInOverHttp(baseUrl, `${role}@matrix.test`, PASSWORD));
    }
  });
  afterAll(async () => {
    await close();
    rmSync(webDistDir, { recursive: true, force: true });
  });

  it('lists every procedure of appRouter in the policy table, and nothing else', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures).toEqual(Object.keys(PROCEDURE_ACCESS).sort());
  });

  it('lists every HTTP route of the app in the policy table, and nothing else', () => {
    if (app === undefined) throw new Error('the app did not start');
    expect(listRoutes(app)).toEqual(Object.keys(ROUTE_ACCESS).sort());
  });

  it('answers every procedure as the table says for each caller, over HTTP', async () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' } }>;
    const mismatches: string[] = [];
    for (const [name, access] of Object.entries(PROCEDURE_ACCESS)) {
      const type = procedures[name]?._def.type ?? 'query';
      for (const caller of CALLERS) {
        // Signing out ends the session it is sent with, so it gets a session of its own.
        const cookie =
          name === 'auth.logout' && caller !== 'public'
            ? await signInOverHttp(baseUrl, `${caller}@matrix.test`, PASSWORD)
            : cookies.get(caller);
        const response = await callProcedure(baseUrl, name, type, null, { cookie });
        const answer = outcomeOf(response.status);
        const expected = OUTCOMES[access][caller];
        if (answer !== expected)
          mismatches.push(`${name} as ${caller}: ${answer} (${response.status}), expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

  it('answers every HTTP route as the table says for each caller', async () => {
    const mismatches: string[] = [];
    for (const [route, { access, url }] of Object.entries(ROUTE_ACCESS)) {
      const method = route.split(' ')[0] ?? 'GET';
      for (const caller of CALLERS) {
        const cookie = cookies.get(caller);
        const response = await fetch(`${baseUrl}${url}`, {
          method,
          headers: {
            ...sameSiteHeaders(baseUrl),
            ...(cookie !== undefined && { cookie }),
            'content-type': 'text/plain',
          },
          ...(method === 'POST' && { body: '' }),
        });
        const answer = outcomeOf(response.status);
        const expected = OUTCOMES[access][caller];
        if (answer !== expected)
          mismatches.push(`${route} as ${caller}: ${answer} (${response.status}), expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
