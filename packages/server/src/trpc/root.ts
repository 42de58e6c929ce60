import { healthRouter } from './routers/health.ts';
import { router } from './trpc.ts';

/** Every tRPC router, one per area; add new areas here. */
export const appRouter = router({
  health: healthRouter,
});

/** The API's type, imported (type-only) by the web app. */
export type AppRouter = typeof appRouter;
