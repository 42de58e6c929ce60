import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTRPC } from '../../trpc.ts';
import { ACCOUNT_PATHS, ROLE_LABELS } from './account-paths.ts';
import { accountErrorMessage, useResetAfterSessionChange, useSession } from './session.ts';
import { SIGN_IN_PATH, signInPath } from './sign-in-path.ts';
import './account.css';

/**
 * The header's account control. Signed out: a "Sign in" link that returns to the current screen.
 * Signed in: a button with the email that opens a small menu (role, change password, API tokens
 * for planners, users for admins, sign out). A disclosure, not an ARIA menu: plain links and a
 * button in a list, reached with Tab, closed with Escape or by leaving it.
 */
export function AccountMenu() {
  const trpc = useTRPC();
  const { user, loading, canPlan, isAdmin } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const resetQueries = useResetAfterSessionChange();
  const panelId = useId();
  // The menu is open on the screen where it was opened: moving to another screen closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? location.pathname : null);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const signOut = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await resetQueries();
        await navigate('/');
      },
    }),
  );

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent | FocusEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener('mousedown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
    };
  }, [open]);

  if (loading) return <div className="account-menu" />;
  if (user === null) {
    if (location.pathname === SIGN_IN_PATH) return <div className="account-menu" />;
    return (
      <div className="account-menu">
        <Link className="button button--secondary" to={signInPath(`${location.pathname}${location.search}`)}>
          Sign in
        </Link>
      </div>
    );
  }

  return (
    <div
      className="account-menu"
      ref={containerRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">Account: </span>
        <span className="account-menu__email">{user.email}</span>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__who">
          <span className="account-menu__panel-email">{user.email}</span>
          <span className="tag" data-testid="account-role">
            {ROLE_LABELS[user.role]}
          </span>
        </p>
        <ul>
          <li>
            <Link to={ACCOUNT_PATHS.changePassword}>Change password</Link>
          </li>
          {canPlan && (
            <li>
              <Link to={ACCOUNT_PATHS.apiTokens}>API tokens</Link>
            </li>
          )}
          {isAdmin && (
            <li>
              <Link to={ACCOUNT_PATHS.users}>Users</Link>
            </li>
          )}
          {isAdmin && (
            <li>
              <Link to={ACCOUNT_PATHS.auditLog}>Audit log</Link>
            </li>
          )}
          <li>
            <button type="button" className="account-menu__sign-out" onClick={() => signOut.mutate()}>
              {signOut.isPending ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
        {signOut.isError && (
          <p role="alert" className="field__error">
            Not signed out: {accountErrorMessage(signOut.error)}
          </p>
        )}
      </div>
    </div>
  );
}
