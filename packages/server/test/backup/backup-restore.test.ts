import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { IN_MEMORY_PGLITE } from '../../src/config.ts';
import {
  BackupFileError,
  listAppTables,
  restoreBackup,
  RestoreRefusedError,
  writeBackup,
} from '../../src/db/backup/index.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { latestMigrationVersion, migrateToLatest } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/types.ts';
import { loadSample } from '../../src/domain/sample/index.ts';
import {
  createScratchPostgresDatabase,
  describeEachEngine,
  postgresServerUrl,
  testEngines,
  type EngineName,
} from '../helpers/engines.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'mt-backup-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A second, freshly migrated database of `engine` to restore into. */
async function openFreshDatabase(engine: EngineName): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
  if (engine === 'pglite') {
    const templatePath = inject('pgliteTemplatePath');
    const pgliteSnapshot = templatePath === undefined ? undefined : new Blob([await readFile(templatePath)]);
    const handle = await openDatabase({ databaseUrl: null, pgliteDataDir: IN_MEMORY_PGLITE, pgliteSnapshot });
    await migrateToLatest(handle.db);
    return { ...handle, dispose: () => handle.close() };
  }
  const scratch = await createScratchPostgresDatabase(postgresServerUrl ?? '');
  const handle = await openDatabase({ databaseUrl: scratch.url, pgliteDataDir: IN_MEMORY_PGLITE });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

/**
 * Every row of every application table as PostgreSQL's JSON (all columns, computed ones
 * included), ordered by primary key: equal snapshots mean equal content.
 */
async function snapshotTables(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of await listAppTables(db)) {
    const order = sql.join((table.primaryKey.length > 0 ? table.primaryKey : table.columns).map((c) => sql.ref(c)));
    const { rows } = await sql<{ row: string }>`
      select to_jsonb(t)::text as row from ${sql.table(table.name)} as t order by ${order}
    `.execute(db);
    snapshot[table.name] = rows.map((row) => row.row);
  }
  return snapshot;
}

const rowCounts = (snapshot: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(snapshot).map(([table, rows]) => [table, rows.length]));

/** Planner edits on top of the sample, with values that are easy to lose in a round trip. */
async function editSampleData(db: Kysely<Database>): Promise<void> {
  const mandate = await db.selectFrom('mandate').select('id').orderBy('id').executeTakeFirstOrThrow();
  await db
    .updateTable('mandate')
    .set({
      status: 'in-progress',
      owner_unit: 'Crime Prevention — “Unit” <b>&</b>',
      notes: 'Line one\nline two\ttab \\ backslash \'quote\' "double" émoji 🌍 \u2028 end',
    })
    .where('id', '=', mandate.id)
    .execute();
  await db
    .insertInto('mandate_override')
    .values({
      mandate_id: mandate.id,
      field: 'action',
      value: JSON.stringify('A corrected action with a "quote" and ünïcödé'),
      created_by: 'backup-test',
    })
    .execute();
  // Deleting rows leaves gaps in the ids, which a restore must keep.
  const lastProject = await db.selectFrom('project').select('id').orderBy('id', 'desc').executeTakeFirst();
  if (lastProject !== undefined) await db.deleteFrom('project').where('id', '=', lastProject.id).execute();
}

