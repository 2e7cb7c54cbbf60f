import { prepared, type Queryable } from '../../db/sql.js';
import { unitColumns, unitFromRow, validOn, type AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import type { FacilityKind, TargetGroup } from '../common/enums.js';

export interface CommuneReachRecord {
  unit: AdminUnitRecord;
  nearestKm: number | null;
}

/**
 * Current communes whose point lies farther than `withinKm` from every OPERATING facility of the
 * kinds (and target group) asked for, farthest first (communes with no such facility at all first).
 * One nearest-neighbour scan of the GiST index on ll_to_earth(lat, lng) per commune. Private-location
 * facilities never count (no reach figure may narrow down where they are).
 */
export async function findCommunesBeyondReach(
  db: Queryable,
  args: { withinKm: number; kinds?: FacilityKind[] | null; targetGroup?: TargetGroup | null; provinceCode?: string | null; asOf: string },
): Promise<{ communesChecked: number; communes: CommuneReachRecord[] }> {
  const params: unknown[] = [args.asOf, args.withinKm];
  const facility = [`NOT f.is_private`, `f.status = 'OPERATING'`];
  if (args.kinds?.length) facility.push(`f.kind = ANY($${params.push(args.kinds)}::text[])`);
  if (args.targetGroup) facility.push(`$${params.push(args.targetGroup)} = ANY(f.target_groups)`);
  const unit = [`u.level = 'COMMUNE'`, validOn(1), 'u.lat IS NOT NULL', 'u.lng IS NOT NULL'];
  if (args.provinceCode != null) {
    unit.push(`u.parent_id IN (SELECT p.id FROM admin_unit p WHERE p.level = 'PROVINCE' AND p.code = $${params.push(args.provinceCode)} AND ${validOn(1, 'p')})`);
  }
  const res = await db.query(prepared(
    `SELECT ${unitColumns('u', 'u')}, n.km, count(*) OVER () AS checked, (n.km IS NULL OR n.km > $2::float8) AS beyond
       FROM admin_unit u
       LEFT JOIN LATERAL (
         SELECT earth_distance(ll_to_earth(u.lat, u.lng), ll_to_earth(f.lat, f.lng)) / 1000 AS km
           FROM facility f WHERE ${facility.join(' AND ')}
          ORDER BY ll_to_earth(f.lat, f.lng) <-> ll_to_earth(u.lat, u.lng) LIMIT 1
       ) n ON true
      WHERE ${unit.join(' AND ')}
      ORDER BY n.km DESC NULLS FIRST, u.code`,
    params,
  ));
  const communes = res.rows.filter((r) => r.beyond).map((r) => ({
    unit: unitFromRow(r, 'u')!,
    nearestKm: r.km == null ? null : Math.round(r.km * 1000) / 1000,
  }));
  return { communesChecked: res.rows.length ? Number(res.rows[0].checked) : 0, communes };
}
