import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express from 'express';
import { pinoHttp } from 'pino-http';
import type { DatabaseHandle } from '../db/database.ts';
import { appErrorOfDatabaseFailure } from '../db/database-failures.ts';
import { AppError, httpStatusOfAppError } from '../domain/errors.ts';
import { checkHealth } from '../domain/health/index.ts';
import type { Logger } from '../logger.ts';
import { appRouter } from '../trpc/root.ts';
import { createContext, MAX_TRPC_BODY_BYTES } from '../trpc/trpc.ts';
import { authenticateRequests, refuseCrossSiteRequests, trpcRequestGuards } from './auth/guards.ts';
import { createRateLimits } from './auth/rate-limits.ts';
import { requestAuth } from './auth/request-auth.ts';
import { clearSessionCookie, setSessionCookie } from './auth/session-cookie.ts';
import { assignRequestId } from './request-id.ts';
import { securityHeaders } from './security-headers.ts';
import { createCalendarFeedRouter } from './routes/calendar-feed.ts';
import { createExportsRouter } from './routes/exports.ts';
import { createImportRouter } from './routes/import.ts';
import { createWebAppRouter } from './web-app.ts';

/** What the HTTP app needs from the outside world. */
export interface AppDependencies {
  database: Pick<DatabaseHandle, 'db' | 'engine'>;
  logger: Logger;
  /** Absolute path of the built web app (`packages/web/dist`). */
  webDistDir: string;
  /** Express's `trust proxy` (config TRUST_PROXY); default false. */
  trustProxy?: boolean | number | string;
  /** Origins besides the server's own allowed to make cookie writes (config TRUSTED_ORIGINS). */
  trustedOrigins?: readonly string[];
}

/**
 * Builds the Express app: request ids and structured request logs, `/healthz`, the tRPC API
 * at `/trpc`, plain HTTP routes, then the web app with its client-side-route fallback.
 */
export function createApp(deps: AppDependencies): express.Express {
  const { database, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  const trustedOrigins = deps.trustedOrigins ?? [];
  const rateLimits = createRateLimits(logger);

  app.use(
    pinoHttp({
      logger,
      genReqId: assignRequestId,
      // Method, URL, id and status are enough to follow a request; headers would only add noise.
      serializers: {
        req: (request: { id: unknown; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      customLogLevel: (_request, response, error) =>
        error !== undefined || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
      // Health probes arrive every few seconds from orchestrators; logging them drowns real traffic.
      autoLogging: { ignore: (request) => request.url === '/healthz' },
    }),
  );

  app.use(securityHeaders());

  app.get('/healthz', async (_request, response) => {
    const health = await checkHealth(database.db, database.engine);
    response
      .status(health.database === 'ok' ? 200 : 503)
      .setHeader('cache-control', 'no-store')
      .json(health);
  });

  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      // CSRF check, body limit, the caller (cookie or bearer token), sign-in and import limits.
      middleware: trpcRequestGuards({ db: database.db, trustedOrigins, rateLimits, maxBodyBytes: MAX_TRPC_BODY_BYTES }),
      maxBodySize: MAX_TRPC_BODY_BYTES,
      createContext: ({ req, res }) => {
        const { actor, sessionId } = requestAuth(req);
        return createContext(database, {
          requestId: String(req.id),
          actor,
          session: {
            currentSessionId: sessionId,
            start: (token, expiresAt) => setSessionCookie(req, res, token, expiresAt),
            end: () => clearSessionCookie(req, res),
          },
        });
      },
      // The one place tRPC errors are logged, with the request id and the original cause.
      onError: ({ error, path, type, req }) => {
        const event = { path, type, code: error.code, err: error.cause ?? error };
        if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error(event, 'tRPC procedure failed');
        else req.log.info(event, `tRPC ${error.code}: ${error.message}`);
      },
    }),
  );

  // Plain HTTP routes for people and tools (feeds, exports, import) are mounted here,
  // before the /api catch-all and the web app fallback.
  app.use('/api', refuseCrossSiteRequests(trustedOrigins), authenticateRequests(database.db));
  app.use(createImportRouter(database.db, { rateLimit: rateLimits.import }));
  app.use(createCalendarFeedRouter(database.db), createExportsRouter(database.db));

  app.use('/api', (_request, response) => {
    response.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such API route' } });
  });

  app.use(createWebAppRouter(deps.webDistDir));

  app.use((_request: express.Request, response: express.Response) => {
    response.status(404).type('text/plain').send('Not found\n');
  });

  // Express 5 forwards rejected promises from handlers here.
  app.use((error: unknown, request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    // A database that is down (503, retry later) or that refused a value of the request (400) is not a 500.
    const appError = error instanceof AppError ? error : appErrorOfDatabaseFailure(error);
    if (appError !== null) {
      if (appError.code === 'UNAVAILABLE') request.log.warn({ err: error }, 'database unavailable');
      response.status(httpStatusOfAppError[appError.code]).json({
        error: {
          code: appError.code,
          message: appError.message,
          details: appError.details ?? null,
          requestId: request.id,
        },
      });
      return;
    }
    request.log.error({ err: error }, 'request failed');
    response.status(500).json({ error: { code: 'INTERNAL', message: 'Internal server error', requestId: request.id } });
  });

  return app;
}
