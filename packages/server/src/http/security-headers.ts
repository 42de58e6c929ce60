import type express from 'express';
import helmet from 'helmet';

/**
 * Security headers for every response (helmet). The Content-Security-Policy allows only this
 * server's own scripts, styles, images and API: the built web app has no inline scripts or style
 * sheets, and React writes `style` props through the CSSOM, which CSP does not restrict. Text
 * from documents is rendered as text, and even injected markup could not run a script.
 */
export function securityHeaders(): express.RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: served over plain http on a LAN address it would break every asset.
      },
    },
    // Referer is not needed for anything; the CSRF check reads Origin, which browsers send on POST.
    referrerPolicy: { policy: 'no-referrer' },
  });
}
