import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up from this module to the directory holding
 * `pnpm-workspace.yaml`. The same lookup works from `src/` under tsx and from the bundled
 * `dist/main.js`, so default paths such as `./data/pglite` never depend on the working directory.
 * Falls back to the working directory when the module is deployed outside the workspace.
 */
export function findRepoRoot(startUrl: string = import.meta.url): string {
  let directory = path.dirname(fileURLToPath(startUrl));
  for (;;) {
    if (existsSync(path.join(directory, 'pnpm-workspace.yaml'))) return directory;
    const parent = path.dirname(directory);
    if (parent === directory) return process.cwd();
    directory = parent;
  }
}
