import { apiTokensRouter } from './routers/apiTokens.ts';
import { authRouter } from './routers/auth.ts';
import { auditRouter } from './routers/audit.ts';
import { budgetLinesRouter } from './routers/budgetLines.ts';
import { calendarRouter } from './routers/calendar.ts';
import { contributionsRouter } from './routers/contributions.ts';
import { deliverablesRouter } from './routers/deliverables.ts';
import { donorsRouter } from './routers/donors.ts';
import { fundingRouter } from './routers/funding.ts';
import { projectsRouter } from './routers/projects.ts';
import { sessionsRouter } from './routers/sessions.ts';
import { statsRouter } from './routers/stats.ts';
import { documentsRouter } from './routers/documents.ts';
import { healthRouter } from './routers/health.ts';
import { mandatesRouter } from './routers/mandates.ts';
import { searchRouter } from './routers/search.ts';
import { usersRouter } from './routers/users.ts';
import { router } from './trpc.ts';

/** Every tRPC router, one per area; add new areas here. */
export const appRouter = router({
  health: healthRouter,
  documents: documentsRouter,
  mandates: mandatesRouter,
  search: searchRouter,
  sessions: sessionsRouter,
  deliverables: deliverablesRouter,
  projects: projectsRouter,
  budgetLines: budgetLinesRouter,
  donors: donorsRouter,
  contributions: contributionsRouter,
  calendar: calendarRouter,
  funding: fundingRouter,
  stats: statsRouter,
  audit: auditRouter,
  auth: authRouter,
  users: usersRouter,
  apiTokens: apiTokensRouter,
});

/** The API's type, imported (type-only) by the web app. */
export type AppRouter = typeof appRouter;
