import { AppError } from '../domain/errors.ts';
import { databaseUnavailableError } from './unavailable.ts';

/**
 * SQLSTATE class 22 (data exception): the database refused a value the request carried, such
 * as a NUL character in text (22021), a number out of a column's range (22003) or a date that
 * does not exist (22008). The request was wrong, not the server: nothing was written.
 */
function isDataException(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('22');
}

/**
 * The AppError a transport answers for a database failure that is not a bug: UNAVAILABLE (503)
 * when the database is down or unreachable, BAD_REQUEST (400) when it refused a value from the
 * request; `null` for every other error (answered 500 and logged).
 */
export function appErrorOfDatabaseFailure(error: unknown): AppError | null {
  const unavailable = databaseUnavailableError(error);
  if (unavailable !== null) return unavailable;
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1, current = current.cause) {
    if (isDataException(current)) {
      return new AppError('BAD_REQUEST', `A value in the request cannot be used: ${current.message}`, {
        cause: error,
      });
    }
  }
  return null;
}
