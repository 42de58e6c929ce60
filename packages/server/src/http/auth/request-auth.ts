import type { Actor } from '@mandate-tracker/shared';
import type express from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { resolveApiToken, resolveSession, type UserRow } from '../../domain/accounts/index.ts';
import { AppError } from '../../domain/errors.ts';
import { clearSessionCookie, readSessionToken } from './session-cookie.ts';

/** Who a request comes from, as established once per request by {@link authenticate}. */
export interface RequestAuth {
  /** `null` is the public. */
  actor: Actor | null;
  /** The session the cookie named; null for the public and for bearer tokens. */
  sessionId: string | null;
}

const PUBLIC: RequestAuth = Object.freeze({ actor: null, sessionId: null });

// Kept beside the request rather than on it, so no global type augmentation of Express is needed.
const authOfRequest = new WeakMap<express.Request, RequestAuth>();

/** The caller of a request that went through {@link authenticate}; the public otherwise. */
export function requestAuth(request: express.Request): RequestAuth {
  return authOfRequest.get(request) ?? PUBLIC;
}

function actorOf(user: UserRow, via: 'session' | 'token'): Actor {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    via,
    // Scripts with a token are not asked to change a password; people signed in are.
    mustChangePassword: via === 'session' && user.must_change_password,
  };
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Establishes the caller: an `Authorization: Bearer mt_…` API token when the header is present
 * (and then only it), else the `mt_session` cookie. An unknown or expired cookie makes the
 * caller the public and clears the cookie; a bad token is refused, because a script sending
 * one expects to act as someone.
 * @throws AppError UNAUTHORIZED for an Authorization header that is not a valid API token
 */
export async function authenticate(
  db: Kysely<Database>,
  request: express.Request,
  response: express.Response,
): Promise<RequestAuth> {
  const authorization = request.headers.authorization;
  let auth = PUBLIC;
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    if (token === undefined) {
      throw new AppError('UNAUTHORIZED', 'Send an API token as "Authorization: Bearer mt_…"');
    }
    const resolved = await resolveApiToken(db, token);
    if (resolved === null) {
      throw new AppError('UNAUTHORIZED', 'The API token is not valid: unknown, revoked, or its owner is disabled');
    }
    auth = { actor: actorOf(resolved.user, 'token'), sessionId: null };
  } else {
    const token = readSessionToken(request);
    if (token !== null) {
      const session = await resolveSession(db, token);
      if (session === null) clearSessionCookie(request, response);
      else auth = { actor: actorOf(session.user, 'session'), sessionId: session.sessionId };
    }
  }
  authOfRequest.set(request, auth);
  return auth;
}
