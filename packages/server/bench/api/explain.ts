/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of every statement the bench's endpoints issue, for their
 * first input (BENCH_ONLY=list,search to pick endpoints), after warming the cache once.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mandate_bench npx tsx bench/api/explain.ts
 */
import pg from 'pg';
import { postgresTypeParsers } from '../../src/db/type-parsers.ts';
import { benchDatabaseUrl, openBenchDatabase } from './bench-database.ts';
import { captureSql } from './capture-sql.ts';
import { endpointsFor } from './endpoints.ts';

const ONLY = process.env.BENCH_ONLY?.split(',');
const handle = await openBenchDatabase({ migrate: true });
const pool = new pg.Pool({ connectionString: benchDatabaseUrl(), types: postgresTypeParsers, max: 2 });
try {
  for (const endpoint of await endpointsFor(handle.db)) {
    if (ONLY !== undefined && !ONLY.includes(endpoint.key)) continue;
    const [statements = []] = await captureSql({ ...endpoint, inputs: endpoint.inputs.slice(0, 1) }, pool);
    console.log(`\n=== ${endpoint.name}: ${statements.length} statements`);
    for (const query of statements) {
      const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${query.sql}`, [
        ...query.parameters,
      ]);
      console.log(`\n-- ${query.sql.replace(/\s+/g, ' ').slice(0, 300)}`);
      console.log(`-- parameters: ${JSON.stringify(query.parameters).slice(0, 200)}`);
      for (const row of rows) console.log(row['QUERY PLAN']);
    }
  }
} finally {
  await pool.end();
  await handle.close();
}
