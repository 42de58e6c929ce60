import {
  ZBudgetLineCreate,
  ZBudgetLineList,
  ZBudgetLineUpdate,
  ZEntityId,
  ZMandateBudgetLineLink,
} from '@mandate-tracker/shared';
import {
  createBudgetLine,
  deleteBudgetLine,
  getBudgetLine,
  linkMandateToBudgetLine,
  listBudgetLines,
  unlinkMandateFromBudgetLine,
  updateBudgetLine,
} from '../../domain/projects/index.ts';
import { plannerProcedure, publicProcedure, router } from '../trpc.ts';

/** Budget lines by fund and period, and their links to mandates. */
export const budgetLinesRouter = router({
  list: publicProcedure.input(ZBudgetLineList).query(({ ctx, input }) => listBudgetLines(ctx.db, input)),
  get: publicProcedure.input(ZEntityId).query(({ ctx, input }) => getBudgetLine(ctx.db, input.id)),
  create: plannerProcedure.input(ZBudgetLineCreate).mutation(({ ctx, input }) => createBudgetLine(ctx.db, input, ctx)),
  update: plannerProcedure.input(ZBudgetLineUpdate).mutation(({ ctx, input }) => updateBudgetLine(ctx.db, input, ctx)),
  remove: plannerProcedure.input(ZEntityId).mutation(({ ctx, input }) => deleteBudgetLine(ctx.db, input.id, ctx)),
  linkMandate: plannerProcedure
    .input(ZMandateBudgetLineLink)
    .mutation(({ ctx, input }) => linkMandateToBudgetLine(ctx.db, input, ctx)),
  unlinkMandate: plannerProcedure
    .input(ZMandateBudgetLineLink)
    .mutation(({ ctx, input }) => unlinkMandateFromBudgetLine(ctx.db, input, ctx)),
});
