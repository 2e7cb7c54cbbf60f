/** GraphQL documents of the coverage view (docs/CONTRACT.md, part "planning"), and of reach. */

const UNIT = 'code name nameEn centroid { lat lng }';

export const GAP_ANALYSIS = `
query MapGaps($geography: Geography!, $targetGroup: TargetGroup) {
  gapAnalysis(geography: $geography, level: PROVINCE, targetGroup: $targetGroup) {
    asOf
    rows {
      unit { ${UNIT} }
      need places residents served coveragePercent unmetNeed facilities
      accessiblePercent accessibilityKnown socialWorkPercent socialWorkKnown
      staffingShortfall { role count } staffingAssessed
    }
  }
}`;

export const TARGET_PROGRESS = `
query MapProgress($geography: Geography!, $provinceCode: String) {
  targetProgress(geography: $geography, provinceCode: $provinceCode) {
    unit { code }
    actual status basis asOf
    plan { code title }
    target { year value comparator targetGroup facilityKind indicator { code name nameEn unit } }
  }
}`;

/** Provinces of one geography with their points: the 34 today, or the 63 on the eve of the reform. */
export const PROVINCES_AS_OF = `
query MapProvincesAsOf($asOf: Date) {
  adminUnits(level: PROVINCE, asOf: $asOf) { ${UNIT} }
}`;

export const BOUNDARIES_AS_OF = `
query MapBoundariesAsOf($asOf: Date) {
  boundaries(level: PROVINCE, asOf: $asOf) { code attribution geometry }
}`;

export const COMMUNES_BEYOND_REACH = `
query MapBeyondReach($withinKm: Float!, $kinds: [FacilityKind!]) {
  communesBeyondReach(withinKm: $withinKm, kinds: $kinds) { communesChecked communes { nearestKm unit { ${UNIT} } } }
}`;
