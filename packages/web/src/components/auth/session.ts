import { PLANNING_ROLES } from '@mandate-tracker/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC, type RouterOutputs } from '../../trpc.ts';

/** The signed-in user as `auth.me` reports it. */
export type SessionUser = NonNullable<RouterOutputs['auth']['me']['user']>;

/** Who is using the app, as far as the browser knows. */
export interface Session {
  /** The signed-in user, or null for the public (and while the first answer is awaited). */
  user: SessionUser | null;
  /** True until the server has answered once; screens hide role-dependent controls meanwhile. */
  loading: boolean;
  /** Planners and admins may write; the public and donors may not. */
  canPlan: boolean;
  /** Any signed-in user reads contribution and donor details. */
  signedIn: boolean;
  isAdmin: boolean;
}

/**
 * The current session from `auth.me`. TanStack Query shares one request between every component
 * that calls this, so calling it wherever a control depends on the role costs nothing.
 */
export function useSession(): Session {
  const trpc = useTRPC();
  // A failed answer (server down) counts as signed out: the app shows read-only screens then.
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000, retry: false }));
  const user = me.data?.user ?? null;
  return {
    user,
    loading: me.isPending,
    canPlan: user !== null && PLANNING_ROLES.includes(user.role),
    signedIn: user !== null,
    isAdmin: user?.role === 'admin',
  };
}

/**
 * After signing in or out, every cached answer may be wrong for the new role (contribution
 * details, suggestions, write controls): reset them all, so active screens fetch again.
 */
export function useResetAfterSessionChange(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.resetQueries();
}

/** The code a tRPC error carries ("UNAUTHORIZED", "CONFLICT"…), or null when the server did not answer. */
export function trpcErrorCode(error: unknown): string | null {
  return (error as { data?: { code?: string } } | null)?.data?.code ?? null;
}

/** True when a query was refused because nobody is signed in. */
export function isSignInRequired(error: unknown): boolean {
  return trpcErrorCode(error) === 'UNAUTHORIZED';
}

/**
 * A message for an account form, next to the form: the server's own words for a refusal it
 * explains (wrong password, stale version), with what to do for the codes that need it.
 */
export function accountErrorMessage(error: unknown): string {
  const code = trpcErrorCode(error);
  const message = (error as { message?: unknown } | null)?.message;
  const said = typeof message === 'string' && message !== '' ? message : 'The server refused the request.';
  switch (code) {
    case null:
      return 'Cannot reach the server — is it running? Nothing was changed; try again.';
    case 'UNAUTHORIZED':
      return said;
    case 'FORBIDDEN':
      return `Your account may not do this: ${said}`;
    case 'CONFLICT':
      return `Someone else changed this in the meantime: ${said}`;
    case 'TOO_MANY_REQUESTS':
      return `Too many attempts: ${said} Wait a minute before trying again.`;
    default:
      return said;
  }
}
