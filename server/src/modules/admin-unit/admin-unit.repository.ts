import type { Queryable } from '../../db/sql.js';
import type { AdminLevel } from '../common/enums.js';

/** An administrative unit as the API reads it. */
export interface AdminUnitRecord {
  id: number;
  code: string;
  level: AdminLevel;
  name: string;
  nameEn: string | null;
  fullName: string | null;
  parentId: number | null;
  validFrom: string;
  validTo: string | null;
  lat: number | null;
  lng: number | null;
  region: string | null;
}

const FIELDS: [sql: string, key: keyof AdminUnitRecord][] = [
  ['id', 'id'], ['code', 'code'], ['level', 'level'], ['name', 'name'], ['name_en', 'nameEn'], ['full_name', 'fullName'],
  ['parent_id', 'parentId'], ['valid_from::text', 'validFrom'], ['valid_to::text', 'validTo'], ['lat', 'lat'], ['lng', 'lng'], ['region', 'region'],
];

/** The fields of a unit a statement reads (all by default). */
export type UnitKeys = ReadonlySet<keyof AdminUnitRecord>;

/** Select list of a unit under `alias`; with `prefix`, columns are named `<prefix>_<key>` (for joins); `keys` narrows it. */
export function unitColumns(alias: string, prefix?: string, keys?: UnitKeys): string {
  return FIELDS.filter(([, key]) => !keys || keys.has(key))
    .map(([sql, key]) => `${alias}.${sql} AS "${prefix ? `${prefix}_${key}` : key}"`).join(', ');
}

/** The unit in a joined row selected with unitColumns(alias, prefix, keys), or null when the join found none. */
export function unitFromRow(row: Record<string, any>, prefix: string, keys?: UnitKeys): AdminUnitRecord | null {
  if (row[`${prefix}_id`] == null) return null;
  const unit: Record<string, unknown> = {};
  for (const [, key] of FIELDS) if (!keys || keys.has(key)) unit[key] = row[`${prefix}_${key}`];
  return unit as unknown as AdminUnitRecord;
}

export const ADMIN_UNIT_COLUMNS = unitColumns('u');

/** SQL predicate: unit `u` is valid on the date in parameter `$n` (validity is half-open). */
export const validOn = (n: number, alias = 'u') => `${alias}.valid_from <= $${n}::date AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > $${n}::date)`;

export async function findUnitsByIds(db: Queryable, ids: readonly number[]): Promise<AdminUnitRecord[]> {
  const res = await db.query(`SELECT ${ADMIN_UNIT_COLUMNS} FROM admin_unit u WHERE u.id = ANY($1::int[])`, [ids]);
  return res.rows;
}

/** The unit with `code` valid on `asOf` (the most specific level first: communes' codes are longer). */
export async function findUnitByCode(db: Queryable, code: string, asOf: string): Promise<AdminUnitRecord | null> {
  const res = await db.query(
    `SELECT ${ADMIN_UNIT_COLUMNS} FROM admin_unit u WHERE u.code = $1 AND ${validOn(2)} ORDER BY u.level LIMIT 1`,
    [code, asOf],
  );
  return res.rows[0] ?? null;
}

export async function findUnits(db: Queryable, opts: { level?: AdminLevel; parentCode?: string; asOf: string }): Promise<AdminUnitRecord[]> {
  const params: unknown[] = [opts.asOf];
  const where = [validOn(1)];
  if (opts.level) {
    params.push(opts.level);
    where.push(`u.level = $${params.length}`);
  }
  if (opts.parentCode) {
    params.push(opts.parentCode);
    where.push(`u.parent_id IN (SELECT p.id FROM admin_unit p WHERE p.code = $${params.length} AND ${validOn(1, 'p')})`);
  }
  const res = await db.query(`SELECT ${ADMIN_UNIT_COLUMNS} FROM admin_unit u WHERE ${where.join(' AND ')} ORDER BY u.level, u.code`, params);
  return res.rows;
}

/** Succession links of the given units, in one direction. */
export async function findLinkedUnits(db: Queryable, ids: readonly number[], direction: 'predecessors' | 'successors'): Promise<(AdminUnitRecord & { ofId: number })[]> {
  const [mine, theirs] = direction === 'predecessors' ? ['successor_id', 'predecessor_id'] : ['predecessor_id', 'successor_id'];
  const res = await db.query(
    `SELECT s.${mine} AS "ofId", ${ADMIN_UNIT_COLUMNS}
       FROM admin_unit_succession s JOIN admin_unit u ON u.id = s.${theirs}
      WHERE s.${mine} = ANY($1::int[]) ORDER BY u.code`,
    [ids],
  );
  return res.rows;
}
