/**
 * API latency under load, each call beside its own SQL. On a PostgreSQL database that already
 * holds the corpus (BENCH_DATABASE_URL), seeds the bench planning data when missing, starts the
 * real server in a child process, and for each endpoint:
 *
 * 1. drives it with autocannon (50 connections; a warm-up, then BENCH_DURATION_S seconds),
 *    cycling through a few inputs (filters, ids, words), and reads p50, p97.5, p99 and requests/s;
 * 2. captures the SQL the domain function issues for each of those inputs (a Kysely log hook)
 *    and runs it BENCH_SQL_RUNS times, one call's statements after another on one pg
 *    connection, for the p50 and p99 of "its own SQL";
 * 3. reports the ratio API p99 / SQL p99 (target: under 50 ms and within 2× at 100,000 mandates;
 *    search p95 under 100 ms, read as p97.5, which autocannon reports and which bounds p95).
 *
 * Prints a table and merges rows into bench-results.json. Standalone:
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mandate_bench npx tsx bench/api/run.ts
 */
import { fork } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import superjson from 'superjson';
import { postgresTypeParsers } from '../../src/db/type-parsers.ts';
import { benchDatabaseUrl, openBenchDatabase } from './bench-database.ts';
import { captureSql, type CapturedQuery } from './capture-sql.ts';
import { endpointsFor, type Endpoint } from './endpoints.ts';
import { mergeBenchResults, type BenchEntry } from '@mandate-tracker/shared/bench-results';
import { seedBenchPlanning } from './planning-seed.ts';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const SQL_RUNS = Number(process.env.BENCH_SQL_RUNS ?? 100);
const SQL_MAX_S = Number(process.env.BENCH_SQL_MAX_S ?? 20);
const ONLY = process.env.BENCH_ONLY?.split(',');
/** A label for the rows, e.g. "100,000 mandates"; by default the mandate count rounded. */
const LABEL = process.env.BENCH_LABEL;

interface LatencySummary {
  p50: number;
  p975: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
  bytesPerRequest: number;
}

interface SqlSummary {
  p50: number;
  p99: number;
  runs: number;
  statements: number;
}

/** Each input's statements in order on one connection, SQL_RUNS calls in all; wall time per call. */
async function timeSql(calls: CapturedQuery[][], pool: pg.Pool): Promise<SqlSummary> {
  const client = await pool.connect();
  try {
    for (const statements of calls) for (const query of statements) await client.query(query.sql, [...query.parameters]);
    const times: number[] = [];
    // Slow calls stop after SQL_MAX_S seconds, with at least 10 runs.
    const deadline = performance.now() + SQL_MAX_S * 1000;
    for (let run = 0; run < SQL_RUNS && (run < 10 || performance.now() < deadline); run++) {
      const statements = calls[run % calls.length]!;
      const started = performance.now();
      for (const query of statements) await client.query(query.sql, [...query.parameters]);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return {
      p50: percentile(times, 0.5),
      p99: percentile(times, 0.99),
      runs: times.length,
      statements: Math.max(...calls.map((statements) => statements.length)),
    };
  } finally {
    client.release();
  }
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** The tRPC GET path of a query procedure with a superjson-encoded input. */
function trpcPath(procedure: string, input: unknown): string {
  return `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
}

async function load(port: number, endpoint: Endpoint, seconds: number): Promise<LatencySummary> {
  const paths = endpoint.inputs.map((input) => trpcPath(endpoint.procedure, input));
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    // On a loaded machine a slow call must count as a slow answer, not as an error.
    timeout: 60,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = paths[next++ % paths.length]!;
          return { ...request, path };
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}

async function startServer(): Promise<{ port: number; stop: () => Promise<void> }> {
  const child = fork(fileURLToPath(new URL('./serve.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATABASE_URL: benchDatabaseUrl() },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the bench server exited with code ${code} before listening`)));
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function ms(value: number): string {
  return value.toFixed(value < 10 ? 2 : 1);
}

