import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from './session.ts';
import { signInPath } from './sign-in-path.ts';

/** The current address, to come back to it after signing in. */
function useReturnPath(): string {
  const location = useLocation();
  return `${location.pathname}${location.search}${location.hash}`;
}

/**
 * Stands where a write control would be, for someone who may not write: the public is offered
 * the sign-in screen, a donor is told that editing needs the planner role.
 */
export function SignInToEditNote({ what = 'edit' }: { what?: string }) {
  const { user } = useSession();
  const returnPath = useReturnPath();
  if (user !== null) {
    return (
      <p className="muted sign-in-note" data-testid="sign-in-to-edit">
        Signed in as a {user.role}: only planners can {what}.
      </p>
    );
  }
  return (
    <p className="muted sign-in-note" data-testid="sign-in-to-edit">
      <Link to={signInPath(returnPath)}>Sign in as a planner to {what}</Link>
    </p>
  );
}

/**
 * Renders `children` (a form, buttons) for planners and admins only; others see a short note
 * instead, or nothing with `quiet` (for controls repeated on every row, where one note suffices).
 * The server refuses the writes anyway: this only avoids offering what would be refused.
 */
export function PlannerOnly({
  children,
  what,
  quiet = false,
}: {
  children: ReactNode;
  what?: string;
  quiet?: boolean;
}) {
  const { loading, canPlan } = useSession();
  if (canPlan) return <>{children}</>;
  if (loading || quiet) return null;
  return <SignInToEditNote what={what} />;
}

/** Stands where contribution and donor details would be, for the public. */
export function SignInToSeeNote({ what = 'see contribution details' }: { what?: string }) {
  const returnPath = useReturnPath();
  return (
    <p className="muted sign-in-note" data-testid="sign-in-to-see">
      <Link to={signInPath(returnPath)}>Sign in to {what}</Link>
    </p>
  );
}

/** Renders `children` for any signed-in user (contribution details); the public sees a sign-in note. */
export function SignedInOnly({ children, what }: { children: ReactNode; what?: string }) {
  const { loading, signedIn } = useSession();
  if (signedIn) return <>{children}</>;
  if (loading) return null;
  return <SignInToSeeNote what={what} />;
}
