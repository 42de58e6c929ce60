/**
 * bench-results.json at the repository root: every bench merges its rows into it (a row of the
 * same name is replaced) and the root `pnpm bench` prints the whole file as one table at the
 * end. Shared by the parse, import, API and web benches:
 * `import { mergeBenchResults } from '@mandate-tracker/shared/bench-results'`.
 *
 *   npx tsx packages/shared/bench/results.ts   prints bench-results.json as a table
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One measured figure, with the baseline it is compared to and the ratio where there is one. */
export interface BenchEntry {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

/** The bench-results.json of this repository. */
export const BENCH_RESULTS_PATH = fileURLToPath(new URL('../../../bench-results.json', import.meta.url));

export function readBenchResults(path = BENCH_RESULTS_PATH): BenchEntry[] {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BenchEntry[]) : [];
}

/** Replaces rows of the same name in bench-results.json (others are kept); returns its path. */
export function mergeBenchResults(entries: readonly BenchEntry[], path = BENCH_RESULTS_PATH): string {
  const merged = [
    ...readBenchResults(path).filter((other) => !entries.some((entry) => entry.name === other.name)),
    ...entries,
  ];
  writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
  return path;
}

/** The rows as a fixed-width text table: name, value, unit, baseline, ratio. */
export function formatBenchTable(entries: readonly BenchEntry[]): string {
  const nameWidth = Math.max(4, ...entries.map((entry) => entry.name.length));
  const unitWidth = Math.max(4, ...entries.map((entry) => entry.unit.length));
  const header = `${'name'.padEnd(nameWidth)}  ${'value'.padStart(12)}  ${'unit'.padEnd(unitWidth)}  ${'baseline'.padStart(12)}  ${'ratio'.padStart(8)}`;
  const lines = entries.map(
    (entry) =>
      `${entry.name.padEnd(nameWidth)}  ${String(entry.value).padStart(12)}  ${entry.unit.padEnd(unitWidth)}  ${(entry.baseline === undefined ? '' : String(entry.baseline)).padStart(12)}  ${(entry.ratio === undefined ? '' : String(entry.ratio)).padStart(8)}`,
  );
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const entries = readBenchResults();
  console.log(`\n${BENCH_RESULTS_PATH} (${entries.length} rows)\n`);
  console.log(formatBenchTable(entries));
}
