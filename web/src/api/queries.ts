/** GraphQL documents of the map: only the fields it shows. */

export const SUMMARY_FIELDS = `
  id code name nameEn kind ownership status
  location { lat lng precision }
  province { code name }
`;

export const FACILITIES_PAGE = `
query MapFacilities($filter: FacilityFilter, $first: Int!, $after: String) {
  facilities(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${SUMMARY_FIELDS} } }
  }
}`;

export const FACILITY_DETAIL = `
query MapFacility($code: String!) {
  facility(code: $code) {
    ${SUMMARY_FIELDS}
    address openedOn providesSocialWorkServices updatedAt
    operator { name kind }
    legacyProvince { code name nameEn }
    capacity { places residents communityClients reportedOn residentsByGroup { group count } }
    staff { total socialWorkers trainedSocialWorkers byRole { role count } }
    services targetGroups
    accessibility { meetsMinimum assessedOn items { item status } }
    licence { number issuedBy issuedOn }
    contact { phone email website }
    source { citation confidence }
  }
}`;

export const FACILITIES_NEAR = `
query MapNearest($lat: Float!, $lng: Float!, $first: Int, $filter: FacilityFilter) {
  facilitiesNear(lat: $lat, lng: $lng, first: $first, filter: $filter) {
    distanceKm
    facility { ${SUMMARY_FIELDS} }
  }
}`;

export const BOUNDARIES = `
query MapBoundaries {
  boundaries(level: PROVINCE) { code attribution geometry }
}`;

export const PROVINCES = `
query MapProvinces {
  adminUnits(level: PROVINCE) { code name nameEn centroid { lat lng } }
}`;

export const FACILITY_POINTS = `
query MapPoints($filter: FacilityFilter) {
  facilityPoints(filter: $filter) { count kinds codes lat lng kind approximate }
}`;

/** Names of the points drawn one by one (their markers' accessible names). */
export const FACILITY_LABELS = `
query MapLabels($codes: [String!]!, $first: Int!) {
  facilities(filter: { codes: $codes, status: [PLANNED, OPERATING, SUSPENDED, CLOSED] }, first: $first) { edges { node { code name nameEn } } }
}`;
