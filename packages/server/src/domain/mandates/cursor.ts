import type { MandateSort } from '@mandate-tracker/shared';
import { AppError } from '../errors.ts';

/** Position after the last row of a page: the sort key of that row and its id. */
export interface MandateCursor {
  sort: MandateSort;
  direction: 'asc' | 'desc';
  key: string | number;
  id: number;
}

export function encodeCursor(cursor: MandateCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.direction, cursor.key, cursor.id])).toString('base64url');
}

/**
 * Reads a cursor made by {@link encodeCursor} for the same sort.
 * @throws AppError BAD_REQUEST for a malformed cursor or one from another sort order
 */
export function decodeCursor(text: string, sort: MandateSort, direction: 'asc' | 'desc'): MandateCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    parsed[0] !== sort ||
    parsed[1] !== direction ||
    (typeof parsed[2] !== 'string' && typeof parsed[2] !== 'number') ||
    !Number.isInteger(parsed[3])
  ) {
    throw new AppError('BAD_REQUEST', 'The page cursor is invalid or belongs to another sort order; reload the list.');
  }
  return { sort, direction, key: parsed[2] as string | number, id: parsed[3] as number };
}
