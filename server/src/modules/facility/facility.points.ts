import { prepared, type Queryable } from '../../db/sql.js';
import type { FacilityKind } from '../common/enums.js';
import type { FacilityFilter } from './facility.filter.js';
import type { FacilityPointsType } from './facility-points.type.js';
import { applyFacilityFilter, SqlWhere, type Viewer } from './facility.repository.js';
import { applySearch } from './facility.search.js';

/** Positions travel as integers of this many degrees' fractions (5 decimals, about 1 m). */
const SCALE = 1e5;

/**
 * All facilities matching the filter (the viewer's rights applied: private locations only for
 * editors) as the packed points of `FacilityPoints`: one statement, no pagination.
 */
export async function facilityPoints(db: Queryable, filter: FacilityFilter | null | undefined, viewer: Viewer): Promise<FacilityPointsType> {
  const where = new SqlWhere();
  applyFacilityFilter(where, filter, viewer);
  if (filter?.search?.trim()) applySearch(where, filter.search);
  // Unordered, and sorted here: PostgreSQL would sort 100,000 rows on disk at the default work_mem.
  const res = await db.query(prepared(`SELECT f.code, f.lat, f.lng, f.kind, f.location_precision = 'APPROXIMATE' AS approximate
     FROM facility f WHERE ${where.toSql()}`, where.params));
  const rows: PointRow[] = res.rows.map((r) => ({ ...r, lat: Math.round(r.lat * SCALE), lng: Math.round(r.lng * SCALE) }));
  rows.sort((a, b) => a.lat - b.lat || a.lng - b.lng || (a.code < b.code ? -1 : 1));
  return encodePoints(rows);
}

export interface PointRow { code: string; lat: number; lng: number; kind: FacilityKind; approximate: boolean }

/** Packs rows (positions already in units of 1/SCALE degree) into the strings of `FacilityPoints`. */
export function encodePoints(rows: PointRow[]): FacilityPointsType {
  const kinds: FacilityKind[] = [];
  const kindIndex = new Map<FacilityKind, number>();
  const codes: string[] = new Array(rows.length);
  const lat: number[] = new Array(rows.length);
  const lng: number[] = new Array(rows.length);
  let kind = '';
  let approximate = '';
  let prevLat = 0;
  let prevLng = 0;
  rows.forEach((r, i) => {
    let k = kindIndex.get(r.kind);
    if (k === undefined) {
      k = kinds.push(r.kind) - 1;
      kindIndex.set(r.kind, k);
    }
    codes[i] = r.code;
    lat[i] = r.lat - prevLat;
    lng[i] = r.lng - prevLng;
    [prevLat, prevLng] = [r.lat, r.lng];
    kind += k.toString(36);
    approximate += r.approximate ? '1' : '0';
  });
  return { count: rows.length, kinds, codes: codes.join(','), lat: lat.join(','), lng: lng.join(','), kind, approximate };
}
