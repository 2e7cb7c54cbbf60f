/**
 * GraphQL documents of the coverage view (docs/CONTRACT.md, part "planning"), and of reach. Whole
 * documents marked `/* GraphQL *\/` for `npm run codegen`; a unit with its point
 * (`code name nameEn centroid { lat lng }`) is spelled out where it is read.
 */

export const GAP_ANALYSIS = /* GraphQL */ `
query MapGaps($geography: Geography!, $targetGroup: TargetGroup) {
  gapAnalysis(geography: $geography, level: PROVINCE, targetGroup: $targetGroup) {
    asOf
    rows {
      unit { code name nameEn centroid { lat lng } }
      need places residents served coveragePercent unmetNeed facilities
      accessiblePercent accessibilityKnown socialWorkPercent socialWorkKnown
      staffingShortfall { role count } staffingAssessed
    }
  }
}`;

export const TARGET_PROGRESS = /* GraphQL */ `
query MapProgress($geography: Geography!, $provinceCode: String) {
  targetProgress(geography: $geography, provinceCode: $provinceCode) {
    unit { code }
    actual status basis asOf
    plan { code title }
    target { year value comparator targetGroup facilityKind indicator { code name nameEn unit } }
  }
}`;

/** Provinces of one geography with their points: the 34 today, or the 63 on the eve of the reform. */
export const PROVINCES_AS_OF = /* GraphQL */ `
query MapProvincesAsOf($asOf: Date) {
  adminUnits(level: PROVINCE, asOf: $asOf) { code name nameEn centroid { lat lng } }
}`;

export const BOUNDARIES_AS_OF = /* GraphQL */ `
query MapBoundariesAsOf($asOf: Date) {
  boundaries(level: PROVINCE, asOf: $asOf) { code attribution geometry }
}`;

export const COMMUNES_BEYOND_REACH = /* GraphQL */ `
query MapBeyondReach($withinKm: Float!, $kinds: [FacilityKind!]) {
  communesBeyondReach(withinKm: $withinKm, kinds: $kinds) { communesChecked communes { nearestKm unit { code name nameEn centroid { lat lng } } } }
}`;
