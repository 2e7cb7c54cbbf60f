import type { FacilityFilter, FacilityKind, FacilityStatus, Ownership, ServiceType, TargetGroup } from '../api/types.js';
import type { Lang } from '../i18n/index.js';
import type { CoverageState, Mode } from './CoverageState.js';

/** The filters the user set (the search box is separate: it finds, it does not filter the map). */
export interface Filters {
  kinds: FacilityKind[];
  ownership: Ownership | null;
  targetGroup: TargetGroup | null;
  service: ServiceType | null;
  accessibleOnly: boolean;
  status: FacilityStatus[];
}

export interface MapView { lat: number; lng: number; zoom: number }

/** Everything a shared link restores. */
export interface AppState {
  lang: Lang;
  filters: Filters;
  /** Map view; null: fit the whole country. */
  view: MapView | null;
  /** Code of the facility whose panel is open. */
  selected: string | null;
  /** Point whose nearest facilities are listed. */
  near: { lat: number; lng: number } | null;
  /** Finding a facility, or the planner's coverage view. */
  mode: Mode;
  coverage: CoverageState;
}

export const NO_FILTERS: Filters = { kinds: [], ownership: null, targetGroup: null, service: null, accessibleOnly: false, status: [] };

/** The contract's FacilityFilter for a set of filters. */
export function toFacilityFilter(filters: Filters): FacilityFilter {
  const out: FacilityFilter = {};
  if (filters.kinds.length) out.kinds = filters.kinds;
  if (filters.ownership) out.ownership = filters.ownership;
  if (filters.targetGroup) out.targetGroups = [filters.targetGroup];
  if (filters.service) out.services = [filters.service];
  if (filters.accessibleOnly) out.accessible = true;
  if (filters.status.length) out.status = filters.status;
  return out;
}

/** How many filters are set (for the "filters on" badge). */
export function activeFilterCount(filters: Filters): number {
  return (filters.kinds.length ? 1 : 0) + (filters.ownership ? 1 : 0) + (filters.targetGroup ? 1 : 0)
    + (filters.service ? 1 : 0) + (filters.accessibleOnly ? 1 : 0) + (filters.status.length ? 1 : 0);
}
