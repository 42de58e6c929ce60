import { ZCreateUserInput, ZUpdateUserInput, ZUserId } from '@mandate-tracker/shared';
import { createUser, listUsers, resetPassword, updateUser } from '../../domain/accounts/index.ts';
import { adminProcedure, router } from '../trpc.ts';

/** Accounts and roles, for admins. */
export const usersRouter = router({
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  /** Without a password, answers a one-time `temporaryPassword` to hand to the person. */
  create: adminProcedure
    .input(ZCreateUserInput)
    .mutation(({ ctx, input }) => createUser(ctx.db, { actor: ctx.actor, requestId: ctx.requestId }, input)),
  /** Role and enabled state; CONFLICT for a stale version or for leaving no enabled admin. */
  update: adminProcedure
    .input(ZUpdateUserInput)
    .mutation(({ ctx, input }) => updateUser(ctx.db, { actor: ctx.actor, requestId: ctx.requestId }, input)),
  resetPassword: adminProcedure
    .input(ZUserId)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, { actor: ctx.actor, requestId: ctx.requestId }, input.id)),
});
