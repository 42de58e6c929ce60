import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { accountErrorMessage, useResetAfterSessionChange, useSession } from '../components/auth/session.ts';
import { safeReturnPath } from '../components/auth/sign-in-path.ts';
import { useTRPC } from '../trpc.ts';

/**
 * Sign in with email and password. Afterwards the app returns to `?next=` (a path on this site),
 * or to the workspace. The server answers a wrong email and a wrong password alike, and slows
 * down repeated attempts; both messages are shown beside the form.
 */
export function SignInPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnPath = safeReturnPath(params.get('next'));
  const { user, loading } = useSession();
  const resetQueries = useResetAfterSessionChange();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const signIn = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        await resetQueries();
        await navigate(returnPath, { replace: true });
      },
    }),
  );

  // Already signed in (another tab, the back button): nothing to do here.
  if (!loading && user !== null && !signIn.isPending && !signIn.isSuccess) {
    return <Navigate to={returnPath} replace />;
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setMissing('Enter your email and your password.');
      return;
    }
    setMissing(null);
    signIn.mutate({ email: email.trim(), password });
  };

  const error = missing ?? (signIn.isError ? accountErrorMessage(signIn.error) : null);
  return (
    <>
      <title>Sign in · mandate-tracker</title>
      <h1>Sign in</h1>
      <p className="page-intro">
        Planners sign in to import documents and edit mandates, deliverables, projects and budget lines; donors to see
        contribution details. Everything else is open to read without an account.
      </p>
      <form className="card account-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Your account</h2>
        <div className="field">
          <label htmlFor={`${id}-email`}>Email</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? `${id}-error` : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? `${id}-error` : undefined}
          />
        </div>
        {error !== null && (
          <p id={`${id}-error`} role="alert" className="field__error">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="muted">Forgot your password? Ask an admin to reset it.</p>
      </form>
    </>
  );
}
