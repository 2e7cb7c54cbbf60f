import { selectedFields, type SelectionInfo } from '../../graphql/selection.js';
import type { AdminUnitRecord, UnitKeys } from '../admin-unit/admin-unit.repository.js';
import type { CapacityRecord } from '../capacity/capacity.loaders.js';

/**
 * What a read of facilities fetches: the facility columns, the relations joined into the same
 * statement and the columns of those relations — only what the GraphQL request selects, so a page
 * of 50 names does not carry 50 accessibility checklists from PostgreSQL to Node.
 */
export interface FacilityReadPlan {
  columns: ReadonlySet<FacilityColumn>;
  relations: ReadonlySet<RelationName>;
  unitKeys: UnitKeys;
  capacityKeys: ReadonlySet<CapacityKey>;
}

/** Columns of a facility row, with the SQL expression over alias `f` that reads each. */
export const FACILITY_COLUMNS = {
  id: 'f.id', code: 'f.code', name: 'f.name', name_en: 'f.name_en', kind: 'f.kind', ownership: 'f.ownership', status: 'f.status',
  opened_on: 'f.opened_on::text', closed_on: 'f.closed_on::text', operator_id: 'f.operator_id', province_id: 'f.province_id',
  legacy_province_id: 'f.legacy_province_id', commune_id: 'f.commune_id', address: 'f.address', lat: 'f.lat', lng: 'f.lng',
  // Code lists as JSON: the driver parses them with JSON.parse instead of its character-by-character text[] parser.
  location_precision: 'f.location_precision', is_private: 'f.is_private', services: 'to_json(f.services)', target_groups: 'to_json(f.target_groups)',
  accessibility: 'f.accessibility', accessibility_assessed_on: 'f.accessibility_assessed_on::text', accessible: 'f.accessible',
  provides_social_work: 'f.provides_social_work', licence_number: 'f.licence_number', licence_issued_by: 'f.licence_issued_by',
  licence_issued_on: 'f.licence_issued_on::text', phone: 'f.phone', email: 'f.email', website: 'f.website',
  source_citation: 'f.source_citation', source_confidence: 'f.source_confidence', version: 'f.version', created_at: 'f.created_at',
  updated_at: 'f.updated_at',
} as const;
export type FacilityColumn = keyof typeof FACILITY_COLUMNS;

/** Relations of a facility that can be joined into its statement. */
export type RelationName = 'province' | 'legacyProvince' | 'commune' | 'operator' | 'capacity';

/** Fields of the latest capacity report, as CapacityRecord names them. */
export type CapacityKey = Exclude<keyof CapacityRecord, 'facilityId'>;

/** Per GraphQL field of Facility: the columns it reads and the relation it needs. */
export const FACILITY_FIELDS: Record<string, { columns: FacilityColumn[]; relation?: RelationName; capacity?: CapacityKey[] }> = {
  id: { columns: [] },
  code: { columns: ['code'] },
  name: { columns: ['name'] },
  nameEn: { columns: ['name_en'] },
  kind: { columns: ['kind'] },
  ownership: { columns: ['ownership'] },
  status: { columns: ['status'] },
  openedOn: { columns: ['opened_on'] },
  closedOn: { columns: ['closed_on'] },
  address: { columns: ['address'] },
  location: { columns: ['lat', 'lng', 'location_precision'] },
  services: { columns: ['services'] },
  targetGroups: { columns: ['target_groups'] },
  accessibility: { columns: ['accessibility', 'accessible', 'accessibility_assessed_on'] },
  providesSocialWorkServices: { columns: ['provides_social_work'] },
  licence: { columns: ['licence_number', 'licence_issued_by', 'licence_issued_on'] },
  contact: { columns: ['phone', 'email', 'website'] },
  source: { columns: ['source_citation', 'source_confidence'] },
  version: { columns: ['version'] },
  createdAt: { columns: ['created_at'] },
  updatedAt: { columns: ['updated_at'] },
  operator: { columns: ['operator_id'], relation: 'operator' },
  province: { columns: ['province_id'], relation: 'province' },
  legacyProvince: { columns: ['legacy_province_id'], relation: 'legacyProvince' },
  commune: { columns: ['commune_id'], relation: 'commune' },
  capacity: { columns: [], relation: 'capacity' },
  staff: { columns: [], relation: 'capacity', capacity: ['staffByRole', 'socialWorkers', 'trainedSocialWorkers'] },
  staffingShortfall: { columns: [], relation: 'capacity', capacity: ['residents', 'residentsByGroup', 'staffByRole'] },
};

