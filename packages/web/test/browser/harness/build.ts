import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serverDir, serverMain, sharedSrcDir, webDir, webDistDir } from './paths.ts';

const run = promisify(execFile);

/** Newest modification time (ms) of any file under the given files or directories; 0 if none exist. */
async function newestChange(paths: readonly string[]): Promise<number> {
  let newest = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = await stat(join(entry.parentPath, entry.name));
      newest = Math.max(newest, file.mtimeMs);
    }
  }
  return newest;
}

/** True when `output` is missing or older than any of its sources. */
async function isStale(output: string, sources: readonly string[]): Promise<boolean> {
  const built = await stat(output).catch(() => null);
  if (!built) return true;
  return (await newestChange(sources)) > built.mtimeMs;
}

async function build(description: string, command: string, args: string[], cwd: string): Promise<void> {
  try {
    await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Building ${description} failed (${command} ${args.join(' ')}):\n${stdout}\n${stderr}`, {
      cause: error,
    });
  }
}

/**
 * Builds the web app and the server when their output is missing or older than their sources,
 * so the browser tests always drive the code in the working tree. A fresh build is skipped.
 */
export async function ensureBuilt(): Promise<void> {
  const webSources = [
    join(webDir, 'src'),
    join(webDir, 'public'),
    join(webDir, 'index.html'),
    join(webDir, 'vite.config.ts'),
    join(webDir, 'package.json'),
    sharedSrcDir,
  ];
  if (await isStale(join(webDistDir, 'index.html'), webSources)) {
    await build('the web app', 'pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], webDir);
  }
  const serverSources = [join(serverDir, 'src'), join(serverDir, 'package.json'), sharedSrcDir];
  if (await isStale(serverMain, serverSources)) {
    await build('the server', 'pnpm', ['--filter', '@mandate-tracker/server', 'build'], serverDir);
  }
}
