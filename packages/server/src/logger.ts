import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

/** The application logger: JSON lines on stdout, one object per event. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ name: 'mandate-tracker', level });
}

export type { Logger };
