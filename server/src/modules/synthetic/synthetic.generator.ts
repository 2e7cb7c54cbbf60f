import type { CapacityRow } from '../capacity/capacity.insert.js';
import type { AccessibilityItemValue, CareLevel, FacilityKind, ServiceType, StaffRole, TargetGroup } from '../common/enums.js';
import { AccessibilityFeature } from '../common/enums.js';
import { isInVietnam } from '../common/territory.js';
import type { FacilityRow } from '../facility/facility.insert.js';
import { Random } from './random.js';

/** A place synthetic facilities are spread around: a commune point, or a province point. */
export interface Anchor {
  name: string;
  lat: number;
  lng: number;
  provinceId: number;
  communeId: number | null;
  /** Legacy provinces that became part of the anchor's province, with their capitals. */
  legacy: { id: number; lat: number; lng: number }[];
}

const KINDS: [FacilityKind, number, string, TargetGroup[], ServiceType[]][] = [
  ['ELDERLY_CARE', 18, 'Cơ sở chăm sóc người cao tuổi', ['ELDERLY'], ['RESIDENTIAL_CARE', 'PRIMARY_HEALTH_CARE', 'REHABILITATION']],
  ['CHILD_CARE', 16, 'Trung tâm Nuôi dưỡng trẻ em', ['CHILDREN'], ['RESIDENTIAL_CARE', 'EDUCATION', 'LIFE_SKILLS']],
  ['DISABILITY_CARE', 14, 'Trung tâm Chăm sóc người khuyết tật', ['PERSONS_WITH_DISABILITIES'], ['RESIDENTIAL_CARE', 'REHABILITATION', 'VOCATIONAL_TRAINING']],
  ['MENTAL_HEALTH_CARE', 10, 'Trung tâm Chăm sóc, phục hồi chức năng người tâm thần', ['MENTAL_ILLNESS'], ['RESIDENTIAL_CARE', 'PRIMARY_HEALTH_CARE', 'REHABILITATION']],
  ['COMPREHENSIVE', 16, 'Trung tâm Bảo trợ xã hội', ['ELDERLY', 'CHILDREN', 'PERSONS_WITH_DISABILITIES', 'HOMELESS_WANDERING'], ['EMERGENCY_RECEPTION', 'RESIDENTIAL_CARE', 'COUNSELLING']],
  ['SOCIAL_WORK_CENTRE', 12, 'Trung tâm Công tác xã hội', ['CHILDREN', 'EMERGENCY_PROTECTION', 'VOLUNTARY_CLIENTS'], ['COUNSELLING', 'CASE_MANAGEMENT', 'SOCIAL_WORK', 'SUPPORT_PLANNING']],
  ['SOS_CHILDRENS_VILLAGE', 2, 'Làng trẻ em SOS', ['CHILDREN'], ['RESIDENTIAL_CARE', 'EDUCATION']],
  ['DRUG_REHABILITATION', 5, 'Cơ sở cai nghiện ma túy', ['DRUG_DEPENDENCE'], ['DRUG_TREATMENT', 'VOCATIONAL_TRAINING', 'REINTEGRATION']],
  ['SHELTER', 2, 'Ngôi nhà tạm lánh', ['EMERGENCY_PROTECTION'], ['EMERGENCY_RECEPTION', 'COUNSELLING']],
  ['OTHER', 5, 'Cơ sở trợ giúp xã hội', ['OTHER', 'VOLUNTARY_CLIENTS'], ['FEE_BASED_SERVICES', 'COUNSELLING']],
];
const KIND_WEIGHTS = KINDS.map((k) => [k, k[1]] as const);
const CARE: Partial<Record<TargetGroup, CareLevel[]>> = {
  ELDERLY: ['SELF_CARING', 'DEPENDENT'],
  PERSONS_WITH_DISABILITIES: ['SELF_CARING', 'DEPENDENT'],
  CHILDREN: ['INFANT_UNDER_18_MONTHS', 'CHILD_18_MONTHS_TO_6', 'CHILD_6_TO_16', 'CHILD_WITH_DISABILITY_6_TO_16'],
  MENTAL_ILLNESS: ['MENTAL_ESPECIALLY_SEVERE', 'MENTAL_SEVERE', 'MENTAL_STABLE'],
  HOMELESS_WANDERING: ['WANDERER_AWAITING_RETURN'],
};
const ROLES: StaffRole[] = ['SOCIAL_WORKER', 'PSYCHOLOGIST', 'CARER', 'MEDICAL', 'NUTRITION', 'REHABILITATION', 'TEACHER', 'MANAGEMENT', 'INDIRECT'];
const FEATURES = Object.keys(AccessibilityFeature) as (keyof typeof AccessibilityFeature)[];

