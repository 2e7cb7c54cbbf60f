import type { FieldErrors } from './errors.js';
import { todayInVietnam } from './scalars.js';

// Control characters other than tab and newline (NUL included) are refused in every text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Checks a text field: no control characters, at most `max` characters, not blank when present.
 * Returns the trimmed value (undefined/null pass through).
 */
export function text(errors: FieldErrors, path: string, value: string | null | undefined, max: number): string | null | undefined {
  if (value == null) return value;
  if (CONTROL.test(value)) {
    errors.add(path, 'must not contain control characters (NUL included)');
    return value;
  }
  const trimmed = value.trim();
  if (!trimmed) errors.add(path, 'must not be blank');
  else if (trimmed.length > max) errors.add(path, `must be at most ${max} characters`);
  return trimmed;
}

/** Checks that a count is an integer of 0 or more (null/undefined pass). */
export function count(errors: FieldErrors, path: string, value: number | null | undefined): void {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 0) errors.add(path, 'must be 0 or more');
  else if (value > 10_000_000) errors.add(path, 'is not plausible (more than 10,000,000)');
}

/** Refuses dates after today (Asia/Ho_Chi_Minh). */
export function notFuture(errors: FieldErrors, path: string, date: string | null | undefined): void {
  if (date && date > todayInVietnam()) errors.add(path, 'must not be in the future');
}

/** Refuses a value that is present as null where the field cannot be cleared. */
export function notCleared(errors: FieldErrors, path: string, value: unknown): void {
  if (value === null) errors.add(path, 'cannot be cleared');
}

/** Refuses duplicates in a list of keys. */
export function unique<T>(errors: FieldErrors, path: string, values: T[] | null | undefined, key: (v: T) => string): void {
  if (!values) return;
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const k = key(v);
    if (seen.has(k)) errors.add(`${path}.${i}`, `repeats ${k}`);
    seen.add(k);
  });
}

export function email(errors: FieldErrors, path: string, value: string | null | undefined): void {
  if (value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) errors.add(path, 'is not an e-mail address');
}

export function website(errors: FieldErrors, path: string, value: string | null | undefined): void {
  if (!value) return;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') errors.add(path, 'must be an http or https URL');
  } catch {
    errors.add(path, 'must be an http or https URL');
  }
}

export function phone(errors: FieldErrors, path: string, value: string | null | undefined): void {
  if (value && !/^\+?[0-9 ().-]{6,20}$/.test(value)) errors.add(path, 'must be 6 to 20 digits, spaces or + - . ( )');
}
