import { ZSessionGet, ZSessionList } from '@mandate-tracker/shared';
import { listSessions, resolveSession } from '../../domain/sessions/index.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Sessions of the bodies UNODC reports to: listed dates with sources, and projections. */
export const sessionsRouter = router({
  list: publicProcedure.input(ZSessionList).query(({ ctx, input }) => listSessions(ctx.db, input)),
  get: publicProcedure.input(ZSessionGet).query(({ ctx, input }) => resolveSession(ctx.db, input.body, input.number)),
});
