import type express from 'express';
import { readSessionToken } from './session-cookie.ts';

/** The header the web app sends on every request; other sites' pages cannot add it. */
export const CSRF_HEADER = 'x-mandate-tracker-csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOfReferer(referer: string | undefined): string | null {
  if (referer === undefined) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/** True when `origin` names the host the request was sent to (or one of `trustedOrigins`). */
function isOwnOrigin(origin: string, request: express.Request, trustedOrigins: readonly string[]): boolean {
  if (trustedOrigins.includes(origin)) return true;
  const host = request.host;
  if (host === undefined) return false;
  try {
    const parsed = new URL(origin);
    // Parsed with the origin's scheme, so a Host with the default port written out still matches.
    return parsed.host === new URL(`${parsed.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

/**
 * Why an unsafe request must be refused as possibly forged by another site, or null to let it
 * through. Requests with an Authorization header are exempt: browsers never add one to a
 * cross-site request. The rest must carry `x-mandate-tracker-csrf: 1` and an Origin (or
 * Referer) naming this server. `anonymousToo: false` also exempts requests carrying no session
 * cookie (they have no authority to abuse; /api answers them 401 instead).
 */
export function crossSiteRefusal(
  request: express.Request,
  options: { trustedOrigins: readonly string[]; anonymousToo: boolean },
): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  if (request.headers.authorization !== undefined) return null;
  if (!options.anonymousToo && readSessionToken(request) === null) return null;
  if (request.get(CSRF_HEADER) !== '1') {
    return `Cross-site request refused: send the header "${CSRF_HEADER}: 1" (the web app does), or use an API token`;
  }
  const declared = request.get('origin');
  const origin = declared === undefined || declared === '' ? originOfReferer(request.get('referer')) : declared;
  if (origin === null || origin === 'null') {
    return 'Cross-site request refused: the request has no Origin or Referer header naming this site';
  }
  if (!isOwnOrigin(origin, request, options.trustedOrigins)) {
    return `Cross-site request refused: origin ${origin} is not this site`;
  }
  return null;
}
