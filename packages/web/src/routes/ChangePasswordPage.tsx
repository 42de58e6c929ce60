import { PASSWORD_MIN_LENGTH } from '@mandate-tracker/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { SignInToSeeNote } from '../components/auth/PlannerOnly.tsx';
import { accountErrorMessage, useSession } from '../components/auth/session.ts';
import { safeReturnPath } from '../components/auth/sign-in-path.ts';
import { useTRPC } from '../trpc.ts';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword' | 'form';

/**
 * Change your own password. A user whose password an admin set (a new account, a reset, the
 * first admin) is sent here by every screen until they choose their own, then goes on to where
 * they were headed (`?next=`).
 */
export function ChangePasswordPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { user, loading } = useSession();
  const id = useId();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const next = params.get('next');
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        setCurrentPassword('');
        setNewPassword('');
        setConfirmPassword('');
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        if (next !== null) await navigate(safeReturnPath(next), { replace: true });
      },
      onError: (error) => {
        const fieldErrors = (error.data as { zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null })
          ?.zodError?.fieldErrors;
        const newPasswordError = fieldErrors?.newPassword?.join(' ');
        setErrors(newPasswordError ? { newPassword: newPasswordError } : { form: accountErrorMessage(error) });
      },
    }),
  );

  if (loading) {
    return (
      <p role="status" className="loading">
        Loading your account…
      </p>
    );
  }
  if (user === null) {
    return (
      <>
        <title>Change password · mandate-tracker</title>
        <h1>Change password</h1>
        <SignInToSeeNote what="change your password" />
      </>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (currentPassword === '') found.currentPassword = 'Enter your current password.';
    if (newPassword.length < PASSWORD_MIN_LENGTH) {
      found.newPassword = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
    } else if (newPassword === currentPassword) {
      found.newPassword = 'Choose a password different from the current one.';
    }
    if (confirmPassword !== newPassword) found.confirmPassword = 'The two new passwords differ.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    change.mutate({ currentPassword, newPassword });
  };

  const describedBy = (field: Field, hint = false) =>
    [hint ? `${id}-${field}-hint` : null, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field__error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <>
      <title>Change password · mandate-tracker</title>
      <h1>Change password</h1>
      {user.mustChangePassword && (
        <div className="notice notice--warning" role="status">
          <p className="notice__title">Choose your own password to continue</p>
          <p>Your password was set by an admin. Replace it with one only you know before using the app.</p>
        </div>
      )}
      <div aria-live="polite">
        {change.isSuccess && !user.mustChangePassword && <p className="notice">Your password is changed.</p>}
      </div>
      <form className="card account-form section" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>New password for {user.email}</h2>
        <div className="field">
          <label htmlFor={`${id}-current`}>Current password</label>
          <input
            id={`${id}-current`}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            aria-invalid={errors.currentPassword !== undefined}
            aria-describedby={describedBy('currentPassword')}
          />
          {fieldError('currentPassword')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-new`}>New password</label>
          <input
            id={`${id}-new`}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            aria-invalid={errors.newPassword !== undefined}
            aria-describedby={describedBy('newPassword', true)}
          />
          <p id={`${id}-newPassword-hint`} className="muted">
            At least {PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one.
          </p>
          {fieldError('newPassword')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-confirm`}>New password again</label>
          <input
            id={`${id}-confirm`}
            type="password"
            autoComplete="new-password"
            value={confirmPassword}
            onChange={(event) => setConfirmPassword(event.target.value)}
            aria-invalid={errors.confirmPassword !== undefined}
            aria-describedby={describedBy('confirmPassword')}
          />
          {fieldError('confirmPassword')}
        </div>
        {errors.form && (
          <p role="alert" className="field__error">
            {errors.form}
          </p>
        )}
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </>
  );
}
