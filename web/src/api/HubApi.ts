import { GraphQLClient } from './client.js';
import { BOUNDARIES, FACILITIES_NEAR, FACILITIES_PAGE, FACILITY_DETAIL, FACILITY_LABELS, FACILITY_POINTS, PROVINCES } from './queries.js';
import { decodePoints, type FacilityPoints, type PackedPoints } from './points.js';
import type { Boundary, FacilityDetail, FacilityDistance, FacilityFilter, FacilitySummary, Province } from './types.js';
import type {
  MapBoundariesQuery, MapFacilitiesQuery, MapFacilitiesQueryVariables, MapFacilityQuery, MapFacilityQueryVariables, MapLabelsQuery,
  MapLabelsQueryVariables, MapNearestQuery, MapNearestQueryVariables, MapPointsQuery, MapPointsQueryVariables, MapProvincesQuery,
} from './generated.js';

/** Largest page the API serves (`first` ≤ 100). */
const PAGE = 100;

export interface FacilityList { facilities: FacilitySummary[]; totalCount: number }

/** The map's reads of the hub, one method per question. Layers and controls never call it. */
export class HubApi {
  constructor(private readonly client = new GraphQLClient()) {}

  /** Every facility matching the filter as a point, in one compact answer (`facilityPoints`). */
  async points(filter: FacilityFilter, signal?: AbortSignal): Promise<FacilityPoints> {
    const data = await this.client.request<MapPointsQuery>(FACILITY_POINTS, { filter } satisfies MapPointsQueryVariables, signal);
    return decodePoints(data.facilityPoints satisfies PackedPoints);
  }

  /** Names of some facilities by code (at most 100 at a time), for their markers. */
  async labels(codes: string[], signal?: AbortSignal): Promise<Pick<FacilitySummary, 'code' | 'name' | 'nameEn'>[]> {
    const variables: MapLabelsQueryVariables = { codes: codes.slice(0, PAGE), first: PAGE };
    const data = await this.client.request<MapLabelsQuery>(FACILITY_LABELS, variables, signal);
    return data.facilities.edges.map((e) => e.node);
  }

  /** The best matches of a name search (diacritics optional), best first. */
  async searchFacilities(filter: FacilityFilter, first: number, signal?: AbortSignal): Promise<FacilityList> {
    const variables: MapFacilitiesQueryVariables = { filter, first, after: null };
    const data = await this.client.request<MapFacilitiesQuery>(FACILITIES_PAGE, variables, signal);
    return { facilities: data.facilities.edges.map((e) => e.node), totalCount: data.facilities.totalCount };
  }

  /** One facility with everything the panel shows; null when unknown (or private). */
  async facility(code: string, signal?: AbortSignal): Promise<FacilityDetail | null> {
    const data = await this.client.request<MapFacilityQuery>(FACILITY_DETAIL, { code } satisfies MapFacilityQueryVariables, signal);
    return data.facility;
  }

  /** The nearest facilities to a point, nearest first. */
  async nearest(lat: number, lng: number, filter: FacilityFilter, first = 10, signal?: AbortSignal): Promise<FacilityDistance[]> {
    const data = await this.client.request<MapNearestQuery>(FACILITIES_NEAR, { lat, lng, first, filter } satisfies MapNearestQueryVariables, signal);
    return data.facilitiesNear;
  }

  /** The imported province polygons (none until `npm run import:boundaries`). */
  async boundaries(signal?: AbortSignal): Promise<Boundary[]> {
    const data = await this.client.request<MapBoundariesQuery>(BOUNDARIES, {}, signal);
    return data.boundaries;
  }

  /** The current provinces with their centre points. */
  async provinces(signal?: AbortSignal): Promise<Province[]> {
    const data = await this.client.request<MapProvincesQuery>(PROVINCES, {}, signal);
    return data.adminUnits;
  }
}
