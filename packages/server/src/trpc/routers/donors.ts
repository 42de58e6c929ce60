import { ZDonorCreate, ZDonorUpdate, ZEntityId } from '@mandate-tracker/shared';
import { createDonor, deleteDonor, getDonor, listDonors, updateDonor } from '../../domain/projects/index.ts';
import { plannerProcedure, signedInProcedure, router } from '../trpc.ts';

/** Donors: member states, multilateral, private and other. */
export const donorsRouter = router({
  list: signedInProcedure.query(({ ctx }) => listDonors(ctx.db)),
  get: signedInProcedure.input(ZEntityId).query(({ ctx, input }) => getDonor(ctx.db, input.id)),
  create: plannerProcedure.input(ZDonorCreate).mutation(({ ctx, input }) => createDonor(ctx.db, input, ctx)),
  update: plannerProcedure.input(ZDonorUpdate).mutation(({ ctx, input }) => updateDonor(ctx.db, input, ctx)),
  remove: plannerProcedure.input(ZEntityId).mutation(({ ctx, input }) => deleteDonor(ctx.db, input.id, ctx)),
});
