import { documentsRouter } from './routers/documents.ts';
import { healthRouter } from './routers/health.ts';
import { mandatesRouter } from './routers/mandates.ts';
import { searchRouter } from './routers/search.ts';
import { router } from './trpc.ts';

/** Every tRPC router, one per area; add new areas here. */
export const appRouter = router({
  health: healthRouter,
  documents: documentsRouter,
  mandates: mandatesRouter,
  search: searchRouter,
});

/** The API's type, imported (type-only) by the web app. */
export type AppRouter = typeof appRouter;
