import { ZContributionCreate, ZContributionList, ZContributionUpdate, ZEntityId } from '@mandate-tracker/shared';
import {
  createContribution,
  deleteContribution,
  getContribution,
  listContributions,
  updateContribution,
} from '../../domain/projects/index.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Pledges and payments of donors towards projects and budget lines. */
export const contributionsRouter = router({
  list: publicProcedure.input(ZContributionList).query(({ ctx, input }) => listContributions(ctx.db, input)),
  get: publicProcedure.input(ZEntityId).query(({ ctx, input }) => getContribution(ctx.db, input.id)),
  create: publicProcedure.input(ZContributionCreate).mutation(({ ctx, input }) => createContribution(ctx.db, input)),
  update: publicProcedure.input(ZContributionUpdate).mutation(({ ctx, input }) => updateContribution(ctx.db, input)),
  remove: publicProcedure.input(ZEntityId).mutation(({ ctx, input }) => deleteContribution(ctx.db, input.id)),
});
