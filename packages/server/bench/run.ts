/**
 * `pnpm --filter @mandate-tracker/server bench`: the server's benchmarks on one PostgreSQL
 * database created for the run.
 *
 * 1. Import (bench/import): synthetic corpora of 100, 1,000 and 10,000 documents imported from
 *    empty tables through the bulk import, beside COPY of the same rows; the database size at
 *    each size. The largest corpus stays in the database.
 * 2. API latency (bench/api/run.ts, when present) against that corpus.
 *
 * Environment:
 *   BENCH_SCALE=small       100 and 1,000 documents instead of 100, 1,000 and 10,000
 *   BENCH_DATABASE_URL      admin connection to the server (default postgres://postgres@127.0.0.1:5432/postgres);
 *                           the run creates its own database beside it and drops it at the end
 *   BENCH_KEEP_DB=1         keep that database (its URL is printed)
 *   BENCH_BATCH_SIZE        documents per import transaction (default 100)
 *   BENCH_SKIP_API=1        the import bench only
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatBenchTable, mergeBenchResults, type BenchEntry } from '@mandate-tracker/shared/bench-results';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import {
  BATCH_SIZE,
  formatImportTable,
  importEntries,
  measureImport,
  SEED,
  type ImportMeasurement,
} from './import/import-bench.ts';

const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = process.env.BENCH_SCALE === 'small' ? [100, 1_000] : [100, 1_000, 10_000];
const KEEP = process.env.BENCH_KEEP_DB === '1';
const API_BENCH = fileURLToPath(new URL('./api/run.ts', import.meta.url));

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function runChild(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

const name = `mandate_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const databaseUrl = url.toString();

console.log(
  `server bench: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
console.log(
  `database ${name} on ${url.host}; sizes ${SIZES.join(', ')}; batch ${BATCH_SIZE} documents per transaction; seed ${SEED}\n`,
);
await onServer(`create database "${name}"`);
const entries: BenchEntry[] = [];
try {
  const handle = await openDatabase({ databaseUrl, pgliteDataDir: 'memory://' });
  const measurements: ImportMeasurement[] = [];
  try {
    await migrateToLatest(handle.db);
    console.log(formatImportTable([]));
    for (const size of SIZES) {
      const measurement = await measureImport(handle.db, databaseUrl, size);
      measurements.push(measurement);
      entries.push(...importEntries(measurement));
      console.log(formatImportTable([measurement]).split('\n')[1]);
    }
  } finally {
    await handle.close();
  }
  console.log(
    `\nimport into PostgreSQL (seconds wall clock; COPY/imp = COPY seconds / import seconds, i.e. the import's speed as a share of COPY's; target ≥ 0.333 and 10,000 documents < 300 s)\n`,
  );
  console.log(formatImportTable(measurements));
  console.log(`\nwrote ${mergeBenchResults(entries)}`);

  if (existsSync(API_BENCH) && process.env.BENCH_SKIP_API !== '1') {
    console.log(`\nAPI bench on the ${SIZES.at(-1)!.toLocaleString('en')}-document corpus\n`);
    await runChild(API_BENCH, { ...process.env, BENCH_DATABASE_URL: databaseUrl });
  }
} finally {
  if (KEEP) console.log(`\nkept ${databaseUrl}`);
  else await onServer(`drop database if exists "${name}" with (force)`);
}
console.log(`\n${formatBenchTable(entries)}`);
