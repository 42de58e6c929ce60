import {
  ZClearOverride,
  ZMandateId,
  ZMandateListInput,
  ZMandateOverride,
  ZMandateUpdate,
  ZSuggestionDecision,
} from '@mandate-tracker/shared';
import {
  clearMandateOverride,
  getMandate,
  listMandates,
  setMandateOverride,
  updateMandate,
} from '../../domain/mandates/index.ts';
import { acceptSuggestion, dismissSuggestion, listMandateSuggestions } from '../../domain/suggestions/index.ts';
import { plannerProcedure, publicProcedure, signedInProcedure, router } from '../trpc.ts';

/** Mandates: filtered list, detail, planning fields, corrections of extracted facts, link suggestions. */
export const mandatesRouter = router({
  list: publicProcedure.input(ZMandateListInput).query(({ ctx, input }) => listMandates(ctx.db, input)),
  get: publicProcedure.input(ZMandateId).query(({ ctx, input }) => getMandate(ctx.db, input.id)),
  update: plannerProcedure.input(ZMandateUpdate).mutation(({ ctx, input }) => updateMandate(ctx.db, input, ctx)),
  override: plannerProcedure
    .input(ZMandateOverride)
    .mutation(({ ctx, input }) => setMandateOverride(ctx.db, input, ctx)),
  clearOverride: plannerProcedure
    .input(ZClearOverride)
    .mutation(({ ctx, input }) => clearMandateOverride(ctx.db, input, ctx)),
  suggestions: signedInProcedure.input(ZMandateId).query(({ ctx, input }) => listMandateSuggestions(ctx.db, input.id)),
  acceptSuggestion: plannerProcedure
    .input(ZSuggestionDecision)
    .mutation(({ ctx, input }) => acceptSuggestion(ctx.db, input, ctx)),
  dismissSuggestion: plannerProcedure
    .input(ZSuggestionDecision)
    .mutation(({ ctx, input }) => dismissSuggestion(ctx.db, input, ctx)),
});
