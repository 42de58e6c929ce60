import { ZDonorCreate, ZDonorUpdate, ZEntityId } from '@mandate-tracker/shared';
import { createDonor, deleteDonor, getDonor, listDonors, updateDonor } from '../../domain/projects/index.ts';
import { publicProcedure, router } from '../trpc.ts';

/** Donors: member states, multilateral, private and other. */
export const donorsRouter = router({
  list: publicProcedure.query(({ ctx }) => listDonors(ctx.db)),
  get: publicProcedure.input(ZEntityId).query(({ ctx, input }) => getDonor(ctx.db, input.id)),
  create: publicProcedure.input(ZDonorCreate).mutation(({ ctx, input }) => createDonor(ctx.db, input)),
  update: publicProcedure.input(ZDonorUpdate).mutation(({ ctx, input }) => updateDonor(ctx.db, input)),
  remove: publicProcedure.input(ZEntityId).mutation(({ ctx, input }) => deleteDonor(ctx.db, input.id)),
});
