/** Where the sign-in screen lives. */
export const SIGN_IN_PATH = '/sign-in';

/** The sign-in screen's address that returns to `returnTo` (path, query and hash) afterwards. */
export function signInPath(returnTo: string): string {
  return returnTo === '/' || returnTo === '' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(returnTo)}`;
}

/**
 * The `?next=` address to go to after signing in, or `/`. Only a path on this site is followed:
 * `//evil.example` or `https://…` would turn the sign-in form into an open redirect.
 */
export function safeReturnPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith(SIGN_IN_PATH)) return '/';
  return next;
}
