import type { Browser, BrowserContext, Page } from 'playwright-core';
import { viewports } from '../test/browser/harness/browser.ts';

/** One load of the workspace, timed in the page from navigation start (performance.timeOrigin). */
export interface TableRender {
  /** The first mandate rows were in the DOM. */
  firstRowsInDomMs: number;
  /** The frame after that had been painted: the rows are on screen. */
  firstRowsVisibleMs: number;
  /** First contentful paint (the shell). */
  firstContentfulPaintMs: number;
  /** The HTML document and every initial script had run (DOMContentLoaded ended). */
  domContentLoadedMs: number;
  /** The tRPC request that carried the first page of mandates: when it was sent and answered. */
  listRequest: { startMs: number; endMs: number; procedures: string[] } | null;
}

/** Scrolling the table from the first page until every row is loaded and the last one rendered. */
export interface ScrollToEnd {
  milliseconds: number;
  /** Rows the table says it shows once done ("All 10000 matching mandates shown."). */
  rows: number;
  /** Pages fetched on the way (tRPC requests that carried mandates.list). */
  pageRequests: number;
  /** Main-thread tasks over 50 ms while scrolling, and their total length. */
  longTasks: number;
  longTaskMs: number;
}

const ROW_SELECTOR = '[data-testid="mandate-table-viewport"] tbody tr[data-index]';

/**
 * Runs before any script of the page: notes when the first mandate row enters the DOM and when
 * the frame holding it has been painted (a message posted from requestAnimationFrame is handled
 * after that frame), and counts long tasks.
 */
function installProbe(rowSelector: string) {
  const probe = { firstRowsInDom: 0, firstRowsVisible: 0, longTasks: [] as number[] };
  // Scrolling to the end fetches a hundred pages; keep every request's timing.
  performance.setResourceTimingBufferSize(5000);
  (window as unknown as { __tableProbe: typeof probe }).__tableProbe = probe;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(rowSelector)) return;
    observer.disconnect();
    probe.firstRowsInDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.firstRowsVisible = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** What went wrong on a page, to explain a timeout: uncaught errors, console errors, failed requests. */
const problems = new WeakMap<Page, string[]>();

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const seen: string[] = [];
  problems.set(page, seen);
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) seen.push(`${response.status()} ${response.url()}`);
  });
  return page;
}

async function readRender(page: Page): Promise<TableRender> {
  try {
    await page.waitForFunction(
      () => {
        const probe = (window as unknown as { __tableProbe?: { firstRowsVisible: number } }).__tableProbe;
        return probe !== undefined && probe.firstRowsVisible > 0;
      },
      undefined,
      { timeout: 120_000 },
    );
  } catch (error) {
    const seen = problems.get(page) ?? [];
    throw new Error(`No mandate row appeared on ${page.url()} within 120 s; the page reported:\n${seen.join('\n')}`, {
      cause: error,
    });
  }
  return page.evaluate(() => {
    const probe = (window as unknown as { __tableProbe: { firstRowsInDom: number; firstRowsVisible: number } })
      .__tableProbe;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const list = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
      decodeURIComponent(entry.name).includes('mandates.list'),
    );
    return {
      firstRowsInDomMs: probe.firstRowsInDom,
      firstRowsVisibleMs: probe.firstRowsVisible,
      firstContentfulPaintMs: paint?.startTime ?? Number.NaN,
      domContentLoadedMs: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      listRequest: list
        ? {
            startMs: list.startTime,
            endMs: list.responseEnd,
            procedures: decodeURIComponent(new URL(list.name).pathname).replace('/trpc/', '').split(','),
          }
        : null,
    };
  });
}

async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: viewports.desktop });
  await context.addInitScript(installProbe, ROW_SELECTOR);
  return context;
}

/** Opens `path` in a fresh browser context (empty HTTP cache): a first visit. */
export async function measureColdRender(browser: Browser, baseURL: string, path: string): Promise<TableRender> {
  const context = await newContext(browser, baseURL);
  try {
    const page = await openPage(context);
    await page.goto(path, { waitUntil: 'commit' });
    return await readRender(page);
  } finally {
    await context.close();
  }
}

/**
 * Opens `path` once to fill the HTTP cache, then `times` more times in the same context: a
 * returning visitor (scripts from the cache; the app's in-memory query cache starts empty each time).
 */
export async function measureWarmRenders(
  browser: Browser,
  baseURL: string,
  path: string,
  times: number,
): Promise<TableRender[]> {
  const context = await newContext(browser, baseURL);
  try {
    const page = await openPage(context);
    await page.goto(path, { waitUntil: 'commit' });
    await readRender(page);
    const renders: TableRender[] = [];
    for (let run = 0; run < times; run += 1) {
      await page.goto(path, { waitUntil: 'commit' });
      renders.push(await readRender(page));
    }
    return renders;
  } finally {
    await context.close();
  }
}

/**
 * Opens `path`, waits for the first rows, then keeps the table scrolled to its bottom (a
 * user holding End) until `expectedRows` are loaded and the last row is rendered.
 */
export async function measureScrollToEnd(
  browser: Browser,
  baseURL: string,
  path: string,
  expectedRows: number,
): Promise<ScrollToEnd> {
  const context = await newContext(browser, baseURL);
  try {
    const page = await openPage(context);
    await page.goto(path, { waitUntil: 'commit' });
    await readRender(page);
    return await page.evaluate(
      async ({ expectedRows, rowSelector }) => {
        const probe = (window as unknown as { __tableProbe: { longTasks: number[] } }).__tableProbe;
        const viewport = document.querySelector<HTMLElement>('[data-testid="mandate-table-viewport"]');
        if (!viewport) throw new Error('no mandate table viewport');
        // No named functions in here: tsx would wrap them in a helper (__name) the page does not have.
        const resources = performance.getEntriesByType('resource');
        const requestsBefore = resources.filter((entry) => entry.name.includes('mandates.list')).length;
        const longTasksBefore = probe.longTasks.length;
        const lastRow = `${rowSelector}[data-index="${expectedRows - 1}"]`;
        const started = performance.now();
        const deadline = started + 600_000;
        while (!document.querySelector(lastRow)) {
          if (performance.now() > deadline) throw new Error(`row ${expectedRows} not rendered after 10 minutes`);
          viewport.scrollTop = viewport.scrollHeight;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        const milliseconds = performance.now() - started;
        const longTasks = probe.longTasks.slice(longTasksBefore);
        const summary = document.querySelector('[data-testid="table-summary"]')?.textContent ?? '';
        return {
          milliseconds,
          rows: Number(/All (\d+) matching/.exec(summary)?.[1] ?? Number.NaN),
          pageRequests:
            performance.getEntriesByType('resource').filter((entry) => entry.name.includes('mandates.list')).length -
            requestsBefore,
          longTasks: longTasks.length,
          longTaskMs: longTasks.reduce((total, duration) => total + duration, 0),
        };
      },
      { expectedRows, rowSelector: ROW_SELECTOR },
    );
  } finally {
    await context.close();
  }
}
