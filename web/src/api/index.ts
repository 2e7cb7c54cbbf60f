export { ApiError, GraphQLClient } from './client.js';
export { HubApi, type FacilityList } from './HubApi.js';
export { PlanningApi, LEGACY_DAY } from './PlanningApi.js';
export { decodePoints, pointAt, type FacilityPoint, type FacilityPoints, type PackedPoints } from './points.js';
export type * from './types.js';
export type * from './planning.types.js';
