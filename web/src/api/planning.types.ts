/**
 * Shapes of the planning part of the contract (docs/CONTRACT.md) as far as the coverage view reads
 * them: names for parts of the answers that generated.ts types from planning.queries.ts.
 */
import type { MapBeyondReachQuery, MapGapsQuery, MapProgressQuery, MapProvincesAsOfQuery } from './generated.js';

export type { Geography, ProgressStatus } from './generated.js';

/** A province (or commune) with its point. */
export type UnitPoint = MapProvincesAsOfQuery['adminUnits'][number];

/** One province's gaps: `unmetNeed` is max(0, need − served), null without a known need; shares are over the facilities assessed. */
export type GapRow = MapGapsQuery['gapAnalysis']['rows'][number];

export type TargetProgress = MapProgressQuery['targetProgress'][number];

export type CommunesBeyondReach = MapBeyondReachQuery['communesBeyondReach'];

export type CommuneReach = CommunesBeyondReach['communes'][number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;

// planning.queries.ts spells a unit with its point out in each read: they must select the same.
type _GapUnitIsAUnitPoint = Expect<Same<GapRow['unit'], UnitPoint>>;
type _ReachUnitIsAUnitPoint = Expect<Same<CommuneReach['unit'], UnitPoint>>;
