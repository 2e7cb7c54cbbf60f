import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { unitColumns, unitFromRow, type AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import type { CapacityRecord } from '../capacity/capacity.loaders.js';
import type { OrganizationRecord } from '../organization/organization.loaders.js';

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
export type RelationName = keyof FacilityRelations;

const unit = (alias: string, column: string) => ({
  join: `LEFT JOIN admin_unit ${alias} ON ${alias}.id = f.${column}`,
  columns: unitColumns(alias, alias),
  read: (r: Record<string, any>) => unitFromRow(r, alias),
});

const SPECS: Record<RelationName, { join: string; columns: string; read: (r: Record<string, any>) => unknown }> = {
  province: unit('rp', 'province_id'),
  legacyProvince: unit('rl', 'legacy_province_id'),
  commune: unit('rc', 'commune_id'),
  operator: {
    join: 'LEFT JOIN organization ro ON ro.id = f.operator_id',
    columns: 'ro.id AS ro_id, ro.name AS ro_name, ro.kind AS ro_kind',
    read: (r) => (r.ro_id == null ? null : { id: r.ro_id, name: r.ro_name, kind: r.ro_kind }),
  },
  capacity: {
    join: `LEFT JOIN LATERAL (
      SELECT c.reported_on::text AS reported_on, c.places, c.residents, c.community_clients, c.residents_by_group, c.staff_by_role,
             c.social_workers, c.trained_social_workers
        FROM capacity_report c WHERE c.facility_id = f.id ORDER BY c.reported_on DESC, c.id DESC LIMIT 1
    ) cap ON true`,
    columns: `cap.reported_on AS cap_reported_on, cap.places AS cap_places, cap.residents AS cap_residents,
      cap.community_clients AS cap_community_clients, cap.residents_by_group AS cap_residents_by_group,
      cap.staff_by_role AS cap_staff_by_role, cap.social_workers AS cap_social_workers, cap.trained_social_workers AS cap_trained_social_workers`,
    read: (r): CapacityRecord | null => (r.cap_reported_on == null ? null : {
      facilityId: r.id, reportedOn: r.cap_reported_on, places: r.cap_places, residents: r.cap_residents, communityClients: r.cap_community_clients,
      residentsByGroup: r.cap_residents_by_group, staffByRole: r.cap_staff_by_role, socialWorkers: r.cap_social_workers,
      trainedSocialWorkers: r.cap_trained_social_workers,
    }),
  },
};

export const ALL_RELATIONS: ReadonlySet<RelationName> = new Set(Object.keys(SPECS) as RelationName[]);

/** JOIN clauses and select list for the wanted relations (empty strings when none). */
export function relationSql(wanted: ReadonlySet<RelationName>): { joins: string; columns: string } {
  const specs = [...wanted].map((name) => SPECS[name]);
  return { joins: specs.map((s) => s.join).join('\n'), columns: specs.map((s) => s.columns).join(', ') };
}

/** The wanted relations in a row selected with relationSql(wanted). */
export function relationsFromRow(r: Record<string, any>, wanted: ReadonlySet<RelationName>): Partial<FacilityRelations> {
  return Object.fromEntries([...wanted].map((name) => [name, SPECS[name].read(r)]));
}

/** GraphQL fields of Facility that need each relation. */
const FIELDS: Record<string, RelationName> = {
  province: 'province', legacyProvince: 'legacyProvince', commune: 'commune', operator: 'operator', capacity: 'capacity', staff: 'capacity',
  staffingShortfall: 'capacity',
};

/** The relations the selection under the current field asks for (a name anywhere below counts). */
export function wantedRelations(info: GraphQLResolveInfo): Set<RelationName> {
  const wanted = new Set<RelationName>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === 'Field') {
        const relation = FIELDS[sel.name.value];
        if (relation) wanted.add(relation);
        visit(sel.selectionSet);
      } else if (sel.kind === 'InlineFragment') visit(sel.selectionSet);
      else visit(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  info.fieldNodes.forEach((node: FieldNode) => visit(node.selectionSet));
  return wanted;
}
