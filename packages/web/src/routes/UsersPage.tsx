import { PASSWORD_MIN_LENGTH, ROLES, type Role, ZCreateUserInput } from '@mandate-tracker/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ROLE_LABELS } from '../components/auth/account-paths.ts';
import { OneTimeSecret } from '../components/auth/OneTimeSecret.tsx';
import { SignInToEditNote } from '../components/auth/PlannerOnly.tsx';
import { accountErrorMessage, trpcErrorCode, useSession } from '../components/auth/session.ts';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { formatDateTime } from '../format.ts';
import { useTRPC, type RouterOutputs } from '../trpc.ts';

type User = RouterOutputs['users']['list'][number];

/** A one-time password to show after creating a user or resetting their password. */
interface IssuedPassword {
  email: string;
  password: string;
}

const ROLE_HINTS: Readonly<Record<Role, string>> = {
  admin: 'manages users and roles, and does everything a planner does',
  planner: 'imports documents and edits mandates, deliverables, projects and budget lines',
  donor: 'reads everything, contribution details included; writes nothing',
};

function useRefreshUsers() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
}

function NewUserForm({ onIssued }: { onIssued: (issued: IssuedPassword) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshUsers();
  const id = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('planner');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (created) => {
        setEmail('');
        setPassword('');
        if (created.temporaryPassword) {
          onIssued({ email: created.user.email, password: created.temporaryPassword });
        }
        await refresh();
      },
      onError: (error) => setProblem(accountErrorMessage(error)),
    }),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const check = ZCreateUserInput.safeParse({ email, role, ...(password === '' ? {} : { password }) });
    if (!check.success) return setProblem(check.error.issues.map((issue) => `${issue.message}.`).join(' '));
    setProblem(null);
    create.mutate(check.data);
  };
  return (
    <form className="entity-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>New user</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-email`}>Email</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password (optional)</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={`${id}-password-hint`}
          />
          <p id={`${id}-password-hint`} className="muted">
            At least {PASSWORD_MIN_LENGTH} characters. Left empty, a one-time password is made and shown once; either
            way the user chooses their own at first sign-in.
          </p>
        </div>
      </div>
      <p className="muted">
        {ROLE_LABELS[role]}: {ROLE_HINTS[role]}.
      </p>
      {problem !== null && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create user'}
      </button>
    </form>
  );
}

function UserRow({ user, self, onIssued }: { user: User; self: boolean; onIssued: (issued: IssuedPassword) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshUsers();
  const id = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [shownVersion, setShownVersion] = useState(user.version);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  // A saved change (ours or someone else's) restarts the role choice from the saved value.
  if (shownVersion !== user.version) {
    setShownVersion(user.version);
    setRole(user.role);
  }
  const onError = async (error: unknown) => {
    if (trpcErrorCode(error) === 'CONFLICT') {
      setProblem('Someone else changed this user meanwhile; the row now shows the current values. Try again.');
      await refresh();
      return;
    }
    setProblem(accountErrorMessage(error));
  };
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: async () => {
        setProblem(null);
        await refresh();
      },
      onError,
    }),
  );
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onSuccess: async (issued) => {
        setProblem(null);
        setConfirmingReset(false);
        onIssued({ email: user.email, password: issued.temporaryPassword });
        await refresh();
      },
      onError,
    }),
  );
  const busy = update.isPending || reset.isPending;
  const disabled = user.disabledAt !== null;
  return (
    <tr data-testid={`user-${user.email}`}>
      <th scope="row">
        {user.email}
        {self && <span className="muted"> (you)</span>}
      </th>
      <td>
        <div className="item-actions">
          <label htmlFor={`${id}-role`} className="visually-hidden">
            Role of {user.email}
          </label>
          <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </select>
          {role !== user.role && (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => update.mutate({ id: user.id, version: user.version, role })}
            >
              Save role<span className="visually-hidden"> of {user.email}</span>
            </button>
          )}
        </div>
      </td>
      <td data-testid="user-state">
        {disabled ? 'Disabled' : user.mustChangePassword ? 'Must change password' : 'Active'}
      </td>
      <td>{formatDateTime(user.createdAt)}</td>
      <td>
        <div className="item-actions">
          {!self && (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={busy}
              onClick={() => update.mutate({ id: user.id, version: user.version, disabled: !disabled })}
            >
              {disabled ? 'Enable' : 'Disable'}
              <span className="visually-hidden"> {user.email}</span>
            </button>
          )}
          {!confirmingReset && (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={busy}
              onClick={() => setConfirmingReset(true)}
            >
              Reset password<span className="visually-hidden"> of {user.email}</span>
            </button>
          )}
        </div>
        {confirmingReset && (
          <div role="group" aria-label={`Confirm resetting the password of ${user.email}`}>
            <p>Their current password stops working and they are signed out everywhere.</p>
            <div className="item-actions">
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() => reset.mutate({ id: user.id })}
              >
                {reset.isPending ? 'Resetting…' : 'Yes, reset'}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setConfirmingReset(false)}
              >
                Keep it
              </button>
            </div>
          </div>
        )}
        {problem !== null && (
          <p role="alert" className="field__error">
            {problem}
          </p>
        )}
      </td>
    </tr>
  );
}

/**
 * Admins manage accounts: create a user with a role, change a role (with the version the row was
 * loaded at, so a concurrent change is shown instead of overwritten), disable or enable an
 * account, and reset a password. New and reset passwords are shown once, to hand over.
 */
export function UsersPage() {
  const trpc = useTRPC();
  const { user: me, loading, isAdmin } = useSession();
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: isAdmin });
  const [issued, setIssued] = useState<IssuedPassword | null>(null);

  const heading = (
    <>
      <title>Users · mandate-tracker</title>
      <h1>Users</h1>
    </>
  );
  if (loading) {
    return (
      <>
        {heading}
        <p role="status" className="loading">
          Loading your account…
        </p>
      </>
    );
  }
  if (!isAdmin) {
    return (
      <>
        {heading}
        <SignInToEditNote what="manage users (admins only)" />
      </>
    );
  }
  return (
    <>
      {heading}
      <p className="page-intro">Who may sign in, and with which role. Nobody is deleted: disable an account instead.</p>
      <div aria-live="polite">
        {issued && (
          <OneTimeSecret
            label={`One-time password for ${issued.email}`}
            value={issued.password}
            warning="Hand it over now: it is not shown again. They must choose their own password when they sign in."
          />
        )}
      </div>
      <section className="card section">
        <NewUserForm onIssued={setIssued} />
      </section>
      <section className="section" aria-labelledby="user-list-heading">
        <h2 id="user-list-heading">All users</h2>
        {users.isError ? (
          <ServerErrorNotice error={users.error} onRetry={() => void users.refetch()} retrying={users.isFetching} />
        ) : users.isPending ? (
          <p role="status" className="loading">
            Loading users…
          </p>
        ) : (
          <div className="ledger-table-scroll">
            <table className="ledger-table account-table">
              <caption className="visually-hidden">Users</caption>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">State</th>
                  <th scope="col">Created</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((user) => (
                  <UserRow key={user.id} user={user} self={user.id === me?.id} onIssued={setIssued} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
