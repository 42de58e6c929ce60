/**
 * The real HTTP app (createApp, the same middleware, logging and pool as `pnpm start`) on an
 * ephemeral port of 127.0.0.1, run in its own process so the load generator does not share its
 * event loop. Started by run.ts through `fork`; reports `{ port }` over IPC and stops on SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../../src/http/app.ts';
import { openBenchDatabase } from './bench-database.ts';

const database = await openBenchDatabase({ migrate: false });
// Request logs are written as in production (level info), to /dev/null instead of a terminal.
const logger = pino({ name: 'mandate-tracker', level: 'info' }, pino.destination('/dev/null'));
const app = createApp({ database, logger, webDistDir: '/nonexistent' });
const server = app.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void database.close().then(() => process.exit(0));
});
