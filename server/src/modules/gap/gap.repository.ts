import type { Queryable } from '../../db/sql.js';
import { unitFromRow, type AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import type { TargetGroup } from '../common/enums.js';
import type { Geography } from '../planning/planning.enums.js';
import type { Qualifier } from '../need/need.enums.js';
import { NORMED_ROLES, type NormedRole } from './gap.staffing.js';
import { gapRowsSql, type GapLevel } from './gap.sql.js';

/** What a gap analysis is asked for, with the defaults applied. */
export interface GapQuery {
  geography: Geography;
  level: GapLevel;
  targetGroup: TargetGroup | null;
  withinKm: number | null;
  asOf: string;
  canEdit: boolean;
  /** Measure each commune's distance to its nearest facility (only asked for when `nearestFacilityKm` is read). */
  distances: boolean;
}

/** A need figure of a unit or of one of its predecessors (`year`, `count` null when it has none). */
export interface NeedSource {
  code: string;
  name: string;
  own: boolean;
  year: number | null;
  count: number | null;
  qualifier: Qualifier | null;
}

/** The sums of one unit, as the statement returns them (integers; nulls where no facility counted). */
export interface GapSums {
  unit: AdminUnitRecord;
  needSources: NeedSource[];
  facilities: number;
  facilitiesReporting: number;
  places: number;
  residents: number;
  communityClients: number;
  accessible: number;
  accessibilityKnown: number;
  socialWork: number;
  socialWorkKnown: number;
  staffingAssessed: number;
  facilitiesShortOfStaff: number;
  shortfall: Record<NormedRole, number>;
  communes: number | null;
  communesBeyondReach: number | null;
  nearestKm: number | null;
}

const int = (v: unknown): number => (v == null ? 0 : Number(v));
const intOrNull = (v: unknown): number | null => (v == null ? null : Number(v));

/** Runs the gap statement (one round trip) and returns a row per unit, ordered by unit code. */
export async function findGapSums(db: Queryable, q: GapQuery): Promise<GapSums[]> {
  // Not a prepared statement: a generic plan cannot drop the clauses of an absent target group or radius (about 1.5 times slower).
  const res = await db.query(gapRowsSql(q.geography, q.level, q.distances), [q.asOf, q.targetGroup, q.withinKm, q.canEdit, Number(q.asOf.slice(0, 4))]);
  return res.rows.map((r) => ({
    unit: unitFromRow(r, 'unit')!,
    needSources: r.need_sources ?? [],
    facilities: int(r.facilities),
    facilitiesReporting: int(r.reporting),
    places: int(r.places),
    residents: int(r.residents),
    communityClients: int(r.community_clients),
    accessible: int(r.accessible),
    accessibilityKnown: int(r.accessible_known),
    socialWork: int(r.social_work),
    socialWorkKnown: int(r.social_work_known),
    staffingAssessed: int(r.staffing_assessed),
    facilitiesShortOfStaff: int(r.short_staffed),
    shortfall: Object.fromEntries(NORMED_ROLES.map((role) => [role, int(r[role])])) as Record<NormedRole, number>,
    communes: intOrNull(r.communes),
    communesBeyondReach: intOrNull(r.beyond),
    nearestKm: r.nearest_km == null ? null : Number(r.nearest_km),
  }));
}
