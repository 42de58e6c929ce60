import { randomUUID } from 'node:crypto';
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { Kysely } from 'kysely';
import superjson from 'superjson';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/database.ts';
import type { Database } from '../db/types.ts';
import { AppError, type AppErrorCode } from '../domain/errors.ts';

/** What every procedure receives. */
export interface TrpcContext {
  db: Kysely<Database>;
  engine: DatabaseHandle['engine'];
  /** The request id also found in the logs and the `x-request-id` response header. */
  requestId: string;
}

/**
 * Builds the context for one call. The HTTP adapter passes the request id; tests and scripts
 * calling through `createCallerFactory` may omit it.
 */
export function createContext(
  database: Pick<DatabaseHandle, 'db' | 'engine'>,
  requestId: string = randomUUID(),
): TrpcContext {
  return { db: database.db, engine: database.engine, requestId };
}

/** The one place AppError codes become tRPC codes (and so HTTP statuses). */
const trpcCodeOfAppError: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_DOCUMENT: 'UNPROCESSABLE_CONTENT',
  BAD_REQUEST: 'BAD_REQUEST',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const appError = error.cause instanceof AppError ? error.cause : null;
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    return {
      ...shape,
      // Unexpected failures may carry SQL or paths; the client gets the request id to quote instead.
      message: internal ? `Internal server error (request ${ctx?.requestId ?? 'unknown'})` : shape.message,
      data: {
        ...shape.data,
        appCode: appError?.code ?? null,
        details: appError?.details ?? null,
        zodError: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

/** Turns an AppError thrown by domain code into the matching TRPCError, keeping it as cause. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const appError = result.error.cause;
    throw new TRPCError({ code: trpcCodeOfAppError[appError.code], message: appError.message, cause: appError });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(mapAppErrors);
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;
