import { AppError } from '../domain/errors.ts';

/** Socket-level failures: the server is down, unreachable, or dropped the connection. */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs meaning "the server cannot serve you right now", not "your query is wrong":
 * class 08 (connection exception), shutting down or starting up, too many connections,
 * and the server-side failure classes 53 (insufficient resources) and 58 (system error).
 */
function isUnavailableSqlState(code: string): boolean {
  return (
    code.startsWith('08') ||
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    code.startsWith('53') ||
    code.startsWith('58')
  );
}

// What node-postgres and its pool say when a connection dies or cannot be made in time.
const LOST_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

/**
 * Why the database could not serve a query, when `error` says it is down or unreachable
 * (as opposed to a bug or a constraint violation); `null` for every other error.
 * @example databaseUnavailableReason(connectError) // 'connect ECONNREFUSED 127.0.0.1:5432'
 */
export function databaseUnavailableReason(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof AppError) return current.code === 'UNAVAILABLE' ? current.message : null;
    // Connecting to a host name tries every address; Node reports them together.
    if (current instanceof AggregateError && current.errors.length > 0) {
      const reasons = current.errors.map(databaseUnavailableReason);
      if (reasons.every((reason) => reason !== null)) return [...new Set(reasons)].join('; ');
      return null;
    }
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_ERROR_CODES.has(code) || isUnavailableSqlState(code))) {
      return current.message || code;
    }
    if (LOST_CONNECTION_MESSAGES.some((message) => current instanceof Error && current.message.includes(message))) {
      return current.message;
    }
    current = current.cause;
  }
  return null;
}

/** The message a client gets while the database is away: what happened and what to do. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is not available right now, so this request could not be served; try again in a moment.';

/**
 * `error` as an AppError UNAVAILABLE (503) when it means the database is down or unreachable,
 * keeping the original as cause; `null` otherwise. Transports call this before answering 500.
 */
export function databaseUnavailableError(error: unknown): AppError | null {
  if (error instanceof AppError) return error.code === 'UNAVAILABLE' ? error : null;
  const reason = databaseUnavailableReason(error);
  if (reason === null) return null;
  return new AppError('UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE, { cause: error, details: { reason: 'database' } });
}
