import { prepared, type Queryable } from '../../db/sql.js';
import type { FacilityKind } from '../common/enums.js';
import type { FacilityFilter } from './facility.filter.js';
import type { FacilityPointsType } from './facility-points.type.js';
import { applyFacilityFilter, SqlWhere, type Viewer } from './facility.repository.js';
import { applySearch } from './facility.search.js';

/** Positions travel as integers of 0.00001° (5 decimals, about 1 m). */
const SCALE = 100_000;

/**
 * All facilities matching the filter (the viewer's rights applied: private locations only for
 * editors) as the packed points of `FacilityPoints`. PostgreSQL sorts the points and joins them
 * into one string (`code,lat,lng,kind,approximate;…`): one row crosses the wire instead of
 * 100,000, which the driver would parse one by one.
 */
export async function facilityPoints(db: Queryable, filter: FacilityFilter | null | undefined, viewer: Viewer): Promise<FacilityPointsType> {
  const where = new SqlWhere();
  applyFacilityFilter(where, filter, viewer);
  if (filter?.search?.trim()) applySearch(where, filter.search);
  const lat = `round(f.lat * ${SCALE})::int`;
  const lng = `round(f.lng * ${SCALE})::int`;
  const res = await db.query(prepared(
    `SELECT string_agg(concat_ws(',', f.code, ${lat}, ${lng}, f.kind, CASE WHEN f.location_precision = 'APPROXIMATE' THEN 1 ELSE 0 END), ';'
       ORDER BY ${lat}, ${lng}, f.code COLLATE "C") AS points
       FROM facility f WHERE ${where.toSql()}`,
    where.params,
  ));
  const packed: string | null = res.rows[0].points;
  return encodePoints(packed ? packed.split(';').map(parsePoint) : []);
}

export interface PointRow { code: string; lat: number; lng: number; kind: FacilityKind; approximate: boolean }

/** One `code,lat,lng,kind,approximate` part (codes have no commas: letters, digits, . - _). */
function parsePoint(part: string): PointRow {
  const [code, lat, lng, kind, approximate] = part.split(',');
  return { code, lat: Number(lat), lng: Number(lng), kind: kind as FacilityKind, approximate: approximate === '1' };
}

/** Packs points (in order, positions in units of 1/SCALE degree) into the strings of `FacilityPoints`. */
export function encodePoints(rows: PointRow[]): FacilityPointsType {
  const kinds: FacilityKind[] = [];
  const kindIndex = new Map<FacilityKind, number>();
  const codes: string[] = new Array(rows.length);
  const lat: number[] = new Array(rows.length);
  const lng: number[] = new Array(rows.length);
  const kind: string[] = new Array(rows.length);
  const approximate: string[] = new Array(rows.length);
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
    kind[i] = k.toString(36);
    approximate[i] = r.approximate ? '1' : '0';
  });
  return { count: rows.length, kinds, codes: codes.join(','), lat: lat.join(','), lng: lng.join(','), kind: kind.join(''), approximate: approximate.join('') };
}
