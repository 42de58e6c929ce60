import { randomUUID } from 'node:crypto';
import { actorHasRole, PLANNING_ROLES, ROLES, type Actor, type Role } from '@mandate-tracker/shared';
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { Kysely } from 'kysely';
import superjson from 'superjson';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/database.ts';
import type { Database } from '../db/types.ts';
import { appErrorOfDatabaseFailure } from '../db/database-failures.ts';
import { AppError, type AppErrorCode } from '../domain/errors.ts';

/** What every procedure receives. */
export interface TrpcContext {
  db: Kysely<Database>;
  engine: DatabaseHandle['engine'];
  /** The request id also found in the logs and the `x-request-id` response header. */
  requestId: string;
  /** Who is calling; `null` is the public (not signed in). */
  actor: Actor | null;
  /** The browser session behind the call (sign-in and sign-out set or clear its cookie). */
  session: SessionControl;
}

/** The browser session of a call over HTTP; calls made in-process get {@link NO_SESSION}. */
export interface SessionControl {
  /** The id of the session the request's cookie named, or null. */
  readonly currentSessionId: string | null;
  /** Sets the session cookie for a session that has just started. */
  start(token: string, expiresAt: Date): void;
  /** Clears the session cookie. */
  end(): void;
}

/** For callers without HTTP (tests, scripts): there is no cookie to set or clear. */
export const NO_SESSION: SessionControl = Object.freeze({ currentSessionId: null, start() {}, end() {} });

/**
 * Builds the context for one call. The HTTP adapter passes the request id and the actor it
 * authenticated; tests and scripts calling through `createCallerFactory` may omit the id.
 */
export function createContext(
  database: Pick<DatabaseHandle, 'db' | 'engine'>,
  options: { requestId?: string; actor?: Actor | null; session?: SessionControl } = {},
): TrpcContext {
  return {
    db: database.db,
    engine: database.engine,
    requestId: options.requestId ?? randomUUID(),
    actor: options.actor ?? null,
    session: options.session ?? NO_SESSION,
  };
}

/** The one place AppError codes become tRPC codes (and so HTTP statuses). */
const trpcCodeOfAppError: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_DOCUMENT: 'UNPROCESSABLE_CONTENT',
  BAD_REQUEST: 'BAD_REQUEST',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
};

/**
 * Largest tRPC request body: a 5 MB document previewed or imported through tRPC grows by its
 * JSON escapes (newlines, quotes) and the superjson envelope.
 */
export const MAX_TRPC_BODY_BYTES = 6 * 1024 * 1024;
export const TRPC_BODY_TOO_LARGE = `The request body is larger than the ${MAX_TRPC_BODY_BYTES / 1024 / 1024} MB limit`;

/** The TRPCError for an AppError, for code outside procedures (the HTTP adapter's guards). */
export function trpcErrorOf(appError: AppError): TRPCError {
  return new TRPCError({ code: trpcCodeOfAppError[appError.code], message: appError.message, cause: appError });
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  // Stack traces name files and libraries; they go to the log (with the request id), never to
  // clients, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const appError = error.cause instanceof AppError ? error.cause : null;
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    // The adapter's own body limit (bodies sent without Content-Length) names only the code.
    const tooLarge = error.code === 'PAYLOAD_TOO_LARGE' && shape.message === 'PAYLOAD_TOO_LARGE';
    return {
      ...shape,
      // Unexpected failures may carry SQL or paths; the client gets the request id to quote instead.
      message: internal
        ? `Internal server error (request ${ctx?.requestId ?? 'unknown'})`
        : tooLarge
          ? TRPC_BODY_TOO_LARGE
          : shape.message,
      data: {
        ...shape.data,
        appCode: appError?.code ?? null,
        details: appError?.details ?? null,
        zodError: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

/**
 * Turns an AppError thrown by domain code into the matching TRPCError, keeping it as cause;
 * a database that is down or unreachable becomes UNAVAILABLE (503), a value the database
 * refused BAD_REQUEST (400), instead of a 500.
 */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const appError =
      result.error.cause instanceof AppError ? result.error.cause : appErrorOfDatabaseFailure(result.error.cause);
    if (appError === null) return result;
    throw new TRPCError({ code: trpcCodeOfAppError[appError.code], message: appError.message, cause: appError });
  }
  return result;
});

/**
 * Refuses callers without one of `allowed` roles: UNAUTHORIZED for the public, FORBIDDEN otherwise,
 * and FORBIDDEN for a user who must still replace a one-time password (unless `pendingPasswordOk`).
 */
function requireRole(allowed: readonly Role[], options: { pendingPasswordOk?: boolean } = {}) {
  return t.middleware(({ ctx, next }) => {
    const { actor } = ctx;
    if (actor === null) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to do this' });
    if (actor.mustChangePassword === true && options.pendingPasswordOk !== true) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Choose a new password first (auth.changePassword)' });
    }
    if (!actorHasRole(actor, allowed)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `The ${actor.role} role may not do this` });
    }
    return next({ ctx: { ...ctx, actor } });
  });
}

export const router = t.router;
/** Anyone, signed in or not: reads of documents, mandates, calendar and aggregate figures. */
export const publicProcedure = t.procedure.use(mapAppErrors);
/** Any signed-in user (admin, planner, donor): reads that include contribution details. */
export const signedInProcedure = publicProcedure.use(requireRole(ROLES));
/** Any signed-in user, also one still holding a one-time password: changing one's password. */
export const passwordChangeProcedure = publicProcedure.use(requireRole(ROLES, { pendingPasswordOk: true }));
/** Planners and admins: every write to documents and planning data. */
export const plannerProcedure = publicProcedure.use(requireRole(PLANNING_ROLES));
/** Admins only: users, roles and the whole audit log. */
export const adminProcedure = publicProcedure.use(requireRole(['admin']));
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;
