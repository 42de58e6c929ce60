import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { repoRoot } from '../test/browser/harness/paths.ts';

/** One row of bench-results.json, in the format every package's bench writes. */
export interface BenchEntry {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

export const benchResultsPath = `${repoRoot}bench-results.json`;

/** Replaces the rows of the same names in bench-results.json at the repository root, keeping the others. */
export function mergeBenchResults(entries: readonly BenchEntry[]): void {
  const existing: BenchEntry[] = existsSync(benchResultsPath)
    ? (JSON.parse(readFileSync(benchResultsPath, 'utf8')) as BenchEntry[])
    : [];
  const merged = [...existing.filter((other) => !entries.some((entry) => entry.name === other.name)), ...entries];
  writeFileSync(benchResultsPath, `${JSON.stringify(merged, null, 2)}\n`);
}

/** Prints the rows as an aligned table. */
export function printBenchTable(entries: readonly BenchEntry[]): void {
  const width = Math.max(...entries.map((entry) => entry.name.length));
  console.log(
    `${'what'.padEnd(width)} ${'value'.padStart(10)} ${'unit'.padEnd(5)} ${'baseline'.padStart(10)} ${'ratio'.padStart(8)}`,
  );
  for (const entry of entries) {
    console.log(
      `${entry.name.padEnd(width)} ${String(entry.value).padStart(10)} ${entry.unit.padEnd(5)} ${String(entry.baseline ?? '').padStart(10)} ${String(entry.ratio ?? '').padStart(8)}`,
    );
  }
}

export function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
