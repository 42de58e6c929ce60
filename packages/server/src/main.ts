/**
 * The server entry point (`pnpm start`, `node packages/server/dist/main.js`): read the
 * configuration, open and migrate the database, serve HTTP, stop cleanly on SIGTERM/SIGINT.
 * Start-up failures print one line naming the problem and exit 1.
 */
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config.ts';
import { DatabaseConnectionError, openDatabase } from './db/database.ts';
import { MigrationError, migrateToLatest } from './db/migrate.ts';
import { ensureAdmin } from './domain/accounts/index.ts';
import { AppError } from './domain/errors.ts';
import { loadSample } from './domain/sample/index.ts';
import { createApp } from './http/app.ts';
import { createLogger } from './logger.ts';
import { stopGracefullyOnSignals } from './server-lifecycle.ts';

/** Until the server listens there is nothing to drain: a stop signal just ends start-up. */
function exitOnSignalDuringStartUp(signal: NodeJS.Signals): void {
  console.error(`mandate-tracker: ${signal} during start-up, exiting`);
  process.exit(1);
}

async function main(): Promise<void> {
  // Installed explicitly because a parent that ignores SIGTERM would otherwise pass that on.
  process.on('SIGTERM', exitOnSignalDuringStartUp);
  process.on('SIGINT', exitOnSignalDuringStartUp);
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const openedAt = performance.now();
  const database = await openDatabase(config);
  const openMs = Math.round(performance.now() - openedAt);
  const where = database.engine === 'pglite' ? config.pgliteDataDir : 'DATABASE_URL';
  try {
    const migratedAt = performance.now();
    const applied = await migrateToLatest(database.db);
    const migrateMs = Math.round(performance.now() - migratedAt);
    logger.info({ engine: database.engine, where, applied, openMs, migrateMs }, 'database ready');

    // First start: data preparation that needs the migrated schema (the tracker's sample
    // corpus and planning data when SAMPLE_DATA=load and the database is empty) runs here,
    // before the server accepts requests.
    if (config.sampleData === 'load') {
      const sample = await loadSample(database.db);
      logger.info(
        sample.loaded ? { documents: sample.reports.map((report) => report.symbol) } : { reason: sample.reason },
        sample.loaded ? 'sample data loaded' : 'sample data not loaded',
      );
    }

    // First start: an admin, so someone can sign in and manage users.
    const admin = await ensureAdmin(database.db, { email: config.adminEmail, password: config.adminPassword });
    if (admin.created) {
      logger.info({ email: admin.email, generatedPassword: admin.temporaryPassword !== null }, 'first admin created');
      if (admin.temporaryPassword !== null) {
        // Printed once, on the console only (not into the JSON logs that may be shipped elsewhere).
        console.log(
          `\nFirst admin created: sign in as ${admin.email} with the one-time password\n\n    ${admin.temporaryPassword}\n\n` +
            'You will be asked to choose a new password. It is not shown again: `pnpm user:reset EMAIL` makes a new one.\n',
        );
      }
    }
  } catch (error) {
    await database.close();
    throw error;
  }

  const app = createApp({
    database,
    logger,
    webDistDir: config.webDistDir,
    trustProxy: config.trustProxy,
    trustedOrigins: config.trustedOrigins,
  });
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch(async (error: unknown) => {
    await database.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ConfigError(`PORT: ${config.port} is already in use on ${config.host}`);
    throw error;
  });
  process.off('SIGTERM', exitOnSignalDuringStartUp);
  process.off('SIGINT', exitOnSignalDuringStartUp);
  stopGracefullyOnSignals(server, database, logger);

  const { port } = server.address() as AddressInfo;
  const shownHost = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  logger.info({ port, host: config.host, engine: database.engine }, 'listening');
  console.log(`mandate-tracker listening on http://${shownHost}:${port}`);
}

const EXPECTED_START_FAILURES = [ConfigError, DatabaseConnectionError, MigrationError, AppError];

main().catch((error: unknown) => {
  const expected = EXPECTED_START_FAILURES.some((kind) => error instanceof kind);
  // Expected failures are a sentence for the operator; anything else keeps its stack for a bug report.
  const detail = expected
    ? (error as Error).message
    : error instanceof Error
      ? (error.stack ?? error.message)
      : String(error);
  console.error(`mandate-tracker could not start: ${detail}`);
  process.exit(1);
});
