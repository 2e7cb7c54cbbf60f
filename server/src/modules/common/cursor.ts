import { BadUserInputError } from './errors.js';

/** Keyset cursor: the sort value and the id of an item, as opaque base64url JSON. */
export function encodeCursor(value: unknown, id: number): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

export function decodeCursor(cursor: string, path = 'after'): [unknown, number] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && Number.isInteger(parsed[1])) return parsed as [unknown, number];
  } catch {
    // fall through to the typed error
  }
  throw new BadUserInputError([{ path, message: 'is not a cursor returned by this API' }]);
}
