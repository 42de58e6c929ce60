import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { TEST_ADMIN } from './accounts.ts';
import { repoRoot, serverMain, webDistDir } from './paths.ts';

/** A running instance of the built server, on its own port and its own in-memory database. */
export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  /** Stops the server with SIGTERM (SIGKILL after 10 s) and waits for it to exit. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** `skip` (default) starts on an empty database; `load` loads the sample corpus and planning data. */
  sampleData?: 'load' | 'skip';
  /** Extra environment variables for the server. */
  env?: Record<string, string>;
  /** How long to wait for /healthz to answer (default 120 s: loading the sample data on a machine busy with other test runs took over 60 s). */
  startTimeoutMs?: number;
}

/** Asks the OS for a port nobody is listening on. */
async function findFreePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('Could not get a free port');
  return address.port;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) {
      throw new Error(
        `The server exited with code ${child.exitCode ?? child.signalCode} before it was ready:\n${output()}`,
      );
    }
    const response = await fetch(`${url}/healthz`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not answer ${url}/healthz within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts `node packages/server/dist/main.js` (build it first with `ensureBuilt`) on a free port,
 * with embedded PGlite in memory and the web app from packages/web/dist, and waits for /healthz.
 * DATABASE_URL is removed so the browser tests always run on PGlite, even when CI sets it. The
 * first start creates the admin of `TEST_ADMIN` (ADMIN_EMAIL / ADMIN_PASSWORD).
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DATA_DIR: 'memory://',
    SAMPLE_DATA: options.sampleData ?? 'skip',
    WEB_DIST_DIR: webDistDir,
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ...options.env,
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;

  const child = spawn(process.execPath, [serverMain], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const output = () => printed;
  // If the test run dies without calling stop(), the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  const stop = async () => {
    if (exited(child)) return;
    const exit = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(timer);
  };

  try {
    await waitForHealth(url, child, output, options.startTimeoutMs ?? 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output, stop };
}
