import { ZDeliverableCreate, ZDeliverableList, ZDeliverableUpdate, ZEntityId } from '@mandate-tracker/shared';
import {
  createDeliverable,
  deleteDeliverable,
  getDeliverable,
  listDeliverables,
  updateDeliverable,
} from '../../domain/deliverables/index.ts';
import { plannerProcedure, publicProcedure, router } from '../trpc.ts';

/** Deliverables of mandates: reports, technical assistance, publications, meetings. */
export const deliverablesRouter = router({
  list: publicProcedure.input(ZDeliverableList).query(({ ctx, input }) => listDeliverables(ctx.db, input)),
  get: publicProcedure.input(ZEntityId).query(({ ctx, input }) => getDeliverable(ctx.db, input.id)),
  create: plannerProcedure
    .input(ZDeliverableCreate)
    .mutation(({ ctx, input }) => createDeliverable(ctx.db, input, ctx)),
  update: plannerProcedure
    .input(ZDeliverableUpdate)
    .mutation(({ ctx, input }) => updateDeliverable(ctx.db, input, ctx)),
  remove: plannerProcedure.input(ZEntityId).mutation(({ ctx, input }) => deleteDeliverable(ctx.db, input.id, ctx)),
});
