import { parseCookie, stringifySetCookie } from 'cookie';
import type express from 'express';

/** The cookie carrying the session token (the browser never sees the stored hash). */
export const SESSION_COOKIE_NAME = 'mt_session';

/** The session token the request's cookie carries, or null. */
export function readSessionToken(request: express.Request): string | null {
  const header = request.headers.cookie;
  if (header === undefined || header === '') return null;
  return parseCookie(header)[SESSION_COOKIE_NAME] ?? null;
}

// httpOnly: scripts (and so injected ones) cannot read it. SameSite=Lax: other sites' forms and
// images do not send it on POST. Secure over https (behind a proxy: with TRUST_PROXY set).
function cookieAttributes(request: express.Request) {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: request.secure } as const;
}

/** Sets the session cookie until the session's absolute expiry. */
export function setSessionCookie(
  request: express.Request,
  response: express.Response,
  token: string,
  expiresAt: Date,
): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  response.append(
    'Set-Cookie',
    stringifySetCookie({ name: SESSION_COOKIE_NAME, value: token, maxAge, ...cookieAttributes(request) }),
  );
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(request: express.Request, response: express.Response): void {
  response.append(
    'Set-Cookie',
    stringifySetCookie({ name: SESSION_COOKIE_NAME, value: '', maxAge: 0, ...cookieAttributes(request) }),
  );
}
