import type { Queryable } from '../../db/sql.js';
import { decodeCursor, encodeCursor } from '../common/cursor.js';
import type { FacilityOrderField, OrderDirection } from '../common/enums.js';
import type { FacilityFilter, FacilityOrder } from './facility.filter.js';
import { applyFacilityFilter, FACILITY_COLUMNS, SqlWhere, toFacilityRecord, type FacilityRecord, type Viewer } from './facility.repository.js';
import { applySearch } from './facility.search.js';

const SORT: Record<FacilityOrderField, { expr: string; cast: string; value: (r: Record<string, any>) => unknown }> = {
  NAME: { expr: 'f.name', cast: 'text', value: (r) => r.name },
  UPDATED_AT: { expr: 'f.updated_at', cast: 'timestamptz', value: (r) => new Date(r.updated_at).toISOString() },
  PLACES: { expr: 'coalesce(f.places, -1)', cast: 'int', value: (r) => r.sort_places },
};

export interface FacilityPage {
  rows: { cursor: string; node: FacilityRecord }[];
  hasNextPage: boolean;
}

/**
 * One page of facilities by keyset pagination on (sort value, id). With a search and no explicit
 * order, the best match comes first (the sort value is the match score).
 */
export async function listFacilities(
  db: Queryable,
  args: { filter?: FacilityFilter | null; first: number; after?: string | null; orderBy?: FacilityOrder | null },
  viewer: Viewer,
): Promise<FacilityPage> {
  const where = new SqlWhere();
  applyFacilityFilter(where, args.filter, viewer);
  const search = args.filter?.search?.trim() ? applySearch(where, args.filter.search) : null;
  const byScore = search && !args.orderBy;
  const field = args.orderBy?.field ?? 'NAME';
  const direction: OrderDirection = byScore ? 'DESC' : (args.orderBy?.direction ?? 'ASC');
  const sort = byScore ? { expr: search!.scoreExpr, cast: 'float8', value: (r: Record<string, any>) => r.score } : SORT[field];
  const cmp = direction === 'ASC' ? '>' : '<';
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    where.add(`(${sort.expr}, f.id) ${cmp} (${where.param(value)}::${sort.cast}, ${where.param(id)}::int)`);
  }
  const limit = where.param(args.first + 1);
  const extra = [search ? `${search.scoreExpr} AS score` : null, 'coalesce(f.places, -1) AS sort_places'].filter(Boolean).join(', ');
  const res = await db.query(
    `SELECT ${FACILITY_COLUMNS}, ${extra} FROM facility f WHERE ${where.toSql()}
      ORDER BY ${sort.expr} ${direction}, f.id ${direction} LIMIT ${limit}`,
    where.params,
  );
  const rows = res.rows.slice(0, args.first).map((r) => ({ cursor: encodeCursor(sort.value(r), r.id), node: toFacilityRecord(r) }));
  return { rows, hasNextPage: res.rows.length > args.first };
}

/** Number of facilities matching the filter (for `totalCount`). */
export async function countFacilities(db: Queryable, filter: FacilityFilter | null | undefined, viewer: Viewer): Promise<number> {
  const where = new SqlWhere();
  applyFacilityFilter(where, filter, viewer);
  if (filter?.search?.trim()) applySearch(where, filter.search);
  const res = await db.query(`SELECT count(*)::int AS n FROM facility f WHERE ${where.toSql()}`, where.params);
  return res.rows[0].n;
}
