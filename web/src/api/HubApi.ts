import { GraphQLClient } from './client.js';
import { BOUNDARIES, FACILITIES_NEAR, FACILITIES_PAGE, FACILITY_DETAIL, FACILITY_LABELS, FACILITY_POINTS, PROVINCES } from './queries.js';
import { decodePoints, type FacilityPoints, type PackedPoints } from './points.js';
import type { Boundary, FacilityDetail, FacilityDistance, FacilityFilter, FacilitySummary, Province } from './types.js';

/** Largest page the API serves (`first` ≤ 100). */
const PAGE = 100;

export interface FacilityList { facilities: FacilitySummary[]; totalCount: number }

/** The map's reads of the hub, one method per question. Layers and controls never call it. */
export class HubApi {
  constructor(private readonly client = new GraphQLClient()) {}

  /** Every facility matching the filter as a point, in one compact answer (`facilityPoints`). */
  async points(filter: FacilityFilter, signal?: AbortSignal): Promise<FacilityPoints> {
    const data = await this.client.request<{ facilityPoints: PackedPoints }>(FACILITY_POINTS, { filter }, signal);
    return decodePoints(data.facilityPoints);
  }

  /** Names of some facilities by code (at most 100 at a time), for their markers. */
  async labels(codes: string[], signal?: AbortSignal): Promise<Pick<FacilitySummary, 'code' | 'name' | 'nameEn'>[]> {
    type Page = { facilities: { edges: { node: Pick<FacilitySummary, 'code' | 'name' | 'nameEn'> }[] } };
    const data = await this.client.request<Page>(FACILITY_LABELS, { codes: codes.slice(0, PAGE), first: PAGE }, signal);
    return data.facilities.edges.map((e) => e.node);
  }

  /** The best matches of a name search (diacritics optional), best first. */
  async searchFacilities(filter: FacilityFilter, first: number, signal?: AbortSignal): Promise<FacilityList> {
    type Page = { facilities: { totalCount: number; edges: { node: FacilitySummary }[] } };
    const data = await this.client.request<Page>(FACILITIES_PAGE, { filter, first, after: null }, signal);
    return { facilities: data.facilities.edges.map((e) => e.node), totalCount: data.facilities.totalCount };
  }

  /** One facility with everything the panel shows; null when unknown (or private). */
  async facility(code: string, signal?: AbortSignal): Promise<FacilityDetail | null> {
    const data = await this.client.request<{ facility: FacilityDetail | null }>(FACILITY_DETAIL, { code }, signal);
    return data.facility;
  }

  /** The nearest facilities to a point, nearest first. */
  async nearest(lat: number, lng: number, filter: FacilityFilter, first = 10, signal?: AbortSignal): Promise<FacilityDistance[]> {
    const data = await this.client.request<{ facilitiesNear: FacilityDistance[] }>(FACILITIES_NEAR, { lat, lng, first, filter }, signal);
    return data.facilitiesNear;
  }

  /** The imported province polygons (none until `npm run import:boundaries`). */
  async boundaries(signal?: AbortSignal): Promise<Boundary[]> {
    const data = await this.client.request<{ boundaries: Boundary[] }>(BOUNDARIES, {}, signal);
    return data.boundaries;
  }

  /** The current provinces with their centre points. */
  async provinces(signal?: AbortSignal): Promise<Province[]> {
    const data = await this.client.request<{ adminUnits: Province[] }>(PROVINCES, {}, signal);
    return data.adminUnits;
  }
}
