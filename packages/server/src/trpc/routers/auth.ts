import { ZChangePasswordInput, ZLoginInput, type MeOutput } from '@mandate-tracker/shared';
import { changePassword, deleteSession, login } from '../../domain/accounts/index.ts';
import { passwordChangeProcedure, publicProcedure, router } from '../trpc.ts';

/** Signing in and out through the session cookie, and changing one's own password. */
export const authRouter = router({
  /** The signed-in user, or null for the public. */
  me: publicProcedure.query(({ ctx }): MeOutput => {
    const { actor } = ctx;
    if (actor === null) return { user: null };
    return {
      user: {
        id: actor.userId,
        email: actor.email,
        role: actor.role,
        mustChangePassword: actor.mustChangePassword ?? false,
      },
    };
  }),
  /** Checks the email and password, starts a session and sets its cookie; ends any session the browser had. */
  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    const { user, session } = await login(ctx.db, input);
    if (ctx.session.currentSessionId !== null) await deleteSession(ctx.db, ctx.session.currentSessionId);
    ctx.session.start(session.token, session.endsAt);
    return user;
  }),
  /** Ends the browser's session and clears its cookie; harmless when not signed in. */
  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session.currentSessionId !== null) await deleteSession(ctx.db, ctx.session.currentSessionId);
    ctx.session.end();
    return { signedOut: true };
  }),
  /** Replaces one's password (the current one is checked) and signs out one's other sessions. */
  changePassword: passwordChangeProcedure
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) =>
      changePassword(
        ctx.db,
        { actor: ctx.actor, requestId: ctx.requestId },
        { ...input, userId: ctx.actor.userId, keepSessionId: ctx.session.currentSessionId },
      ),
    ),
});
