/**
 * `pnpm import FILE|DIR… [--symbol=SYMBOL]`: imports UN documents (.txt, UTF-8) into the
 * configured database, migrating it first, and prints a report per file. Directories are read
 * for their .txt files. `--symbol` names the document of the single file given (for texts that
 * do not print their symbol); otherwise a file name like A-65-457.txt stands in for a missing
 * symbol. Exits 1 when any file fails; the others are still imported, each in its own transaction.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../domain/errors.ts';
import { decodeUtf8Strict, formatImportReport, importDocument } from '../domain/imports/index.ts';

const USAGE = 'usage: pnpm import FILE|DIR… [--symbol=A/65/457]';

async function expand(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const names = (await readdir(target)).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
  return names.map((name) => path.join(target, name));
}

/** "A-RES-65-232.txt" → "A/RES/65/232"; null for names that do not look like a UN symbol. */
function symbolFromFileName(file: string): string | null {
  const stem = path.basename(file).replace(/\.txt$/i, '');
  return /^[A-Z]{1,2}(-[A-Z0-9.]+)+$/.test(stem) && /\d/.test(stem) ? stem.replaceAll('-', '/') : null;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const symbolArgument = args.find((arg) => arg.startsWith('--symbol='))?.slice('--symbol='.length);
  const targets = args.filter((arg) => !arg.startsWith('--'));
  if (targets.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const files = (await Promise.all(targets.map(expand))).flat();
  if (symbolArgument !== undefined && files.length !== 1) {
    console.error(`--symbol names one document, but ${files.length} files were given.\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  let failures = 0;
  try {
    await migrateToLatest(database.db);
    for (const file of files) {
      const started = performance.now();
      try {
        const text = decodeUtf8Strict(await readFile(file));
        const report = await importDocument(
          database.db,
          {
            text,
            symbol: symbolArgument,
            fallbackSymbol: symbolFromFileName(file) ?? undefined,
            importedBy: `cli:${process.env.USER ?? 'unknown'}`,
          },
          { actor: 'cli', requestId: null },
        );
        console.log(`${formatImportReport(file, report)}\n  (${Math.round(performance.now() - started)} ms)`);
      } catch (error) {
        failures += 1;
        const reason =
          error instanceof AppError ? error.message : error instanceof Error ? error.message : String(error);
        console.error(`${file}: NOT imported: ${reason}`);
      }
    }
  } finally {
    await database.close();
  }
  if (failures > 0) console.error(`${failures} of ${files.length} files failed.`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
