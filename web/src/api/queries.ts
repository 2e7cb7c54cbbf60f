/**
 * GraphQL documents of the map: only the fields it shows. Each is whole (no `${…}` pieces) and
 * marked `/* GraphQL *\/`, so `npm run codegen` reads them and types their answers in generated.ts.
 * A facility's summary (`id code name … province { code name }`) is spelled out in the three reads
 * that list facilities; types.ts checks that the three stay the same.
 */

export const FACILITIES_PAGE = /* GraphQL */ `
query MapFacilities($filter: FacilityFilter, $first: Int!, $after: String) {
  facilities(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id code name nameEn kind ownership status
      location { lat lng precision }
      province { code name }
    } }
  }
}`;

export const FACILITY_DETAIL = /* GraphQL */ `
query MapFacility($code: String!) {
  facility(code: $code) {
    id code name nameEn kind ownership status
    location { lat lng precision }
    province { code name }
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

export const FACILITIES_NEAR = /* GraphQL */ `
query MapNearest($lat: Float!, $lng: Float!, $first: Int, $filter: FacilityFilter) {
  facilitiesNear(lat: $lat, lng: $lng, first: $first, filter: $filter) {
    distanceKm
    facility {
      id code name nameEn kind ownership status
      location { lat lng precision }
      province { code name }
    }
  }
}`;

export const BOUNDARIES = /* GraphQL */ `
query MapBoundaries {
  boundaries(level: PROVINCE) { code attribution geometry }
}`;

export const PROVINCES = /* GraphQL */ `
query MapProvinces {
  adminUnits(level: PROVINCE) { code name nameEn centroid { lat lng } }
}`;

export const FACILITY_POINTS = /* GraphQL */ `
query MapPoints($filter: FacilityFilter) {
  facilityPoints(filter: $filter) { count kinds codes lat lng kind approximate }
}`;

/** Names of the points drawn one by one (their markers' accessible names). */
export const FACILITY_LABELS = /* GraphQL */ `
query MapLabels($codes: [String!]!, $first: Int!) {
  facilities(filter: { codes: $codes, status: [PLANNED, OPERATING, SUSPENDED, CLOSED] }, first: $first) { edges { node { code name nameEn } } }
}`;
