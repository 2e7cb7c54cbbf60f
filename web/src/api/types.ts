/** Shapes of the partner contract (docs/CONTRACT.md, part "registry") as far as the map reads them. */

export type FacilityKind =
  | 'ELDERLY_CARE' | 'CHILD_CARE' | 'DISABILITY_CARE' | 'MENTAL_HEALTH_CARE' | 'COMPREHENSIVE'
  | 'SOCIAL_WORK_CENTRE' | 'SOS_CHILDRENS_VILLAGE' | 'DRUG_REHABILITATION' | 'SHELTER' | 'OTHER';
export type Ownership = 'PUBLIC' | 'NON_PUBLIC';
export type FacilityStatus = 'PLANNED' | 'OPERATING' | 'SUSPENDED' | 'CLOSED';
export type TargetGroup =
  | 'ELDERLY' | 'CHILDREN' | 'PERSONS_WITH_DISABILITIES' | 'MENTAL_ILLNESS' | 'HIV_AIDS' | 'EMERGENCY_PROTECTION'
  | 'DRUG_DEPENDENCE' | 'HOMELESS_WANDERING' | 'VOLUNTARY_CLIENTS' | 'OTHER';
export type ServiceType =
  | 'EMERGENCY_RECEPTION' | 'COUNSELLING' | 'ENTITLEMENT_ADVICE' | 'SUPPORT_PLANNING' | 'RESIDENTIAL_CARE'
  | 'PRIMARY_HEALTH_CARE' | 'REHABILITATION' | 'EDUCATION' | 'VOCATIONAL_TRAINING' | 'LIFE_SKILLS' | 'CASE_MANAGEMENT'
  | 'ABUSE_PREVENTION' | 'COMMUNITY_DEVELOPMENT' | 'AWARENESS_RAISING' | 'REINTEGRATION' | 'FEE_BASED_SERVICES'
  | 'DRUG_TREATMENT' | 'SOCIAL_WORK';
export type Confidence = 'VERIFIED_DOCUMENT' | 'SECONDARY_SOURCE' | 'OFFICIAL_LIST' | 'ESTIMATE' | 'SYNTHETIC';
export type LocationPrecision = 'EXACT' | 'APPROXIMATE';
export type AccessibilityFeature =
  | 'PARKING' | 'ACCESS_ROUTE' | 'ENTRANCE_RAMP' | 'DOORS' | 'LIFT' | 'ACCESSIBLE_TOILET' | 'PUBLIC_SPACES'
  | 'EMERGENCY_EXIT' | 'TACTILE_WARNINGS' | 'SIGNAGE';
export type AccessibilityStatus = 'MET' | 'PARTIAL' | 'NOT_MET' | 'UNKNOWN';
export type StaffRole =
  | 'SOCIAL_WORKER' | 'PSYCHOLOGIST' | 'CARER' | 'MEDICAL' | 'NUTRITION' | 'REHABILITATION' | 'TEACHER' | 'MANAGEMENT' | 'INDIRECT';
export type OrganizationKind = 'STATE_AGENCY' | 'NGO' | 'INTERNATIONAL_NGO' | 'RELIGIOUS' | 'ENTERPRISE' | 'INDIVIDUAL';

export interface Location { lat: number; lng: number; precision: LocationPrecision }

/** A facility as drawn on the map and listed in results. */
export interface FacilitySummary {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  kind: FacilityKind;
  ownership: Ownership;
  status: FacilityStatus;
  location: Location | null;
  province: { code: string; name: string } | null;
}

export interface AdminUnitRef { code: string; name: string; nameEn: string | null }

/** Everything the facility panel shows. */
export interface FacilityDetail extends FacilitySummary {
  address: string | null;
  openedOn: string | null;
  operator: { name: string; kind: OrganizationKind } | null;
  legacyProvince: AdminUnitRef | null;
  capacity: {
    places: number | null;
    residents: number | null;
    communityClients: number | null;
    reportedOn: string;
    residentsByGroup: { group: TargetGroup; count: number }[];
  } | null;
  staff: { total: number | null; socialWorkers: number | null; trainedSocialWorkers: number | null; byRole: { role: StaffRole; count: number }[] } | null;
  services: ServiceType[];
  targetGroups: TargetGroup[];
  accessibility: { meetsMinimum: boolean; assessedOn: string | null; items: { item: AccessibilityFeature; status: AccessibilityStatus }[] } | null;
  providesSocialWorkServices: boolean | null;
  licence: { number: string; issuedBy: string | null; issuedOn: string | null } | null;
  contact: { phone: string | null; email: string | null; website: string | null } | null;
  source: { citation: string; confidence: Confidence };
  updatedAt: string;
}

export interface FacilityDistance { facility: FacilitySummary; distanceKm: number }

/** An imported polygon: `geometry` is a GeoJSON geometry as a JSON string. */
export interface Boundary { code: string; attribution: string; geometry: string }

export interface Province { code: string; name: string; nameEn: string | null; centroid: { lat: number; lng: number } | null }

/** `FacilityFilter` of the contract; absent fields do not filter. */
export interface FacilityFilter {
  search?: string;
  kinds?: FacilityKind[];
  ownership?: Ownership;
  status?: FacilityStatus[];
  targetGroups?: TargetGroup[];
  services?: ServiceType[];
  accessible?: boolean;
}
