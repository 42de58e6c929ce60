import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ACCOUNT_PATHS } from './account-paths.ts';
import { useSession } from './session.ts';

/**
 * A user whose password was set by someone else (first admin, a new account, a reset) must choose
 * their own before using the app: every screen (`children`) gives way to Change password until then.
 */
export function PasswordChangeGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user?.mustChangePassword || location.pathname === ACCOUNT_PATHS.changePassword) return <>{children}</>;
  const returnTo = `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to={`${ACCOUNT_PATHS.changePassword}?next=${encodeURIComponent(returnTo)}`} replace />;
}
