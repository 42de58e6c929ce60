import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { signIn, type TestRole } from './accounts.ts';
import { launchBrowser, openPage, viewports, type WatchedPage } from './browser.ts';
import { ensureBuilt } from './build.ts';
import { startServer, type RunningServer, type StartServerOptions } from './server.ts';

/** The server and browser shared by the tests of one file. */
export interface BrowserApp {
  /** The running server (URL, output, stop). */
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Opens `path` in a fresh browser context, as the public, and waits until the page has loaded. */
  open(path: string, viewport?: { width: number; height: number }): Promise<WatchedPage>;
  /** Like `open`, signed in as a user with `role` (created on first use) before the page loads. */
  openAs(role: TestRole, path: string, viewport?: { width: number; height: number }): Promise<WatchedPage>;
  /** Signs an open page's context in as `role`; reload or navigate to see the app signed in. */
  signIn(page: WatchedPage['page'], role: TestRole): Promise<void>;
}

/**
 * Registers beforeAll/afterAll hooks that build what is stale, start one server and one Chromium
 * for the calling test file, and shut both down afterwards. Call it at the top of a describe block.
 */
export function useBrowserApp(options: StartServerOptions = {}): BrowserApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    await ensureBuilt();
    [server, browser] = await Promise.all([startServer(options), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.stop()]);
  });

  const ready = () => {
    if (!server || !browser) throw new Error('useBrowserApp: the server or browser did not start (see beforeAll)');
    return { server, browser };
  };

  return {
    get server() {
      return ready().server;
    },
    get browser() {
      return ready().browser;
    },
    async open(path, viewport = viewports.desktop) {
      const { server, browser } = ready();
      const watched = await openPage(browser, server.url, viewport);
      await watched.page.goto(path);
      return watched;
    },
    async openAs(role, path, viewport = viewports.desktop) {
      const { server, browser } = ready();
      const watched = await openPage(browser, server.url, viewport);
      await signIn(watched.page, server.url, role);
      await watched.page.goto(path);
      return watched;
    },
    signIn(page, role) {
      return signIn(page, ready().server.url, role);
    },
  };
}
