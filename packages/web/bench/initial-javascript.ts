import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip (level 9) byte counts of some JavaScript files. */
export interface JavaScriptSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** What the built app's JavaScript weighs: what the first page load fetches, and every chunk. */
export interface InitialJavaScript {
  /** The entry script of index.html and the chunks it modulepreloads: fetched before anything renders. */
  initial: JavaScriptSize;
  /** Every .js file under dist/assets, the lazily loaded screens included. */
  all: JavaScriptSize;
}

/** The `src` of `<script type="module">` and the `href` of `<link rel="modulepreload">` in index.html. */
export function initialScriptPaths(indexHtml: string): string[] {
  const paths: string[] = [];
  for (const tag of indexHtml.match(/<script\b[^>]*>/g) ?? []) {
    if (!/\btype="module"/.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src) paths.push(src);
  }
  for (const tag of indexHtml.match(/<link\b[^>]*>/g) ?? []) {
    if (!/\brel="modulepreload"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href) paths.push(href);
  }
  return paths;
}

async function sizeOf(distDir: string, files: string[]): Promise<JavaScriptSize> {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = await readFile(join(distDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

/** Measures the JavaScript of the web app built into `distDir` (packages/web/dist). */
export async function measureInitialJavaScript(distDir: string): Promise<InitialJavaScript> {
  const indexHtml = await readFile(join(distDir, 'index.html'), 'utf8');
  const initialFiles = initialScriptPaths(indexHtml).map((path) => path.replace(/^\//, ''));
  if (initialFiles.length === 0) throw new Error(`${join(distDir, 'index.html')} names no module script`);
  const assets = await readdir(join(distDir, 'assets'));
  const allFiles = assets.filter((name) => name.endsWith('.js')).map((name) => `assets/${name}`);
  return { initial: await sizeOf(distDir, initialFiles), all: await sizeOf(distDir, allFiles) };
}
