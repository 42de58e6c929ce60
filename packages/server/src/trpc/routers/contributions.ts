import { ZContributionCreate, ZContributionList, ZContributionUpdate, ZEntityId } from '@mandate-tracker/shared';
import {
  createContribution,
  deleteContribution,
  getContribution,
  listContributions,
  updateContribution,
} from '../../domain/projects/index.ts';
import { plannerProcedure, signedInProcedure, router } from '../trpc.ts';

/** Pledges and payments of donors towards projects and budget lines. */
export const contributionsRouter = router({
  list: signedInProcedure.input(ZContributionList).query(({ ctx, input }) => listContributions(ctx.db, input)),
  get: signedInProcedure.input(ZEntityId).query(({ ctx, input }) => getContribution(ctx.db, input.id)),
  create: plannerProcedure
    .input(ZContributionCreate)
    .mutation(({ ctx, input }) => createContribution(ctx.db, input, ctx)),
  update: plannerProcedure
    .input(ZContributionUpdate)
    .mutation(({ ctx, input }) => updateContribution(ctx.db, input, ctx)),
  remove: plannerProcedure.input(ZEntityId).mutation(({ ctx, input }) => deleteContribution(ctx.db, input.id, ctx)),
});
