/**
 * Web app benchmarks (issue 7, item 4): the JavaScript a first visit downloads, and how fast the
 * planner workspace shows the mandate table when 10,000 mandates match its filter, in headless
 * Chromium against the built server on PGlite. Prints a table and merges its rows into
 * bench-results.json at the repository root.
 *
 *   pnpm --filter @mandate-tracker/web bench [--runs=5] [--mandates=10000] [--fresh]
 *
 * The seeded database is kept in the system temp directory between runs (the import takes minutes
 * on a loaded machine); `--fresh` imports it again.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchBrowser } from '../test/browser/harness/browser.ts';
import { ensureBuilt } from '../test/browser/harness/build.ts';
import { serverDir, webDir } from '../test/browser/harness/paths.ts';
import { startServer } from '../test/browser/harness/server.ts';
import { type BenchEntry, formatBenchTable, mergeBenchResults } from '@mandate-tracker/shared/bench-results';
import { measureInitialJavaScript } from './initial-javascript.ts';
import { median, round } from './statistics.ts';
import { seedDatabase } from './seed-database.ts';
import { measureColdRender, measureScrollToEnd, measureWarmRenders, type TableRender } from './table-render.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const RUNS = option('runs', 5);
const MANDATES = option('mandates', 10_000);
const FRESH = args.includes('--fresh');
/** Every synthetic mandate is a request to UNODC: this filter matches all of them. */
const WORKSPACE_PATH = '/?addressee=unodc';
const KB = 1000;
const run = promisify(execFile);

const loadAtStart = loadavg()[0]!;
// The server bundle as the browser tests build it; the web app into a directory of its own, so
// that a browser test rebuilding packages/web/dist meanwhile cannot pull files from under the pages.
await ensureBuilt();
const distDir = join(tmpdir(), 'mandate-tracker-web-bench', 'dist');
await run('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', distDir], {
  cwd: webDir,
});

const javascript = await measureInitialJavaScript(distDir);
console.log(`initial scripts (index.html): ${javascript.initial.files.join(', ')}`);

/** A seeded data directory per generator version and size, reused until the generator changes. */
async function cachedDatabase(): Promise<{ dataDir: string; importSeconds: number | null }> {
  const generator = await readFile(join(serverDir, 'test/scale/synthetic-resolution.ts'));
  const key = createHash('sha256').update(generator).update(String(MANDATES)).digest('hex').slice(0, 12);
  const cacheDir = join(tmpdir(), 'mandate-tracker-web-bench', `mandates-${MANDATES}-${key}`);
  const seeded = await stat(join(cacheDir, 'PG_VERSION')).catch(() => null);
  if (seeded && !FRESH) return { dataDir: cacheDir, importSeconds: null };
  console.log(`importing ${MANDATES} synthetic mandates into PGlite (takes minutes; kept for later runs)…`);
  const fresh = await seedDatabase(MANDATES);
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(join(cacheDir, '..'), { recursive: true });
  await cp(fresh.dataDir, cacheDir, { recursive: true });
  await rm(join(fresh.dataDir, '..'), { recursive: true, force: true });
  return { dataDir: cacheDir, importSeconds: fresh.importSeconds };
}

const database = await cachedDatabase();
if (database.importSeconds !== null) console.log(`imported in ${database.importSeconds.toFixed(0)} s`);

const [server, browser] = await Promise.all([
  startServer({ env: { PGLITE_DATA_DIR: database.dataDir, WEB_DIST_DIR: distDir }, startTimeoutMs: 180_000 }),
  launchBrowser(),
]);
const cold: TableRender[] = [];
let warm: TableRender[];
let scroll: Awaited<ReturnType<typeof measureScrollToEnd>>;
try {
  // One untimed load first: the server's own first-query costs are not the page's.
  await measureColdRender(browser, server.url, WORKSPACE_PATH);
  for (let run = 0; run < RUNS; run += 1) {
    cold.push(await measureColdRender(browser, server.url, WORKSPACE_PATH));
    console.log(`cold run ${run + 1}: first rows visible at ${cold.at(-1)!.firstRowsVisibleMs.toFixed(0)} ms`);
  }
  warm = await measureWarmRenders(browser, server.url, WORKSPACE_PATH, RUNS);
  scroll = await measureScrollToEnd(browser, server.url, WORKSPACE_PATH, MANDATES);
} finally {
  await Promise.all([browser.close(), server.stop()]);
}
const loadAtEnd = loadavg()[0]!;

if (scroll.rows !== MANDATES) {
  throw new Error(`The filter ${WORKSPACE_PATH} matched ${scroll.rows} mandates, not ${MANDATES}: reseed with --fresh`);
}

const describe = (label: string, renders: TableRender[]) => {
  console.log(`\n${label} (ms from navigation start, each run):`);
  for (const render of renders) {
    const list = render.listRequest;
    console.log(
      `  rows visible ${render.firstRowsVisibleMs.toFixed(0).padStart(5)}  in DOM ${render.firstRowsInDomMs.toFixed(0).padStart(5)}` +
        `  FCP ${render.firstContentfulPaintMs.toFixed(0).padStart(5)}  DOMContentLoaded ${render.domContentLoadedMs.toFixed(0).padStart(5)}` +
        (list
          ? `  list request ${list.startMs.toFixed(0)}–${list.endMs.toFixed(0)} [${list.procedures.join(', ')}]`
          : ''),
    );
  }
};
describe('cold (fresh browser context)', cold);
describe('warm (same context, scripts cached)', warm);
console.log(
  `\nscroll to the end: ${scroll.milliseconds.toFixed(0)} ms for ${scroll.rows} rows, ${scroll.pageRequests} page requests, ` +
    `${scroll.longTasks} long tasks (${scroll.longTaskMs.toFixed(0)} ms)`,
);

const rowsLabel = MANDATES.toLocaleString('en');
const entries: BenchEntry[] = [
  {
    name: 'web: initial JavaScript, gzip (entry + modulepreload)',
    value: round(javascript.initial.gzipBytes / KB),
    unit: 'kB',
  },
  { name: 'web: initial JavaScript, raw', value: round(javascript.initial.rawBytes / KB), unit: 'kB' },
  { name: 'web: all JavaScript chunks, gzip', value: round(javascript.all.gzipBytes / KB), unit: 'kB' },
  {
    name: `web: mandate table first rows visible, ${rowsLabel} matching, cold (median of ${RUNS})`,
    value: round(median(cold.map((render) => render.firstRowsVisibleMs)), 0),
    unit: 'ms',
  },
  {
    name: `web: mandate table first rows visible, ${rowsLabel} matching, warm (median of ${RUNS})`,
    value: round(median(warm.map((render) => render.firstRowsVisibleMs)), 0),
    unit: 'ms',
  },
  {
    name: `web: mandate table scrolled to the end, all ${rowsLabel} rows loaded`,
    value: round(scroll.milliseconds, 0),
    unit: 'ms',
  },
];
console.log('');
console.log(formatBenchTable(entries));
console.log(
  `\nload average (1 min): ${loadAtStart.toFixed(1)} at start, ${loadAtEnd.toFixed(1)} at end, on ${cpus().length} CPUs`,
);
mergeBenchResults(entries);
console.log('merged into bench-results.json');
