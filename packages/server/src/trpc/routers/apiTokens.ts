import { ZApiTokenId, ZCreateApiTokenInput } from '@mandate-tracker/shared';
import { TRPCError } from '@trpc/server';
import { createApiToken, listApiTokens, revokeApiToken } from '../../domain/accounts/index.ts';
import { plannerProcedure, router } from '../trpc.ts';

/** One's own API tokens for scripts (`POST /api/import` with `Authorization: Bearer mt_…`). */
export const apiTokensRouter = router({
  list: plannerProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.actor.userId)),
  /** Answers the token itself this once; only its hash is kept. */
  create: plannerProcedure.input(ZCreateApiTokenInput).mutation(({ ctx, input }) => {
    // A leaked token must not be able to mint more tokens that outlive its revocation.
    if (ctx.actor.via === 'token') {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Create API tokens while signed in, not with another token' });
    }
    return createApiToken(
      ctx.db,
      { actor: ctx.actor, requestId: ctx.requestId },
      { ...input, userId: ctx.actor.userId },
    );
  }),
  revoke: plannerProcedure
    .input(ZApiTokenId)
    .mutation(({ ctx, input }) =>
      revokeApiToken(
        ctx.db,
        { actor: ctx.actor, requestId: ctx.requestId },
        { userId: ctx.actor.userId, id: input.id },
      ),
    ),
});
