import type { Server } from 'node:http';
import type { DatabaseHandle } from './db/database.ts';
import type { Logger } from './logger.ts';

/** How long in-flight requests may take to finish after SIGTERM before connections are cut. */
const DRAIN_TIMEOUT_MS = 3500;
/** Hard limit: whatever happens, the process is gone within 5 s of the first signal. */
const EXIT_DEADLINE_MS = 4800;

/**
 * Stops the server gracefully on SIGTERM or SIGINT: stop accepting connections, let in-flight
 * requests finish (cutting them after a grace period), close the database, exit 0.
 * A second signal exits at once.
 */
export function stopGracefullyOnSignals(server: Server, database: DatabaseHandle, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, EXIT_DEADLINE_MS).unref();
    void shutDown(server, database).then(
      () => {
        logger.info('stopped');
        logger.flush();
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function shutDown(server: Server, database: DatabaseHandle): Promise<void> {
  const closed = new Promise<void>((resolve, reject) =>
    server.close((error) => (error === undefined ? resolve() : reject(error))),
  );
  // Keep-alive sockets with no request in flight would hold server.close() open for no reason.
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
  try {
    await closed;
  } finally {
    clearTimeout(cut);
  }
  await database.close();
}
