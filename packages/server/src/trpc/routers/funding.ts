import { ZFundingForMandate, ZFundingSummary } from '@mandate-tracker/shared';
import {
  fundingByDonor,
  fundingByFund,
  fundingByTheme,
  fundingForMandate,
  fundingSummary,
} from '../../domain/funding/index.ts';
import { publicProcedure, signedInProcedure, router } from '../trpc.ts';

/** Which mandates are funded, by donor, fund and theme (definitions in domain/funding/ledger.ts). */
export const fundingRouter = router({
  summary: publicProcedure.input(ZFundingSummary).query(({ ctx, input }) => fundingSummary(ctx.db, input)),
  byDonor: signedInProcedure.query(({ ctx }) => fundingByDonor(ctx.db)),
  byFund: publicProcedure.query(({ ctx }) => fundingByFund(ctx.db)),
  byTheme: publicProcedure.query(({ ctx }) => fundingByTheme(ctx.db)),
  forMandate: publicProcedure
    .input(ZFundingForMandate)
    .query(({ ctx, input }) => fundingForMandate(ctx.db, input.mandateId)),
});
