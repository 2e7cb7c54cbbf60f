import DataLoader from 'dataloader';
import type { Queryable } from '../../db/sql.js';
import type { ResidentCountValue, StaffCountValue } from '../common/enums.js';

/** The latest capacity report of a facility, as the API reads it. */
export interface CapacityRecord {
  facilityId: number;
  reportedOn: string;
  places: number | null;
  residents: number | null;
  communityClients: number | null;
  residentsByGroup: ResidentCountValue[];
  staffByRole: StaffCountValue[];
  socialWorkers: number | null;
  trainedSocialWorkers: number | null;
}

/** Per-request loader of each facility's latest capacity report (by date, then filing order). */
export function createCapacityLoaders(db: Queryable) {
  return {
    latestCapacity: new DataLoader<number, CapacityRecord | null>(async (ids) => {
      const res = await db.query(
        `SELECT DISTINCT ON (facility_id) facility_id AS "facilityId", reported_on::text AS "reportedOn", places, residents,
                community_clients AS "communityClients", residents_by_group AS "residentsByGroup", staff_by_role AS "staffByRole",
                social_workers AS "socialWorkers", trained_social_workers AS "trainedSocialWorkers"
           FROM capacity_report WHERE facility_id = ANY($1::int[])
          ORDER BY facility_id, reported_on DESC, id DESC`,
        [ids],
      );
      const byId = new Map<number, CapacityRecord>(res.rows.map((r) => [r.facilityId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
