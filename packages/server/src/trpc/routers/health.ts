import { checkHealth } from '../../domain/health/index.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Server and database health, shown by the web shell's status page. */
export const healthRouter = router({
  status: publicProcedure.query(({ ctx }) => checkHealth(ctx.db, ctx.engine)),
});
