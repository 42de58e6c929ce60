/**
 * Browser-test harness: build the app if needed, start the built server on PGlite in memory,
 * drive Chromium through playwright-core, check accessibility with axe-core.
 *
 * ```ts
 * const app = useBrowserApp();                 // in a describe block: starts/stops for the file
 * const { page } = await app.open('/status');  // fresh context, waits for the page to load
 * const { page } = await app.openAs('planner', '/import'); // the same, signed in as a planner
 * ```
 */
export {
  SESSION_COOKIE,
  TEST_ACCOUNTS,
  TEST_ADMIN,
  sessionCookie,
  signIn,
  signInByApi,
  type TestRole,
} from './accounts.ts';
export { findSeriousAccessibilityViolations, type AccessibilityViolation } from './axe.ts';
export { launchBrowser, openPage, saveScreenshot, viewports, type WatchedPage } from './browser.ts';
export { ensureBuilt } from './build.ts';
export { startServer, type RunningServer, type StartServerOptions } from './server.ts';
export { useBrowserApp, type BrowserApp } from './use-browser-app.ts';
