import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { readAppSetting, writeAppSetting } from '../../src/db/app-settings.ts';
import { DatabaseConnectionError, describePostgresUrl, openDatabase } from '../../src/db/database.ts';
import { currentMigrationVersion, latestMigrationVersion, migrateToLatest } from '../../src/db/migrate.ts';
import { clearTables, describeEachEngine } from '../helpers/engines.ts';

describeEachEngine('database layer', (getDb) => {
  it('is migrated to the latest migration', async () => {
    expect(await currentMigrationVersion(getDb())).toBe(latestMigrationVersion);
    expect(latestMigrationVersion).toMatch(/^\d{4}-\d{2}-\d{2}-\d{2}-/);
  });

  it('applies nothing when migrated twice', async () => {
    expect(await migrateToLatest(getDb())).toEqual([]);
  });

  it('stores and replaces an app setting as JSON', async () => {
    expect(await readAppSetting(getDb(), 'sample')).toBeNull();
    await writeAppSetting(getDb(), 'sample', { loadedAt: '2026-11-29', documents: 3 });
    await writeAppSetting(getDb(), 'sample', { loadedAt: '2026-11-30', documents: 4 });
    expect(await readAppSetting(getDb(), 'sample')).toEqual({ loadedAt: '2026-11-30', documents: 4 });
  });

  it('clears application tables but keeps the migration history', async () => {
    await writeAppSetting(getDb(), 'to-clear', true);
    await clearTables(getDb());
    expect(await readAppSetting(getDb(), 'to-clear')).toBeNull();
    expect(await currentMigrationVersion(getDb())).toBe(latestMigrationVersion);
  });

  it('returns the same JavaScript values for counts, dates, numerics and timestamps', async () => {
    const { rows } = await sql<{
      count: unknown;
      day: unknown;
      amount: unknown;
      at: unknown;
    }>`select count(*) as count, date '2011-04-11' as day, 1234.50::numeric(12,2) as amount, timestamptz '2011-03-21T10:00:00Z' as at`.execute(
      getDb(),
    );
    expect(rows[0]).toEqual({ count: 1, day: '2011-04-11', amount: '1234.50', at: new Date('2011-03-21T10:00:00Z') });
  });
});

describe('openDatabase', () => {
  it('fails within seconds naming an unreachable PostgreSQL database without its password', async () => {
    const started = Date.now();
    const opening = openDatabase({ databaseUrl: 'postgres://nobody:secret@127.0.0.1:1/x', pgliteDataDir: 'memory://' });
    const error: unknown = await opening.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatabaseConnectionError);
    expect((error as Error).message).toContain('PostgreSQL database "x" on 127.0.0.1:1 as user "nobody"');
    expect((error as Error).message).not.toContain('secret');
    expect(Date.now() - started).toBeLessThan(6000);
  });

  it('describes a URL without its password and with the default port', () => {
    expect(describePostgresUrl('postgresql://app:pw@db.example.org/tracker')).toBe(
      'PostgreSQL database "tracker" on db.example.org:5432 as user "app"',
    );
  });
});