describeEachEngine('db:backup and db:restore', (getDb, engine) => {
  let original: Record<string, string[]>;
  const backupFile = path.join(workDir, `${engine}.ndjson.gz`);

  beforeAll(async () => {
    const sample = await loadSample(getDb());
    expect(sample.loaded).toBe(true);
    await editSampleData(getDb());
    original = await snapshotTables(getDb());
    await writeBackup(getDb(), engine, backupFile);
  });

  it('writes a header with the schema version and every table with its row count, then the rows', async () => {
    const lines = gunzipSync(await readFile(backupFile))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    const header = JSON.parse(lines[0] ?? '') as {
      format: string;
      migrationVersion: string;
      engine: string;
      tables: { name: string; rows: number }[];
    };
    expect(header).toMatchObject({
      format: 'mandate-tracker-backup',
      migrationVersion: latestMigrationVersion,
      engine,
    });
    expect(Object.fromEntries(header.tables.map((table) => [table.name, table.rows]))).toEqual(rowCounts(original));
    // Tables added by any migration are included (read from the schema), Kysely's own are not.
    expect(header.tables.map((table) => table.name).sort()).toEqual(Object.keys(original).sort());
    expect(header.tables.some((table) => table.name.startsWith('kysely_'))).toBe(false);
    // Parents come before the tables that refer to them.
    const order = header.tables.map((table) => table.name);
    expect(order.indexOf('document')).toBeLessThan(order.indexOf('paragraph'));
    expect(order.indexOf('paragraph')).toBeLessThan(order.indexOf('mandate'));
    expect(lines.length).toBe(1 + header.tables.length + header.tables.reduce((sum, table) => sum + table.rows, 0));
  });

  for (const target of testEngines) {
    it(`restores into a fresh ${target} database with the same rows in every table`, async () => {
      const fresh = await openFreshDatabase(target);
      try {
        await restoreBackup(fresh.db, backupFile);
        const restored = await snapshotTables(fresh.db);
        expect(rowCounts(restored)).toEqual(rowCounts(original));
        expect(restored).toEqual(original);

        // New rows continue after the restored ids instead of colliding with them.
        const maxDonorId = Math.max(...original.donor!.map((row) => (JSON.parse(row) as { id: number }).id));
        const inserted = await fresh.db
          .insertInto('donor')
          .values({ name: 'Added after the restore', kind: 'other', sample: false })
          .returning('id')
          .executeTakeFirstOrThrow();
        expect(inserted.id).toBe(maxDonorId + 1);

        // And back: a backup of the restored database restores into the original engine unchanged.
        if (target === engine) return;
        const again = path.join(workDir, `${engine}-via-${target}.ndjson.gz`);
        await fresh.db.deleteFrom('donor').where('id', '=', inserted.id).execute();
        await writeBackup(fresh.db, target, again);
        const back = await openFreshDatabase(engine);
        try {
          await restoreBackup(back.db, again);
          expect(await snapshotTables(back.db)).toEqual(original);
        } finally {
          await back.dispose();
        }
      } finally {
        await fresh.dispose();
      }
    });
  }

  it('refuses to restore over a database that holds data unless forced, and then replaces it', async () => {
    const fresh = await openFreshDatabase(engine);
    try {
      await fresh.db.insertInto('donor').values({ name: 'Kept unless forced', kind: 'other', sample: false }).execute();
      const before = await snapshotTables(fresh.db);
      const refusal = await restoreBackup(fresh.db, backupFile).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(RestoreRefusedError);
      expect((refusal as Error).message).toMatch(/already holds data \(donor\).*--force/);
      expect(await snapshotTables(fresh.db)).toEqual(before);

      await restoreBackup(fresh.db, backupFile, { force: true });
      expect(await snapshotTables(fresh.db)).toEqual(original);
    } finally {
      await fresh.dispose();
    }
  });

  it('refuses a damaged, truncated, foreign or other-version file with a clear error and changes nothing', async () => {
    const fresh = await openFreshDatabase(engine);
    try {
      await fresh.db.insertInto('donor').values({ name: 'Still here', kind: 'other', sample: false }).execute();
      const before = await snapshotTables(fresh.db);
      const plain = gunzipSync(await readFile(backupFile)).toString('utf8');
      const lines = plain.split('\n');
      const header = JSON.parse(lines[0] ?? '') as Record<string, unknown>;

      const variants: { name: string; bytes: Buffer; message: RegExp }[] = [
        {
          name: 'truncated',
          bytes: (await readFile(backupFile)).subarray(0, Math.floor((await readFile(backupFile)).length * 0.6)),
          message: /truncated/,
        },
        { name: 'not gzip', bytes: Buffer.from(plain.slice(0, 2000)), message: /not gzip-compressed/ },
        { name: 'empty', bytes: gzipSync(''), message: /empty.*not a mandate-tracker backup/ },
        {
          name: 'another file',
          bytes: gzipSync('{"hello":"world"}\n'),
          message: /not a mandate-tracker backup/,
        },
        {
          name: 'other version',
          bytes: gzipSync(
            [JSON.stringify({ ...header, migrationVersion: '2020-01-01-01-ancient' }), ...lines.slice(1)].join('\n'),
          ),
          message: /schema version 2020-01-01-01-ancient, but this database is at/,
        },
        {
          name: 'damaged row near the end',
          bytes: gzipSync([...lines.slice(0, -3), '{"id": 1, broken', ...lines.slice(-2)].join('\n')),
          message: /Line \d+ \(table \w+\) is not valid JSON/,
        },
        {
          name: 'rows cut from a table',
          bytes: gzipSync(lines.filter((_, index) => index !== 5).join('\n')),
          message: /damaged|truncated|could not be restored/,
        },
        {
          name: 'a row the database rejects',
          bytes: gzipSync(
            lines
              .map((line) =>
                line.includes('"status": "in-progress"') ? line.replace('"in-progress"', '"no-such-status"') : line,
              )
              .join('\n'),
          ),
          message: /could not be restored/,
        },
      ];
      for (const variant of variants) {
        const file = path.join(workDir, `${engine}-${variant.name.replaceAll(' ', '-')}.gz`);
        await writeFile(file, variant.bytes);
        const error = await restoreBackup(fresh.db, file, { force: true }).catch((thrown: unknown) => thrown);
        expect(error, variant.name).toBeInstanceOf(BackupFileError);
        expect((error as Error).message, variant.name).toMatch(variant.message);
        expect(await snapshotTables(fresh.db), variant.name).toEqual(before);
      }
      const missing = await restoreBackup(fresh.db, path.join(workDir, 'no-such-file.gz')).catch((e: unknown) => e);
      expect((missing as Error).message).toMatch(/no such file/);
    } finally {
      await fresh.dispose();
    }
  });
});
