import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { OneTimeSecret } from '../components/auth/OneTimeSecret.tsx';
import { SignInToEditNote } from '../components/auth/PlannerOnly.tsx';
import { accountErrorMessage, useSession } from '../components/auth/session.ts';
import { ServerErrorNotice } from '../components/ServerErrorNotice.tsx';
import { formatDateTime } from '../format.ts';
import { useTRPC, type RouterOutputs } from '../trpc.ts';

type ApiToken = RouterOutputs['apiTokens']['list'][number];
type CreatedToken = RouterOutputs['apiTokens']['create'];

function TokenRow({ token }: { token: ApiToken }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(
    trpc.apiTokens.revoke.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await queryClient.invalidateQueries({ queryKey: trpc.apiTokens.pathKey() });
      },
    }),
  );
  const revoked = token.revokedAt !== null;
  return (
    <tr data-testid={`token-${token.name}`}>
      <th scope="row">{token.name}</th>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>{formatDateTime(token.createdAt)}</td>
      <td>{token.lastUsedAt === null ? <span className="muted">Never</span> : formatDateTime(token.lastUsedAt)}</td>
      <td data-testid="token-state">
        {revoked && token.revokedAt !== null ? `Revoked ${formatDateTime(token.revokedAt)}` : 'Active'}
      </td>
      <td>
        {!revoked && !confirming && (
          <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(true)}>
            Revoke<span className="visually-hidden"> {token.name}</span>
          </button>
        )}
        {!revoked && confirming && (
          <div role="group" aria-label={`Confirm revoking ${token.name}`}>
            <p>Revoke “{token.name}”? Tools using it are refused from now on; this cannot be undone.</p>
            <div className="item-actions">
              <button
                type="button"
                className="button button--small"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate({ id: token.id })}
              >
                {revoke.isPending ? 'Revoking…' : 'Yes, revoke'}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setConfirming(false)}
              >
                Keep it
              </button>
            </div>
          </div>
        )}
        {revoke.isError && (
          <p role="alert" className="field__error">
            Not revoked: {accountErrorMessage(revoke.error)}
          </p>
        )}
      </td>
    </tr>
  );
}

/**
 * A planner's API tokens, for scripts that import documents through `POST /api/import` with
 * `Authorization: Bearer …`. The server keeps only a hash, so a new token is shown once, here.
 */
export function ApiTokensPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { loading, canPlan } = useSession();
  const id = useId();
  const tokens = useQuery({ ...trpc.apiTokens.list.queryOptions(), enabled: canPlan });
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      onSuccess: async (token) => {
        setCreated(token);
        setName('');
        await queryClient.invalidateQueries({ queryKey: trpc.apiTokens.pathKey() });
      },
      onError: (error) => setProblem(accountErrorMessage(error)),
    }),
  );

  const heading = (
    <>
      <title>API tokens · mandate-tracker</title>
      <h1>API tokens</h1>
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
  if (!canPlan) {
    return (
      <>
        {heading}
        <SignInToEditNote what="create API tokens" />
      </>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem('Name the token after the script or machine that will use it.');
    setProblem(null);
    setCreated(null);
    create.mutate({ name: name.trim() });
  };

  return (
    <>
      {heading}
      <p className="page-intro">
        A token lets a script import documents as you:{' '}
        <code>
          curl -H &apos;authorization: Bearer TOKEN&apos; -H &apos;content-type: text/plain&apos; --data-binary
          @file.txt {window.location.origin}/api/import
        </code>
        . Revoke a token as soon as it is no longer needed or may have leaked.
      </p>
      <div aria-live="polite">
        {created && (
          <OneTimeSecret
            label={`New token “${created.name}”`}
            value={created.token}
            warning="Copy it now and keep it somewhere safe: it is not shown again. Anyone holding it can import documents as you."
          />
        )}
      </div>
      <form className="card section account-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>New token</h2>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={100}
            placeholder="e.g. nightly import script"
            onChange={(event) => setName(event.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? `${id}-error` : undefined}
          />
        </div>
        {problem !== null && (
          <p id={`${id}-error`} role="alert" className="field__error">
            {problem}
          </p>
        )}
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create token'}
        </button>
      </form>
      <section className="section" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>Your tokens</h2>
        {tokens.isError ? (
          <ServerErrorNotice error={tokens.error} onRetry={() => void tokens.refetch()} retrying={tokens.isFetching} />
        ) : tokens.isPending ? (
          <p role="status" className="loading">
            Loading tokens…
          </p>
        ) : tokens.data.length === 0 ? (
          <p className="empty-state">No token yet.</p>
        ) : (
          <div className="ledger-table-scroll">
            <table className="ledger-table account-table">
              <caption className="visually-hidden">Your API tokens</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">State</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.map((token) => (
                  <TokenRow key={token.id} token={token} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
