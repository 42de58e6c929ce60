import { ZDashboardInput } from '@mandate-tracker/shared';
import { dashboard } from '../../domain/stats/index.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Figures for the planner workspace. */
export const statsRouter = router({
  dashboard: publicProcedure.input(ZDashboardInput).query(({ ctx, input }) => dashboard(ctx.db, input)),
});
