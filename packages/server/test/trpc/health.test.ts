import { describe, expect, it } from 'vitest';
import { latestMigrationVersion } from '../../src/db/migrate.ts';
import { appRouter } from '../../src/trpc/root.ts';
import { createCallerFactory, createContext } from '../../src/trpc/trpc.ts';
import { describeEachEngine } from '../helpers/engines.ts';
import { unreachableDatabase } from '../helpers/unreachable-database.ts';

const createCaller = createCallerFactory(appRouter);

describeEachEngine('health.status', (getDb, engine) => {
  it('reports the engine, a working database and the latest migration', async () => {
    const health = await createCaller(createContext({ db: getDb(), engine })).health.status();
    expect(health).toMatchObject({
      ok: true,
      engine,
      database: 'ok',
      databaseError: null,
      migrationVersion: latestMigrationVersion,
      latestMigrationVersion,
    });
    expect(health.roundTripMs).toBeGreaterThanOrEqual(0);
    expect(health.checkedAt).toBeInstanceOf(Date);
  });
});

describe('health.status without a database', () => {
  it('reports the database as unavailable instead of throwing', async () => {
    const database = unreachableDatabase();
    const health = await createCaller(createContext(database)).health.status();
    await database.close();
    expect(health.ok).toBe(false);
    expect(health.database).toBe('unavailable');
    expect(health.databaseError).toEqual(expect.any(String));
    expect(health.migrationVersion).toBeNull();
  });
});
