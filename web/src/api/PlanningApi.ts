import { GraphQLClient } from './client.js';
import { BOUNDARIES_AS_OF, COMMUNES_BEYOND_REACH, GAP_ANALYSIS, PROVINCES_AS_OF, TARGET_PROGRESS } from './planning.queries.js';
import type { CommunesBeyondReach, GapRow, Geography, TargetProgress, UnitPoint } from './planning.types.js';
import type { Boundary, FacilityKind, TargetGroup } from './types.js';
import type {
  MapBeyondReachQuery, MapBeyondReachQueryVariables, MapBoundariesAsOfQuery, MapBoundariesAsOfQueryVariables, MapGapsQuery,
  MapGapsQueryVariables, MapProgressQuery, MapProgressQueryVariables, MapProvincesAsOfQuery, MapProvincesAsOfQueryVariables,
} from './generated.js';

/** The day before the reform of 1 July 2025: the 63 provinces are read on it. */
export const LEGACY_DAY = '2025-06-30';

/** The coverage view's reads of the hub (gaps, progress, provinces of a geography, reach). */
export class PlanningApi {
  constructor(private readonly client = new GraphQLClient()) {}

  async gaps(geography: Geography, targetGroup: TargetGroup | null, signal?: AbortSignal): Promise<GapRow[]> {
    const data = await this.client.request<MapGapsQuery>(GAP_ANALYSIS, { geography, targetGroup } satisfies MapGapsQueryVariables, signal);
    return data.gapAnalysis.rows;
  }

  /** Progress of every target of the geography's provinces (or of one province). */
  async progress(geography: Geography, provinceCode: string | null, signal?: AbortSignal): Promise<TargetProgress[]> {
    const data = await this.client.request<MapProgressQuery>(TARGET_PROGRESS, { geography, provinceCode } satisfies MapProgressQueryVariables, signal);
    return data.targetProgress;
  }

  /** The provinces of a geography with their points, and whatever polygons are imported for them. */
  async provinces(geography: Geography, signal?: AbortSignal): Promise<{ provinces: UnitPoint[]; boundaries: Boundary[] }> {
    const asOf = geography === 'LEGACY_63' ? LEGACY_DAY : null;
    const [units, shapes] = await Promise.all([
      this.client.request<MapProvincesAsOfQuery>(PROVINCES_AS_OF, { asOf } satisfies MapProvincesAsOfQueryVariables, signal),
      this.client.request<MapBoundariesAsOfQuery>(BOUNDARIES_AS_OF, { asOf } satisfies MapBoundariesAsOfQueryVariables, signal),
    ]);
    return { provinces: units.adminUnits, boundaries: shapes.boundaries };
  }

  async communesBeyondReach(withinKm: number, kinds: FacilityKind[], signal?: AbortSignal): Promise<CommunesBeyondReach> {
    const data = await this.client.request<MapBeyondReachQuery>(COMMUNES_BEYOND_REACH, { withinKm, kinds } satisfies MapBeyondReachQueryVariables, signal);
    return data.communesBeyondReach;
  }
}