export const SYNTHETIC_CITATION = 'Synthetic data for tests and benchmarks (npm run seed:synthetic): not a fact';

export interface SyntheticFacility {
  facility: FacilityRow;
  capacity: Omit<CapacityRow, 'facilityId'> | null;
}

function nearestLegacy(anchor: Anchor, lat: number, lng: number): number | null {
  let best: number | null = null;
  let bestD = Infinity;
  for (const l of anchor.legacy) {
    const d = (l.lat - lat) ** 2 + (l.lng - lng) ** 2;
    if (d < bestD) [best, bestD] = [l.id, d];
  }
  return best;
}

/** The `index`-th synthetic facility of a run: a pure function of (seed, index, anchors). */
export function syntheticFacility(rng: Random, seed: number, index: number, anchors: Anchor[]): SyntheticFacility {
  const anchor = rng.pick(anchors);
  const spreadKm = anchor.communeId ? 2 : 20;
  let lat = anchor.lat;
  let lng = anchor.lng;
  for (let i = 0; i < 8; i++) {
    const tryLat = anchor.lat + (rng.normal() * spreadKm) / 111;
    const tryLng = anchor.lng + (rng.normal() * spreadKm) / (111 * Math.cos((anchor.lat * Math.PI) / 180));
    if (isInVietnam(tryLat, tryLng)) [lat, lng] = [tryLat, tryLng];
    if (lat !== anchor.lat) break;
  }
  const [kind, , prefix, groups, services] = rng.weighted(KIND_WEIGHTS);
  const ownership = kind === 'SOS_CHILDRENS_VILLAGE' || rng.chance(0.45) ? 'NON_PUBLIC' : 'PUBLIC';
  const items: AccessibilityItemValue[] | null = rng.chance(0.6)
    ? FEATURES.map((item) => ({ item, status: rng.weighted([['MET', 6], ['PARTIAL', 2], ['NOT_MET', 2], ['UNKNOWN', 1]] as const) }))
    : null;
  const targetGroups = rng.some(groups, 1, groups.length);
  const facility: FacilityRow = {
    code: `SYN-${seed}-${String(index + 1).padStart(6, '0')}`,
    name: `${prefix} ${anchor.name} số ${index + 1}`,
    kind,
    ownership,
    status: rng.weighted([['OPERATING', 90], ['PLANNED', 4], ['SUSPENDED', 2], ['CLOSED', 4]] as const),
    openedOn: `${rng.int(1990, 2024)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
    provinceId: anchor.provinceId,
    legacyProvinceId: nearestLegacy(anchor, lat, lng),
    communeId: anchor.communeId,
    lat: Math.round(lat * 1e6) / 1e6,
    lng: Math.round(lng * 1e6) / 1e6,
    locationPrecision: rng.chance(0.7) ? 'EXACT' : 'APPROXIMATE',
    services: rng.some(services, 1, services.length),
    targetGroups,
    accessibility: items,
    accessibilityAssessedOn: items ? `202${rng.int(0, 4)}-0${rng.int(1, 9)}-15` : null,
    providesSocialWorkServices: rng.chance(0.2) ? null : rng.chance(0.5),
    sourceCitation: `${SYNTHETIC_CITATION} (seed ${seed})`,
    sourceConfidence: 'SYNTHETIC',
  };
  if (!rng.chance(0.9)) return { facility, capacity: null };
  const places = rng.int(10, 400);
  const residents = rng.int(Math.floor(places * 0.5), places);
  let left = residents;
  const residentsByGroup = targetGroups.map((group, i) => {
    const count = i === targetGroups.length - 1 ? left : rng.int(0, left);
    left -= count;
    const levels = CARE[group];
    return { group, careLevel: levels ? rng.pick(levels) : null, count };
  });
  return {
    facility,
    capacity: {
      reportedOn: `202${rng.int(3, 5)}-0${rng.int(1, 6)}-01`,
      places,
      residents,
      communityClients: rng.chance(0.5) ? rng.int(0, 500) : null,
      residentsByGroup,
      staffByRole: rng.some(ROLES, 2, 6).map((role) => ({ role, count: rng.int(1, Math.max(1, Math.round(residents / 8))) })),
      socialWorkers: rng.int(0, 6),
      trainedSocialWorkers: null,
      sourceCitation: `${SYNTHETIC_CITATION} (seed ${seed})`,
      sourceConfidence: 'SYNTHETIC',
    },
  };
}
