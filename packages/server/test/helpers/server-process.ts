import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The server package directory. */
export const serverPackageDir = path.resolve(import.meta.dirname, '../..');
/** The bundled server that `pnpm build` produces. */
export const builtServerEntry = path.join(serverPackageDir, 'dist/main.js');

/** Builds dist/main.js exactly as `pnpm build` does, failing with vite's output if it breaks. */
export function buildServer(): void {
  const vite = path.join(serverPackageDir, 'node_modules/.bin/vite');
  const result = spawnSync(vite, ['build', '--ssr', 'src/main.ts', '--outDir', 'dist', '--logLevel', 'warn'], {
    cwd: serverPackageDir,
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(builtServerEntry)) {
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Asks the OS for a port nobody listens on. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject()));
    });
  });
}

/** A server started with `node dist/main.js`, with everything it printed. */
export interface ServerProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name) and how long after `since` it came. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Resolves when stdout contains `text`; rejects if the process exits first or time runs out. */
  waitForOutput(text: string, timeoutMs: number): Promise<void>;
}

/**
 * Starts the built server as a child process with `environment` on top of a minimal one
 * (DATABASE_URL and friends from the test runner are not inherited).
 */
export function startBuiltServer(environment: Record<string, string>, cwd: string = serverPackageDir): ServerProcess {
  const child = spawn(process.execPath, [builtServerEntry], {
    cwd,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', SAMPLE_DATA: 'skip', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  let running = true;
  void exited.then(() => (running = false));

  const waitForOutput = async (text: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!stdout.includes(text)) {
      if (!running) throw new Error(`the server exited before printing "${text}":\n${stdout}\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, stdout: () => stdout, stderr: () => stderr, exited, waitForOutput };
}
