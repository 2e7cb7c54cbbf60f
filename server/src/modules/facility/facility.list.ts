import { limitLiteral, type Queryable } from '../../db/sql.js';
import { cursorValue, decodeCursor, encodeCursor } from '../common/cursor.js';
import type { FacilityOrderField, OrderDirection } from '../common/enums.js';
import type { FacilityFilter, FacilityOrder } from './facility.filter.js';
import { applyFacilityFilter, selectFacilities, SqlWhere, type FacilityRecord, type Viewer } from './facility.repository.js';
import { withColumns, type FacilityColumn, type FacilityReadPlan } from './facility.read-plan.js';
import { applySearch, MAX_WORD_DISTANCE, normaliseQuery } from './facility.search.js';
import { BadUserInputError } from '../common/errors.js';

/** Sort keys: `expr` over the facility table, `outer` over the page's subquery (see selectFacilities). */
const SORT: Record<FacilityOrderField, { expr: string; outer: string; cast: string; columns: FacilityColumn[]; value: (r: Record<string, any>) => unknown; valid: (v: unknown) => boolean }> = {
  NAME: { expr: 'f.name', outer: 'f.name', cast: 'text', columns: ['name'], value: (r) => r.name, valid: cursorValue.text },
  UPDATED_AT: { expr: 'f.updated_at', outer: 'f.updated_at', cast: 'timestamptz', columns: ['updated_at'], value: (r) => new Date(r.updated_at).toISOString(), valid: cursorValue.timestamp },
  PLACES: { expr: 'coalesce(f.places, -1)', outer: 'f.sort_places', cast: 'int', columns: [], value: (r) => r.sort_places, valid: cursorValue.int },
};

export interface FacilityPage {
  rows: { cursor: string; node: FacilityRecord }[];
  hasNextPage: boolean;
  /** Items come before this page: it starts after a cursor (keyset), or past the first search result. */
  hasPreviousPage: boolean;
}

/**
 * An edge of a page; its cursor is encoded only when the request reads it. A class, not an object
 * literal with a getter: V8 keeps a literal's getter closure (and what it captures) alive from the
 * object's hidden class until the next full collection, so every page survived the young-generation
 * collections (18% of all bytes allocated, 15 ms scavenges under load).
 */
class FacilityEdge {
  constructor(readonly node: FacilityRecord, private readonly sortValue: unknown, private readonly id: number) {}

  get cursor(): string {
    return encodeCursor(this.sortValue, this.id);
  }
}

/**
 * One page of facilities by keyset pagination on (sort value, id). With a search and no explicit
 * order, the best match comes first (the sort value is the word distance to the query).
 */
export async function listFacilities(
  db: Queryable,
  args: { filter?: FacilityFilter | null; first: number; after?: string | null; orderBy?: FacilityOrder | null },
  viewer: Viewer,
  plan: FacilityReadPlan,
): Promise<FacilityPage> {
  if (args.filter?.search?.trim() && !args.orderBy) return bestMatches(db, args, viewer, plan);
  const where = new SqlWhere();
  applyFacilityFilter(where, args.filter, viewer);
  if (args.filter?.search?.trim()) applySearch(where, args.filter.search);
  const direction: OrderDirection = args.orderBy?.direction ?? 'ASC';
  const sort = SORT[args.orderBy?.field ?? 'NAME'];
  const cmp = direction === 'ASC' ? '>' : '<';
  if (args.after) {
    const [value, id] = decodeCursor(args.after, sort.valid);
    where.add(`(${sort.expr}, f.id) ${cmp} (${where.param(value)}::${sort.cast}, ${where.param(id)}::int)`);
  }
  const limit = limitLiteral(args.first + 1);
  const found = await selectFacilities(db, {
    extra: 'coalesce(f.places, -1) AS sort_places', where, plan: withColumns(plan, sort.columns),
    innerTail: `ORDER BY ${sort.expr} ${direction}, f.id ${direction} LIMIT ${limit}`, outerOrder: `${sort.outer} ${direction}, f.id ${direction}`,
  });
  const rows = found.slice(0, args.first).map(({ record, row }) => new FacilityEdge(record, sort.value(row), record.id));
  return { rows, hasNextPage: found.length > args.first, hasPreviousPage: Boolean(args.after) };
}

/** Search results are ranked up to this position; a cursor beyond it was not made by this API. */
const MAX_SEARCH_POSITION = 10_000;

/**
 * A page of search results, best match first: a nearest-neighbour scan of the GiST trigram index
 * by word distance (the top 10 of 100,000 names without a scan), cut at MAX_WORD_DISTANCE.
 * Cursors are positions in that ranking.
 */
async function bestMatches(
  db: Queryable,
  args: { filter?: FacilityFilter | null; first: number; after?: string | null },
  viewer: Viewer,
  plan: FacilityReadPlan,
): Promise<FacilityPage> {
  let offset = 0;
  if (args.after) {
    const [kind, position] = decodeCursor(args.after, (v) => typeof v === 'string');
    if (position > MAX_SEARCH_POSITION) throw new BadUserInputError([{ path: 'after', message: 'is not a cursor returned by this API' }]);
    if (kind !== 'search') throw new BadUserInputError([{ path: 'after', message: 'is a cursor of another ordering than this search' }]);
    offset = position;
  }
  const where = new SqlWhere();
  applyFacilityFilter(where, args.filter, viewer);
  const q = where.param(normaliseQuery(args.filter!.search!));
  const found = await selectFacilities(db, {
    extra: `(${q} <<-> f.search_name) AS search_distance`, where, keepScanOrder: true, plan,
    // The first page (nearly every search) has no OFFSET, so its statement keeps a generic plan too.
    innerTail: `ORDER BY ${q} <<-> f.search_name LIMIT ${limitLiteral(args.first + 1)}${offset ? ` OFFSET ${where.param(offset)}` : ''}`,
  });
  // The scan is in rank order; the cut at the match threshold keeps that order (ties included).
  const matches = found.filter(({ row }) => row.search_distance <= MAX_WORD_DISTANCE);
  const rows = matches.slice(0, args.first).map(({ record }, i) => new FacilityEdge(record, 'search', offset + i + 1));
  return { rows, hasNextPage: matches.length > args.first, hasPreviousPage: offset > 0 };
}

/** Number of facilities matching the filter (for `totalCount`). */
export async function countFacilities(db: Queryable, filter: FacilityFilter | null | undefined, viewer: Viewer): Promise<number> {
  const where = new SqlWhere();
  applyFacilityFilter(where, filter, viewer);
  if (filter?.search?.trim()) applySearch(where, filter.search);
  const res = await db.query(`SELECT count(*)::int AS n FROM facility f WHERE ${where.toSql()}`, where.params);
  return res.rows[0].n;
}
