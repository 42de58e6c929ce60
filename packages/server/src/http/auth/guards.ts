import { actorHasRole, type Role } from '@mandate-tracker/shared';
import { TRPCError } from '@trpc/server';
import express from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { appErrorOfDatabaseFailure } from '../../db/database-failures.ts';
import { AppError } from '../../domain/errors.ts';
import { TRPC_BODY_TOO_LARGE, trpcErrorOf } from '../../trpc/trpc.ts';
import { crossSiteRefusal } from './csrf.ts';
import type { RateLimits } from './rate-limits.ts';
import { authenticate, requestAuth } from './request-auth.ts';

type Middleware = (request: express.Request, response: express.Response, next: (error?: unknown) => void) => void;

function refusal(response: express.Response, request: express.Request, status: number, code: string, message: string) {
  response.status(status).json({ error: { code, message, requestId: request.id } });
}

/** Plain routes under /api: refuses possibly forged cookie requests with 403. */
export function refuseCrossSiteRequests(trustedOrigins: readonly string[]): express.RequestHandler {
  return (request, response, next) => {
    const reason = crossSiteRefusal(request, { trustedOrigins, anonymousToo: false });
    if (reason === null) next();
    else refusal(response, request, 403, 'CSRF', reason);
  };
}

/** Plain routes: establishes the caller (cookie or bearer token); 401 for a bad token. */
export function authenticateRequests(db: Kysely<Database>): express.RequestHandler {
  return async (request, response, next) => {
    try {
      await authenticate(db, request, response);
      next();
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHORIZED') {
        refusal(response, request, 401, error.code, error.message);
        return;
      }
      next(error);
    }
  };
}

/** Plain routes: 401 for the public, 403 for a role not in `allowed` or a pending password change. */
export function requireRoleOverHttp(allowed: readonly Role[]): express.RequestHandler {
  return (request, response, next) => {
    const { actor } = requestAuth(request);
    if (actor === null) {
      refusal(
        response,
        request,
        401,
        'UNAUTHORIZED',
        'Sign in, or send "Authorization: Bearer mt_…" with an API token',
      );
    } else if (actor.mustChangePassword === true) {
      refusal(response, request, 403, 'FORBIDDEN', 'Choose a new password first');
    } else if (!actorHasRole(actor, allowed)) {
      refusal(response, request, 403, 'FORBIDDEN', `The ${actor.role} role may not do this`);
    } else {
      next();
    }
  };
}

/** The procedures a tRPC request calls: `/trpc/a.b,c.d?batch=1` → ['a.b', 'c.d']. */
function proceduresOf(request: express.Request): string[] {
  return request.path.replace(/^\//, '').split(',');
}

function toTrpcError(error: unknown): unknown {
  if (error instanceof AppError) return trpcErrorOf(error);
  const databaseFailure = appErrorOfDatabaseFailure(error);
  return databaseFailure === null ? error : trpcErrorOf(databaseFailure);
}

/** Body-parser failures (bad JSON, too large) as the tRPC errors a client expects. */
function bodyParserError(error: unknown): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return payloadTooLarge();
  if (typeof type === 'string')
    return new TRPCError({ code: 'BAD_REQUEST', message: 'The request body is not valid JSON', cause: error });
  return error;
}

function payloadTooLarge(): TRPCError {
  return new TRPCError({ code: 'PAYLOAD_TOO_LARGE', message: TRPC_BODY_TOO_LARGE });
}

// A sign-in body holds an email and a password; anything bigger is not one.
const LOGIN_BODY_LIMIT = '64kb';
// `{"json":{"email":…,"password":…}}`, perhaps inside a batch, is three or four levels deep.
const LOGIN_BODY_MAX_DEPTH = 8;

/**
 * How deeply `value` nests, counted without recursion and stopping past `limit`: the tRPC
 * adapter re-serialises a body already parsed here, and JSON.stringify overflows the stack on
 * thousands of levels, so a deep sign-in body must be refused before it gets there.
 */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return true;
    level = level.flatMap((item) => (item !== null && typeof item === 'object' ? Object.values(item) : []));
  }
  return false;
}

/**
 * Runs before every tRPC request (the adapter's `middleware` option), handing refusals to tRPC
 * as TRPCErrors so clients read them like any other error: the CSRF check (for every unsafe
 * request, sign-in included), the body size limit by Content-Length (the adapter's
 * `maxBodySize` also stops bodies without one), the caller, and the sign-in and import limits.
 */
export function trpcRequestGuards(options: {
  db: Kysely<Database>;
  trustedOrigins: readonly string[];
  rateLimits: RateLimits;
  maxBodyBytes: number;
}): Middleware {
  const parseLoginBody = express.json({ limit: LOGIN_BODY_LIMIT });
  return (request, response, next) => {
    const reason = crossSiteRefusal(request, { trustedOrigins: options.trustedOrigins, anonymousToo: true });
    if (reason !== null) {
      next(new TRPCError({ code: 'FORBIDDEN', message: reason }));
      return;
    }
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    if (declaredLength > options.maxBodyBytes) {
      next(payloadTooLarge());
      return;
    }
    const procedures = proceduresOf(request);
    const limitImport = (error?: unknown) => {
      if (error !== undefined) next(error);
      else if (procedures.includes('documents.import')) options.rateLimits.import(request, response, next);
      else next();
    };
    const limitLogin = () => {
      if (!procedures.includes('auth.login')) {
        limitImport();
        return;
      }
      parseLoginBody(request, response, (error?: unknown) => {
        if (error !== undefined) next(bodyParserError(error));
        else if (nestsDeeperThan(request.body, LOGIN_BODY_MAX_DEPTH)) {
          // The adapter re-serialises the parsed body even to answer with an error.
          request.body = {};
          next(new TRPCError({ code: 'BAD_REQUEST', message: 'A sign-in request holds an email and a password only' }));
        } else options.rateLimits.login(request, response, limitImport);
      });
    };
    authenticate(options.db, request, response).then(limitLogin, (error: unknown) => next(toTrpcError(error)));
  };
}
