import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';

/** Path prefixes that belong to the server and must never fall back to the web app. */
const SERVER_PATHS = /^\/(trpc|api|healthz)(\/|$)/;
// Requests for files (`/assets/app.js`, `/favicon.ico`) get a real 404, not the HTML page.
const FILE_REQUEST = /\.[a-z0-9]+$/i;

/**
 * Serves the built web app from `webDistDir`, with a fallback to `index.html` for client-side
 * routes. When the web app has not been built, answers with a short page saying how to build it.
 */
export function createWebAppRouter(webDistDir: string): express.Router {
  const webApp = express.Router();
  const indexHtml = path.join(webDistDir, 'index.html');

  // Vite puts content-hashed files in assets/, so they can be cached for good.
  webApp.use(
    '/assets',
    express.static(path.join(webDistDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: true }),
  );
  webApp.use(express.static(webDistDir, { index: false }));

  webApp.get('/{*splat}', (request, response, next) => {
    if (SERVER_PATHS.test(request.path) || FILE_REQUEST.test(request.path)) {
      next();
      return;
    }
    // Checked per request so a web build made while the server runs is picked up.
    if (!existsSync(indexHtml)) {
      response
        .type('text/plain')
        .send(
          `The mandate-tracker web app is not built yet (no ${indexHtml}).\n` +
            'Run `pnpm build` at the repository root, then reload this page.\n' +
            'The API is up: see /healthz.\n',
        );
      return;
    }
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(indexHtml);
  });
  return webApp;
}
