/** Shapes of the planning part of the contract (docs/CONTRACT.md) as far as the coverage view reads them. */
import type { FacilityKind, StaffRole, TargetGroup } from './types.js';

export type Geography = 'CURRENT_34' | 'LEGACY_63';
export type ProgressStatus = 'MET' | 'MISSED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

export interface UnitPoint { code: string; name: string; nameEn: string | null; centroid: { lat: number; lng: number } | null }

export interface GapRow {
  unit: UnitPoint;
  need: number | null;
  places: number;
  residents: number;
  served: number;
  coveragePercent: number | null;
  /** max(0, need − served); null without a known need. */
  unmetNeed: number | null;
  facilities: number;
  accessiblePercent: number | null;
  /** Facilities whose accessibility was assessed (the base of the share). */
  accessibilityKnown: number;
  socialWorkPercent: number | null;
  socialWorkKnown: number;
  /** Only the roles short of staff; over `staffingAssessed` facilities. */
  staffingShortfall: { role: StaffRole; count: number }[];
  staffingAssessed: number;
}

export interface TargetProgress {
  unit: { code: string } | null;
  actual: number | null;
  status: ProgressStatus;
  basis: string;
  asOf: string;
  plan: { code: string | null; title: string } | null;
  target: {
    year: number;
    value: number;
    comparator: 'AT_LEAST' | 'EXACTLY' | 'MORE_THAN' | 'INCREASE_BY';
    targetGroup: TargetGroup | null;
    facilityKind: FacilityKind | null;
    indicator: { code: string; name: string; nameEn: string; unit: 'PERCENT' | 'COUNT' | 'PLACES' };
  };
}

export interface CommuneReach { nearestKm: number | null; unit: UnitPoint }

export interface CommunesBeyondReach { communesChecked: number; communes: CommuneReach[] }
