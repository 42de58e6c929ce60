import { AppError } from './errors.ts';

/**
 * The CONFLICT refusing an edit based on an old version: `details.current` holds the stored
 * values, so the client can show them and let the user apply the edit again on top.
 */
export function staleVersionError(what: string, current: { version: number }, basedOn: number): AppError {
  return new AppError(
    'CONFLICT',
    `Someone else changed this ${what} (now version ${current.version}, your edit was based on version ${basedOn}). Review the current values and try again.`,
    { details: { current } },
  );
}