const handle = await openBenchDatabase({ migrate: true });
const pool = new pg.Pool({ connectionString: benchDatabaseUrl(), types: postgresTypeParsers, max: 2 });
try {
  const planning = await seedBenchPlanning(handle.db);
  await sql`analyze`.execute(handle.db);
  const counts = (
    await sql<{ mandates: number; paragraphs: number; documents: number; obligations: number }>`
      select (select count(*) from mandate) as mandates, (select count(*) from paragraph) as paragraphs,
        (select count(*) from document) as documents, (select count(*) from reporting_obligation) as obligations`.execute(
      handle.db,
    )
  ).rows[0]!;
  const label = LABEL ?? `${Math.round(counts.mandates / 1000).toLocaleString('en')}k mandates`;
  console.log(
    `corpus: ${counts.documents} documents, ${counts.paragraphs} paragraphs, ${counts.mandates} mandates, ${counts.obligations} obligations; planning: ${JSON.stringify(planning)}`,
  );
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s per endpoint; SQL ${SQL_RUNS} sequential calls\n`,
  );
  const endpoints = (await endpointsFor(handle.db)).filter((endpoint) => ONLY === undefined || ONLY.includes(endpoint.key));
  const server = await startServer();
  const entries: BenchEntry[] = [];
  const lines: string[] = [];
  try {
    for (const endpoint of endpoints) {
      const calls = await captureSql(endpoint, pool);
      const sqlTimes = await timeSql(calls, pool);
      await load(server.port, endpoint, WARMUP_S);
      const before = loadavg()[0]!;
      const api = await load(server.port, endpoint, DURATION_S);
      const after = loadavg()[0]!;
      // Answers that are not 2xx (503 when the pool cannot hand out a connection within its
      // timeout on an overloaded machine) are counted and shown, not hidden.
      const failed = api.non2xx + api.errors;
      if (api.requests === 0) {
        // Every call took longer than the run (a machine loaded by other work): say so, write no row.
        lines.push(`${endpoint.name.padEnd(44)} no answer completed within ${DURATION_S} s; SQL p50 ${ms(sqlTimes.p50)} p99 ${ms(sqlTimes.p99)}; load ${before.toFixed(1)}-${after.toFixed(1)}`);
        console.log(lines.at(-1));
        continue;
      }
      const ratio = api.p99 / sqlTimes.p99;
      const p99Met = api.p99 < 50 && ratio <= 2;
      const searchMet = endpoint.key !== 'search' || api.p975 < 100;
      lines.push(
        `${endpoint.name.padEnd(44)} ${ms(api.p50).padStart(7)} ${ms(api.p975).padStart(7)} ${ms(api.p99).padStart(7)} ${api.requestsPerSecond.toFixed(0).padStart(6)} ${ms(sqlTimes.p50).padStart(7)} ${ms(sqlTimes.p99).padStart(7)} ${String(sqlTimes.statements).padStart(4)} ${ratio.toFixed(2).padStart(6)} ${(api.bytesPerRequest / 1024).toFixed(1).padStart(8)} ${before.toFixed(1).padStart(5)}-${after.toFixed(1).padEnd(5)} ${p99Met && searchMet && failed === 0 ? 'met' : 'NOT met'}${failed > 0 ? ` (${failed} of ${api.requests + api.errors} failed)` : ''}`,
      );
      const name = `api (${label}): ${endpoint.name}`;
      entries.push(
        { name: `${name} p50`, value: round(api.p50), unit: 'ms', baseline: round(sqlTimes.p50), ratio: round(api.p50 / sqlTimes.p50) },
        { name: `${name} p97.5`, value: round(api.p975), unit: 'ms' },
        { name: `${name} p99`, value: round(api.p99), unit: 'ms', baseline: round(sqlTimes.p99), ratio: round(ratio) },
        { name: `${name} requests/s`, value: round(api.requestsPerSecond), unit: 'req/s' },
        { name: `${name} load average`, value: round((before + after) / 2), unit: 'load (1 min)' },
      );
      console.log(lines.at(-1));
    }
  } finally {
    await server.stop();
  }
  console.log(
    `\n${'endpoint'.padEnd(44)} ${'p50'.padStart(7)} ${'p97.5'.padStart(7)} ${'p99'.padStart(7)} ${'req/s'.padStart(6)} ${'SQL p50'.padStart(7)} ${'SQL p99'.padStart(7)} ${'stmt'.padStart(4)} ${'ratio'.padStart(6)} ${'KiB/resp'.padStart(8)} ${'load'.padStart(11)} target`,
  );
  for (const line of lines) console.log(line);
  console.log(
    '\nms; ratio = API p99 / SQL p99 (SQL: the statements one call issues, run one after another on one connection); load = 1-minute load average before-after the run',
  );
  console.log(`wrote ${mergeBenchResults(entries)}`);
} finally {
  await pool.end();
  await handle.close();
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}
