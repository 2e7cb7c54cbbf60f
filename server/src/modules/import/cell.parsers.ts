import { foldVietnamese } from '../facility/facility.search.js';
import { isCalendarDate } from '../common/scalars.js';

/** A parsed cell, or the reason it cannot be parsed. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (message: string): Parsed<never> => ({ ok: false, message });

/** Header or keyword in a comparable form: no diacritics, lower case, words joined by "_" ("Mã xã" → "ma_xa"). */
export function normaliseKey(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

export function parseNumber(cell: string, opts: { min?: number; max?: number } = {}): Parsed<number> {
  const value = Number(cell.trim());
  if (cell.trim() === '' || !Number.isFinite(value)) return bad(`"${cell}" is not a number`);
  if (opts.min !== undefined && value < opts.min) return bad(`${value} is below ${opts.min}`);
  if (opts.max !== undefined && value > opts.max) return bad(`${value} is above ${opts.max}`);
  return ok(value);
}

/** YYYY-MM-DD, or DD/MM/YYYY as Vietnamese documents write dates. */
export function parseDate(cell: string): Parsed<string> {
  const s = cell.trim();
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = vn ? `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}` : s;
  return isCalendarDate(iso) ? ok(iso) : bad(`"${cell}" is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'co', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', 'khong']);

/** true/false, yes/no, 1/0, có/không. */
export function parseBoolean(cell: string): Parsed<boolean> {
  const key = normaliseKey(cell);
  if (TRUE.has(key)) return ok(true);
  if (FALSE.has(key)) return ok(false);
  return bad(`"${cell}" is not a yes/no value (true/false, yes/no, 1/0, có/không)`);
}

/**
 * An enum value, written as the value itself in any case ("elderly_care", "ELDERLY CARE") or as one
 * of the given aliases (compared after `normaliseKey`, e.g. "ngoài công lập" → NON_PUBLIC).
 */
export function parseEnum<E extends string>(cell: string, values: readonly E[], aliases: Record<string, E> = {}): Parsed<E> {
  const key = normaliseKey(cell);
  const found = values.find((v) => v.toLowerCase() === key) ?? aliases[key];
  return found ? ok(found) : bad(`"${cell}" is not one of ${values.join(', ')}`);
}

/** A list of enum values separated by ";" or "|" (commas would split the CSV cell). */
export function parseEnumList<E extends string>(cell: string, values: readonly E[]): Parsed<E[]> {
  const out: E[] = [];
  for (const part of cell.split(/[;|]/).map((p) => p.trim()).filter(Boolean)) {
    const one = parseEnum(part, values);
    if (!one.ok) return one;
    if (!out.includes(one.value)) out.push(one.value);
  }
  return ok(out);
}
