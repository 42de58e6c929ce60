/**
 * Parse-and-extract throughput over the sample corpus, beside a baseline measured in the same
 * run: one regex pass that finds paragraph starts over the same text. Each is repeated until
 * about 50 MB have been processed. Prints a table and merges the result into
 * bench-results.json at the repository root ([{ name, value, unit, baseline, ratio }]).
 *
 *   pnpm --filter @mandate-tracker/shared bench
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../src/ingest/index.ts';
import { parseWith } from '../src/ingest/parse.ts';
import { mergeBenchResults, type BenchEntry } from './results.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = ['A-65-457', 'A-RES-65-232', 'A-RES-67-189'];
const TARGET_BYTES = 50 * 1024 * 1024;
const documents = CORPUS.map((name) => readFileSync(`${root}fixtures/corpus/${name}.txt`, 'utf8'));
const corpusBytes = documents.reduce((total, document) => total + Buffer.byteLength(document, 'utf8'), 0);

// The baseline: what any parser must at least do, one pass finding "14. Requests"-like starts.
const PARAGRAPH_START = /(?:^|\s)(\d{1,3})\.\s+(?=[A-Z])/g;

function findParagraphStarts(text: string): number {
  let count = 0;
  PARAGRAPH_START.lastIndex = 0;
  while (PARAGRAPH_START.exec(text)) count++;
  return count;
}

interface Measurement {
  megabytesPerSecond: number;
  /** Throughput per second of CPU time used by this process: steadier on a shared, loaded machine. */
  megabytesPerCpuSecond: number;
  seconds: number;
  megabytes: number;
  /** Something derived from every result, so that no work can be skipped. */
  checksum: number;
}

function measure(work: (text: string) => number): Measurement {
  // Warm up so that both sides are measured with optimised code.
  for (let round = 0; round < 3; round++) for (const document of documents) work(document);
  let bytes = 0;
  let checksum = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  while (bytes < TARGET_BYTES) {
    for (const document of documents) checksum += work(document);
    bytes += corpusBytes;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = bytes / (1024 * 1024);
  return { megabytesPerSecond: megabytes / seconds, megabytesPerCpuSecond: megabytes / cpuSeconds, seconds, megabytes, checksum };
}

const parse = measure((text) => {
  const outcome = parseDocument(text);
  return outcome.ok ? outcome.mandates.length : -1;
});
// The same pipeline with the clause extractor left out: shows which side the time goes to.
const structure = measure((text) => {
  const outcome = parseWith(text, {}, () => []);
  return outcome.ok ? outcome.resolutions.length : -1;
});
const baseline = measure(findParagraphStarts);
const ratio = parse.megabytesPerSecond / baseline.megabytesPerSecond;

const rows = [
  ['parse-and-extract (parseDocument)', parse],
  ['parse without clause extraction', structure],
  ['baseline: one regex pass for paragraph starts', baseline],
] as const;
console.log(`corpus: ${CORPUS.join(', ')} (${(corpusBytes / 1024).toFixed(0)} KiB), ~${TARGET_BYTES / (1024 * 1024)} MB processed per row\n`);
console.log(`${'what'.padEnd(48)} ${'MB/s'.padStart(10)} ${'MB/CPU-s'.padStart(10)} ${'seconds'.padStart(9)} ${'MB'.padStart(7)}`);
for (const [name, result] of rows) {
  console.log(
    `${name.padEnd(48)} ${result.megabytesPerSecond.toFixed(1).padStart(10)} ${result.megabytesPerCpuSecond.toFixed(1).padStart(10)} ${result.seconds.toFixed(2).padStart(9)} ${result.megabytes.toFixed(1).padStart(7)}`,
  );
}
console.log(`\nload average (1 min) during the run: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs; MB/s is wall clock, MB/CPU-s per CPU second of this process`);
console.log(
  `\nratio parse / baseline: ${ratio.toFixed(4)} (${(1 / ratio).toFixed(0)}× slower than the baseline); target ≥ 20 MB/s: ${parse.megabytesPerSecond >= 20 ? 'met' : 'NOT met'} wall, ${parse.megabytesPerCpuSecond >= 20 ? 'met' : 'NOT met'} per CPU-second`,
);

const entries: BenchEntry[] = [
  {
    name: 'ingest: parse-and-extract throughput (corpus)',
    value: round(parse.megabytesPerSecond),
    unit: 'MB/s',
    baseline: round(baseline.megabytesPerSecond),
    ratio: round(ratio, 4),
  },
  {
    // Per second of this process's CPU time (main thread and GC helpers): steadier than wall
    // clock when other work shares the machine. The baseline is measured the same way.
    name: 'ingest: parse-and-extract throughput per CPU-second (corpus)',
    value: round(parse.megabytesPerCpuSecond),
    unit: 'MB/CPU-s',
    baseline: round(baseline.megabytesPerCpuSecond),
    ratio: round(parse.megabytesPerCpuSecond / baseline.megabytesPerCpuSecond, 4),
  },
  {
    name: 'ingest: parse without clause extraction (corpus)',
    value: round(structure.megabytesPerSecond),
    unit: 'MB/s',
    baseline: round(baseline.megabytesPerSecond),
    ratio: round(structure.megabytesPerSecond / baseline.megabytesPerSecond, 4),
  },
];
console.log(`wrote ${mergeBenchResults(entries)}`);

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}
