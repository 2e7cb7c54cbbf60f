import { unitColumns, unitFromRow } from '../admin-unit/admin-unit.repository.js';
import type { CapacityRecord } from '../capacity/capacity.loaders.js';
import type { AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import type { OrganizationRecord } from '../organization/organization.loaders.js';

/**
 * The relations of a facility, joined into the same statement as the facility itself (one
 * statement per page) and carried on the record, so field resolvers answer without a query or a
 * promise. Records without them fall back to the request's DataLoaders.
 */
export const RELATION_JOINS = `
  LEFT JOIN admin_unit rp ON rp.id = f.province_id
  LEFT JOIN admin_unit rl ON rl.id = f.legacy_province_id
  LEFT JOIN admin_unit rc ON rc.id = f.commune_id
  LEFT JOIN organization ro ON ro.id = f.operator_id
  LEFT JOIN LATERAL (
    SELECT c.reported_on::text AS reported_on, c.places, c.residents, c.community_clients, c.residents_by_group, c.staff_by_role,
           c.social_workers, c.trained_social_workers
      FROM capacity_report c WHERE c.facility_id = f.id ORDER BY c.reported_on DESC, c.id DESC LIMIT 1
  ) cap ON true`;

export const RELATION_COLUMNS = [
  unitColumns('rp', 'rp'), unitColumns('rl', 'rl'), unitColumns('rc', 'rc'),
  'ro.id AS ro_id, ro.name AS ro_name, ro.kind AS ro_kind',
  `cap.reported_on AS cap_reported_on, cap.places AS cap_places, cap.residents AS cap_residents, cap.community_clients AS cap_community_clients,
   cap.residents_by_group AS cap_residents_by_group, cap.staff_by_role AS cap_staff_by_role, cap.social_workers AS cap_social_workers,
   cap.trained_social_workers AS cap_trained_social_workers`,
].join(', ');

function capacityFromRow(id: number, r: Record<string, any>): CapacityRecord | null {
  if (r.cap_reported_on == null) return null;
  return {
    facilityId: id, reportedOn: r.cap_reported_on, places: r.cap_places, residents: r.cap_residents, communityClients: r.cap_community_clients,
    residentsByGroup: r.cap_residents_by_group, staffByRole: r.cap_staff_by_role, socialWorkers: r.cap_social_workers,
    trainedSocialWorkers: r.cap_trained_social_workers,
  };
}

/** Relations a facility record carries when they were read with it. */
export interface FacilityRelations {
  province: AdminUnitRecord | null;
  legacyProvince: AdminUnitRecord | null;
  commune: AdminUnitRecord | null;
  operator: OrganizationRecord | null;
  capacity: CapacityRecord | null;
}

/** The relations in a row selected with RELATION_COLUMNS. */
export function relationsFromRow(r: Record<string, any>): FacilityRelations {
  return {
    province: unitFromRow(r, 'rp'),
    legacyProvince: unitFromRow(r, 'rl'),
    commune: unitFromRow(r, 'rc'),
    operator: r.ro_id == null ? null : { id: r.ro_id, name: r.ro_name, kind: r.ro_kind },
    capacity: capacityFromRow(r.id, r),
  };
}