/** Per GraphQL field of AdminUnit: the unit fields it reads. */
export const UNIT_FIELDS: Record<string, (keyof AdminUnitRecord)[]> = {
  id: [], code: ['code'], level: ['level'], name: ['name'], nameEn: ['nameEn'], fullName: ['fullName'], validFrom: ['validFrom'],
  validTo: ['validTo'], parent: ['parentId'], centroid: ['lat', 'lng'], predecessors: [], successors: [],
};

/** Per GraphQL field of Capacity: the report fields it reads. */
export const CAPACITY_FIELDS: Record<string, CapacityKey[]> = {
  places: ['places'], residents: ['residents'], communityClients: ['communityClients'], reportedOn: [], residentsByGroup: ['residentsByGroup'],
};

const ALL_COLUMNS = Object.keys(FACILITY_COLUMNS) as FacilityColumn[];
const ALL_UNIT_KEYS: (keyof AdminUnitRecord)[] = ['id', 'code', 'level', 'name', 'nameEn', 'fullName', 'parentId', 'validFrom', 'validTo', 'lat', 'lng', 'region'];
const ALL_CAPACITY_KEYS: CapacityKey[] = ['reportedOn', 'places', 'residents', 'communityClients', 'residentsByGroup', 'staffByRole', 'socialWorkers', 'trainedSocialWorkers'];

/** Everything (for reads whose use is not known, e.g. a mutation's result). */
export const FULL_READ: FacilityReadPlan = {
  columns: new Set(ALL_COLUMNS),
  relations: new Set<RelationName>(['province', 'legacyProvince', 'commune', 'operator', 'capacity']),
  unitKeys: new Set(ALL_UNIT_KEYS),
  capacityKeys: new Set(ALL_CAPACITY_KEYS),
};

/** Facility columns and relations read whatever is selected: the id, and the flag that hides private locations. */
const ALWAYS: FacilityColumn[] = ['id', 'is_private'];

const plans = new WeakMap<object, FacilityReadPlan>();

/**
 * The read plan for the facilities under the current field (facility, facilities, facilitiesNear).
 * A field this module does not know reads everything of its type, so a new field is never served
 * from a column that was not read (a test also holds these maps equal to the schema).
 */
export function facilityReadPlan(info: SelectionInfo): FacilityReadPlan {
  const key = info.fieldNodes[0];
  const cached = info.fieldNodes.length === 1 ? plans.get(key) : undefined;
  if (cached) return cached;
  const selected = selectedFields(info);
  const columns = new Set<FacilityColumn>(ALWAYS);
  const relations = new Set<RelationName>();
  const capacityKeys = new Set<CapacityKey>(['reportedOn']);
  for (const field of selected.get('Facility') ?? []) {
    const spec = FACILITY_FIELDS[field];
    if (!spec) return FULL_READ;
    spec.columns.forEach((c) => columns.add(c));
    if (spec.relation) relations.add(spec.relation);
    spec.capacity?.forEach((k) => capacityKeys.add(k));
  }
  const unitKeys = new Set<keyof AdminUnitRecord>(['id']);
  for (const field of selected.get('AdminUnit') ?? []) {
    const keys = UNIT_FIELDS[field];
    if (!keys) ALL_UNIT_KEYS.forEach((k) => unitKeys.add(k));
    else keys.forEach((k) => unitKeys.add(k));
  }
  for (const field of selected.get('Capacity') ?? []) {
    const keys = CAPACITY_FIELDS[field];
    if (!keys) ALL_CAPACITY_KEYS.forEach((k) => capacityKeys.add(k));
    else keys.forEach((k) => capacityKeys.add(k));
  }
  const plan = { columns, relations, unitKeys, capacityKeys };
  if (info.fieldNodes.length === 1) plans.set(key, plan);
  return plan;
}

/** The plan with these columns added (e.g. the sort key a cursor is made of). */
export function withColumns(plan: FacilityReadPlan, columns: FacilityColumn[]): FacilityReadPlan {
  if (columns.every((c) => plan.columns.has(c))) return plan;
  const key = columns.join(',');
  let extended = widened.get(plan);
  if (!extended) widened.set(plan, (extended = new Map()));
  let wider = extended.get(key);
  if (!wider) extended.set(key, (wider = { ...plan, columns: new Set([...plan.columns, ...columns]) }));
  return wider;
}

/** Widened plans, kept so that a plan's SQL text is built once (see facility.repository.ts). */
const widened = new WeakMap<FacilityReadPlan, Map<string, FacilityReadPlan>>();
