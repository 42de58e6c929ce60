import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { decodeCursor, encodeCursor } from '../../src/domain/mandates/cursor.ts';

describe('mandate list cursors', () => {
  it('round-trips the sort key and id of the last row', () => {
    const cursor = { sort: 'due', direction: 'desc', key: '2011-04-11', id: 42 } as const;
    expect(decodeCursor(encodeCursor(cursor), 'due', 'desc')).toEqual(cursor);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a cursor of another order', encodeCursor({ sort: 'status', direction: 'asc', key: 1, id: 3 })],
    ['a cursor of the other direction', encodeCursor({ sort: 'due', direction: 'desc', key: '2011-04-11', id: 3 })],
    [
      'a cursor with a non-integer id',
      Buffer.from(JSON.stringify(['due', 'asc', '2011-04-11', 'x'])).toString('base64url'),
    ],
  ])('refuses %s with BAD_REQUEST', (_name, text) => {
    expect(() => decodeCursor(text, 'due', 'asc')).toThrow(AppError);
    try {
      decodeCursor(text, 'due', 'asc');
    } catch (error) {
      expect((error as AppError).code).toBe('BAD_REQUEST');
    }
  });
});
