import type { Queryable } from '../../db/sql.js';
import type { AdminLevel, TargetGroup } from '../common/enums.js';
import { FieldErrors } from '../common/errors.js';
import { todayInVietnam } from '../common/scalars.js';
import type { Viewer } from '../facility/facility.repository.js';
import type { Geography } from '../planning/planning.enums.js';
import { findGapSums, type GapSums } from './gap.repository.js';
import { needOf } from './gap.need.js';
import { NORMED_ROLES } from './gap.staffing.js';
import type { GapReportType, GapRowType } from './gap.type.js';

/** The arguments of `gapAnalysis` as the schema gives them. */
export interface GapArgs {
  geography?: Geography | null;
  level?: AdminLevel | null;
  targetGroup?: TargetGroup | null;
  withinKm?: number | null;
  asOf?: string | null;
}

/** How many rows `worstGaps` lists. */
export const WORST_GAPS = 10;

/** Vietnam spans about 1,650 km from north to south: a larger radius asks nothing. */
const MAX_WITHIN_KM = 2000;

/** Share of `part` in `whole` as a percentage rounded to 0.1; null for an empty whole. */
export const percent = (part: number, whole: number | null): number | null => (whole ? Math.round((1000 * part) / whole) / 10 : null);

/** One GapRow from the sums of a unit. */
export function toGapRow(s: GapSums, withinKm: number | null): GapRowType {
  const { need, basis } = needOf(s.needSources);
  const served = s.residents + s.communityClients;
  return {
    unit: s.unit,
    need,
    needBasis: basis,
    places: s.places,
    residents: s.residents,
    served,
    coveragePercent: need == null ? null : percent(served, need),
    unmetNeed: need == null ? null : Math.max(0, need - served),
    facilities: s.facilities,
    facilitiesReporting: s.facilitiesReporting,
    accessiblePercent: percent(s.accessible, s.accessibilityKnown),
    accessibilityKnown: s.accessibilityKnown,
    socialWorkPercent: percent(s.socialWork, s.socialWorkKnown),
    socialWorkKnown: s.socialWorkKnown,
    staffingShortfall: NORMED_ROLES.filter((role) => s.shortfall[role] > 0).map((role) => ({ role, count: s.shortfall[role] })),
    staffingAssessed: s.staffingAssessed,
    facilitiesShortOfStaff: s.facilitiesShortOfStaff,
    communesBeyondReach: withinKm == null || !s.communes ? null : s.communesBeyondReach,
    nearestFacilityKm: s.nearestKm == null ? null : Math.round(s.nearestKm * 1000) / 1000,
  };
}

/**
 * The worst gaps: rows with unmet need, the largest first; ties by the lower coverage (a row without
 * coverage, i.e. a need of 0, cannot have unmet need), then by unit code. At most WORST_GAPS rows.
 */
export function worstGaps(rows: readonly GapRowType[]): GapRowType[] {
  return rows
    .filter((r) => (r.unmetNeed ?? 0) > 0)
    .sort((a, b) => b.unmetNeed! - a.unmetNeed! || a.coveragePercent! - b.coveragePercent! || a.unit.code.localeCompare(b.unit.code))
    .slice(0, WORST_GAPS);
}

/** Gap analysis: checks the arguments, reads the sums in one statement, derives rows and ranking. */
export class GapService {
  constructor(private readonly db: Queryable) {}

  /** `distances`: whether the caller reads `nearestFacilityKm` (commune rows pay a nearest search per commune for it). */
  async gapAnalysis(args: GapArgs, viewer: Viewer, distances = true): Promise<GapReportType> {
    const geography = args.geography ?? 'CURRENT_34';
    const level = args.level ?? 'PROVINCE';
    const errors = new FieldErrors();
    if (level === 'DISTRICT') errors.add('level', 'districts were abolished on 2025-07-01 and are not in the registry: ask PROVINCE or COMMUNE');
    else if (level === 'COMMUNE' && geography === 'LEGACY_63') errors.add('level', 'communes are units of the current geography: ask COMMUNE with geography CURRENT_34');
    const withinKm = args.withinKm ?? null;
    if (withinKm != null && !(withinKm > 0 && withinKm <= MAX_WITHIN_KM)) errors.add('withinKm', `must be more than 0 and at most ${MAX_WITHIN_KM}`);
    errors.throwIfAny();
    const asOf = args.asOf ?? todayInVietnam();
    const sums = await findGapSums(this.db, {
      geography, level: level as 'PROVINCE' | 'COMMUNE', targetGroup: args.targetGroup ?? null, withinKm, asOf, canEdit: viewer.canEdit, distances,
    });
    const rows = sums.map((s) => toGapRow(s, withinKm));
    return { rows, worstGaps: worstGaps(rows), asOf };
  }
}
