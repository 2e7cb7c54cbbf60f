import { isObjectType, type GraphQLSchema } from 'graphql';
import { unitColumns, unitFromRow, type AdminUnitRecord, type UnitKeys } from '../admin-unit/admin-unit.repository.js';
import type { CapacityRecord } from '../capacity/capacity.loaders.js';
import type { OrganizationRecord } from '../organization/organization.loaders.js';
import type { CapacityKey, FacilityReadPlan, RelationName } from './facility.read-plan.js';

export type { RelationName } from './facility.read-plan.js';

/**
 * The relations of a facility that a request asks for are joined into the same statement as the
 * facility itself (one statement per page) and carried on the record, so field resolvers answer
 * without a query or a promise. Relations not read with the record fall back to the DataLoaders.
 */
export interface FacilityRelations {
  province: AdminUnitRecord | null;
  legacyProvince: AdminUnitRecord | null;
  commune: AdminUnitRecord | null;
  operator: OrganizationRecord | null;
  capacity: CapacityRecord | null;
}

interface RelationSpec {
  join: (plan: FacilityReadPlan) => string;
  columns: (plan: FacilityReadPlan) => string;
  read: (r: Record<string, any>, plan: FacilityReadPlan) => unknown;
}

const unit = (alias: string, column: string): RelationSpec => ({
  join: () => `LEFT JOIN admin_unit ${alias} ON ${alias}.id = f.${column}`,
  columns: (plan) => unitColumns(alias, alias, plan.unitKeys as UnitKeys),
  read: (r, plan) => unitFromRow(r, alias, plan.unitKeys),
});

/** Capacity report columns by CapacityRecord field. */
const CAPACITY_COLUMNS: Record<CapacityKey, string> = {
  reportedOn: 'reported_on', places: 'places', residents: 'residents', communityClients: 'community_clients',
  residentsByGroup: 'residents_by_group', staffByRole: 'staff_by_role', socialWorkers: 'social_workers', trainedSocialWorkers: 'trained_social_workers',
};
const capacityKeys = (plan: FacilityReadPlan) => (Object.keys(CAPACITY_COLUMNS) as CapacityKey[]).filter((k) => plan.capacityKeys.has(k));

const SPECS: Record<RelationName, RelationSpec> = {
  province: unit('rp', 'province_id'),
  legacyProvince: unit('rl', 'legacy_province_id'),
  commune: unit('rc', 'commune_id'),
  operator: {
    join: () => 'LEFT JOIN organization ro ON ro.id = f.operator_id',
    columns: () => 'ro.id AS ro_id, ro.name AS ro_name, ro.kind AS ro_kind',
    read: (r) => (r.ro_id == null ? null : { id: r.ro_id, name: r.ro_name, kind: r.ro_kind }),
  },
  capacity: {
    // Only the report's wanted columns leave the lateral subquery (JSON breakdowns are not read for a page of places).
    join: (plan) => {
      const select = capacityKeys(plan).map((k) => (k === 'reportedOn' ? 'c.reported_on::text AS reported_on' : `c.${CAPACITY_COLUMNS[k]}`));
      return `LEFT JOIN LATERAL (
      SELECT ${select.join(', ')} FROM capacity_report c WHERE c.facility_id = f.id ORDER BY c.reported_on DESC, c.id DESC LIMIT 1
    ) cap ON true`;
    },
    columns: (plan) => capacityKeys(plan).map((k) => `cap.${CAPACITY_COLUMNS[k]} AS cap_${CAPACITY_COLUMNS[k]}`).join(', '),
    read: (r, plan): CapacityRecord | null => {
      if (r.cap_reported_on == null) return null;
      const report: Record<string, unknown> = { facilityId: r.id };
      for (const k of capacityKeys(plan)) report[k] = r[`cap_${CAPACITY_COLUMNS[k]}`];
      return report as unknown as CapacityRecord;
    },
  },
};

/** JOIN clauses and select list for the plan's relations (empty strings when none). */
export function relationSql(plan: FacilityReadPlan): { joins: string; columns: string } {
  const names = [...plan.relations];
  return {
    joins: names.map((name) => SPECS[name].join(plan)).join('\n'),
    columns: names.map((name) => SPECS[name].columns(plan)).join(', '),
  };
}

/** The plan's relations in a row selected with relationSql(plan). */
export function relationsFromRow(r: Record<string, any>, plan: FacilityReadPlan): Partial<FacilityRelations> {
  const relations: Record<string, unknown> = {};
  for (const name of plan.relations) relations[name] = SPECS[name].read(r, plan);
  return relations;
}

/** Facility fields that return a joined relation as it is, read from the record (`undefined`: not joined). */
export const JOINED_RELATION_READERS: Record<string, (f: { relations?: Partial<FacilityRelations> }) => unknown> = Object.fromEntries(
  (['operator', 'province', 'legacyProvince', 'commune', 'capacity'] as const).map((name) => [`Facility.${name}`, (f) => f.relations?.[name]]),
);

/**
 * Answers relation fields whose value was joined into the facility's statement straight from the
 * record, ahead of their type-graphql resolvers (which sort and map their parameters on every
 * call: a page of 50 facilities with three relations makes 150 such calls). Relations not read
 * with the record still go to the resolvers and their DataLoaders.
 */
export function answerJoinedRelationsDirectly(schema: GraphQLSchema): void {
  for (const [key, read] of Object.entries(JOINED_RELATION_READERS)) {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    const resolver = field?.resolve;
    if (!field || !resolver) throw new Error(`${key} has no resolver`);
    field.resolve = (source, args, context, info) => {
      const joined = read(source);
      return joined !== undefined ? joined : resolver(source, args, context, info);
    };
  }
}
