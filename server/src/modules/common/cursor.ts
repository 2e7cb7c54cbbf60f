import { BadUserInputError } from './errors.js';

/** Keyset cursor: the sort value and the id of an item, as opaque base64url JSON. */
export function encodeCursor(value: unknown, id: number): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

const MAX_CURSOR_LENGTH = 1000;
const MAX_INT = 2_147_483_647;

/**
 * Reads a cursor this API returned. A cursor that is not one (malformed, forged, a position out of
 * range, a sort value of the wrong type for `valueOk`) is BAD_USER_INPUT, never a database error.
 */
export function decodeCursor(cursor: string, valueOk: (value: unknown) => boolean, path = 'after'): [unknown, number] {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (Array.isArray(parsed) && parsed.length === 2 && Number.isInteger(parsed[1]) && parsed[1] >= 0 && parsed[1] <= MAX_INT && valueOk(parsed[0])) {
        return parsed as [unknown, number];
      }
    } catch {
      // fall through to the typed error
    }
  }
  throw new BadUserInputError([{ path, message: 'is not a cursor returned by this API' }]);
}

/** Cursor value checks: text PostgreSQL can hold, a timestamp, an integer column value. */
export const cursorValue = {
  text: (v: unknown) => typeof v === 'string' && v.length <= 1000 && !v.includes('\u0000'),
  timestamp: (v: unknown) => typeof v === 'string' && v.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)),
  int: (v: unknown) => Number.isInteger(v) && Math.abs(v as number) <= MAX_INT,
};
