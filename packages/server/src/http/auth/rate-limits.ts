import { TRPCError } from '@trpc/server';
import type express from 'express';
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import type { Logger } from '../../logger.ts';
import { requestAuth } from './request-auth.ts';

/** Failed sign-ins allowed per client address and email within {@link LOGIN_WINDOW_MS}. */
export const LOGIN_ATTEMPTS = 10;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Imports allowed per signed-in user (or address) within {@link IMPORT_WINDOW_MS}. */
export const IMPORTS_PER_WINDOW = 30;
export const IMPORT_WINDOW_MS = 60 * 1000;

/** The limiters of one app; each app instance counts on its own (in memory). */
export interface RateLimits {
  login: RateLimitRequestHandler;
  import: RateLimitRequestHandler;
}

function clientAddress(request: express.Request): string {
  return ipKeyGenerator(request.ip ?? request.socket.remoteAddress ?? 'unknown');
}

/**
 * The email of a tRPC `auth.login` call, from a body already parsed as JSON: superjson puts the
 * input under `json`, and batched calls are keyed by their position ({"0": {"json": …}}).
 */
export function loginEmailOf(body: unknown): string {
  const inputs = typeof body === 'object' && body !== null ? [body, ...Object.values(body)] : [];
  for (const candidate of inputs) {
    const input = (candidate as { json?: { email?: unknown } } | null)?.json;
    if (typeof input?.email === 'string') return input.email.trim().toLowerCase().slice(0, 254);
  }
  return '';
}

function minutesUntil(resetTime: Date | undefined): number {
  return resetTime === undefined ? 1 : Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 60_000));
}

/**
 * Answers a limited request: a TRPCError handed to the tRPC adapter (so tRPC clients read it
 * like any error), or 429 JSON on plain routes.
 */
function refuse(message: (request: express.Request) => string) {
  return (request: express.Request, response: express.Response, next: express.NextFunction) => {
    const text = message(request);
    if (request.baseUrl === '/trpc') {
      next(new TRPCError({ code: 'TOO_MANY_REQUESTS', message: text }));
      return;
    }
    response.status(429).json({ error: { code: 'TOO_MANY_REQUESTS', message: text, requestId: request.id } });
  };
}

/** Creates the sign-in and import limiters for one app. */
export function createRateLimits(logger: Logger): RateLimits {
  const common = {
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // express-rate-limit reports misconfiguration (e.g. proxy headers without TRUST_PROXY) here.
    logger: {
      error: (error: unknown, message?: string) => logger.error({ err: error }, message ?? 'rate limiter error'),
      warn: (error: unknown, message?: string) => logger.warn({ err: error }, message ?? 'rate limiter warning'),
    },
  } as const;
  return {
    // Only failures count, so people who sign in often are never locked out by their successes.
    login: rateLimit({
      ...common,
      windowMs: LOGIN_WINDOW_MS,
      limit: LOGIN_ATTEMPTS,
      skipSuccessfulRequests: true,
      keyGenerator: (request) => `${clientAddress(request)} ${loginEmailOf(request.body)}`,
      handler: refuse(
        (request) =>
          `Too many failed sign-ins for this email from your address: try again in ${minutesUntil(
            (request as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime,
          )} minutes.`,
      ),
    }),
    import: rateLimit({
      ...common,
      windowMs: IMPORT_WINDOW_MS,
      limit: IMPORTS_PER_WINDOW,
      keyGenerator: (request) => {
        const { actor } = requestAuth(request);
        return actor === null ? clientAddress(request) : `user ${actor.userId}`;
      },
      handler: refuse(
        () => `Too many imports: at most ${IMPORTS_PER_WINDOW} per minute. Wait a minute and send the rest.`,
      ),
    }),
  };
}
