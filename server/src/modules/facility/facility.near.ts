import { limitLiteral, type Queryable } from '../../db/sql.js';
import type { FacilityFilter } from './facility.filter.js';
import { applyFacilityFilter, selectFacilities, SqlWhere, type FacilityRecord, type Viewer } from './facility.repository.js';
import type { FacilityReadPlan } from './facility.read-plan.js';
import { applySearch } from './facility.search.js';

/**
 * The `first` facilities nearest to a point, by great-circle distance. Served by the GiST index on
 * ll_to_earth(lat, lng): a KNN scan (`<->`) and, with a radius, an indexable earth_box test.
 */
export async function nearestFacilities(
  db: Queryable,
  args: { lat: number; lng: number; radiusKm?: number | null; first: number; filter?: FacilityFilter | null },
  viewer: Viewer,
  plan: FacilityReadPlan,
): Promise<{ facility: FacilityRecord; distanceKm: number }[]> {
  const where = new SqlWhere();
  const point = `ll_to_earth(${where.param(args.lat)}::float8, ${where.param(args.lng)}::float8)`;
  applyFacilityFilter(where, args.filter, viewer);
  if (args.filter?.search?.trim()) applySearch(where, args.filter.search);
  if (args.radiusKm != null) {
    const metres = where.param(args.radiusKm * 1000);
    where.add(`earth_box(${point}, ${metres}::float8) @> ll_to_earth(f.lat, f.lng)`);
    where.add(`earth_distance(${point}, ll_to_earth(f.lat, f.lng)) <= ${metres}::float8`);
  }
  const rows = await selectFacilities(db, {
    extra: `earth_distance(${point}, ll_to_earth(f.lat, f.lng)) / 1000 AS distance_km`, where,
    innerTail: `ORDER BY ll_to_earth(f.lat, f.lng) <-> ${point} LIMIT ${limitLiteral(args.first)}`,
    outerOrder: 'f.distance_km, f.id', plan,
  });
  return rows.map(({ record, row }) => ({ facility: record, distanceKm: Math.round(row.distance_km * 1000) / 1000 }));
}
