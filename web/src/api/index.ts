export { ApiError, GraphQLClient } from './client.js';
export { HubApi, type FacilityList } from './HubApi.js';
export type * from './types.js';
