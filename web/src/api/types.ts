/**
 * Shapes of the partner contract (docs/CONTRACT.md, part "registry") as far as the map reads them:
 * names for parts of the answers that generated.ts types from the schema and queries.ts
 * (`npm run codegen`). Change a document, then run codegen; never edit these shapes by hand.
 */
import type { MapBoundariesQuery, MapFacilitiesQuery, MapFacilityQuery, MapNearestQuery, MapProvincesQuery } from './generated.js';

export type {
  AccessibilityFeature, AccessibilityStatus, Confidence, FacilityFilter, FacilityKind, FacilityStatus, LocationPrecision,
  OrganizationKind, Ownership, ServiceType, StaffRole, TargetGroup,
} from './generated.js';

/** A facility as drawn on the map and listed in results. */
export type FacilitySummary = MapFacilitiesQuery['facilities']['edges'][number]['node'];

/** Everything the facility panel shows. */
export type FacilityDetail = NonNullable<MapFacilityQuery['facility']>;

export type FacilityDistance = MapNearestQuery['facilitiesNear'][number];

/** An imported polygon: `geometry` is a GeoJSON geometry as a JSON string. */
export type Boundary = MapBoundariesQuery['boundaries'][number];

export type Province = MapProvincesQuery['adminUnits'][number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;

// queries.ts spells the summary out in each read that lists facilities: they must select the same.
type _NearestSelectsTheSummary = Expect<Same<FacilityDistance['facility'], FacilitySummary>>;
type _DetailSelectsTheSummary = Expect<Same<Pick<FacilityDetail, keyof FacilitySummary>, FacilitySummary>>;
