import type { Queryable } from '../../db/sql.js';
import type { Confidence, ResidentCountValue, StaffCountValue } from '../common/enums.js';

/** A capacity report as written to `capacity_report`. */
export interface CapacityRow {
  facilityId: number;
  reportedOn: string;
  places?: number | null;
  residents?: number | null;
  communityClients?: number | null;
  residentsByGroup?: ResidentCountValue[];
  staffByRole?: StaffCountValue[];
  socialWorkers?: number | null;
  trainedSocialWorkers?: number | null;
  overCapacity?: boolean;
  sourceCitation: string;
  sourceConfidence: Confidence;
}

/** Inserts reports and refreshes each facility's current `places` from its latest report. */
export async function insertCapacityReports(db: Queryable, rows: CapacityRow[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = 12;
  const params: unknown[] = [];
  const tuples = rows.map((r, n) => {
    params.push(
      r.facilityId, r.reportedOn, r.places ?? null, r.residents ?? null, r.communityClients ?? null,
      JSON.stringify(r.residentsByGroup ?? []), JSON.stringify(r.staffByRole ?? []), r.socialWorkers ?? null,
      r.trainedSocialWorkers ?? null, r.overCapacity ?? false, r.sourceCitation, r.sourceConfidence,
    );
    return `(${Array.from({ length: cols }, (_, i) => `$${n * cols + i + 1}`).join(', ')})`;
  });
  await db.query(
    `INSERT INTO capacity_report (facility_id, reported_on, places, residents, community_clients, residents_by_group,
       staff_by_role, social_workers, trained_social_workers, over_capacity, source_citation, source_confidence)
     VALUES ${tuples.join(', ')}`,
    params,
  );
  await refreshCurrentPlaces(db, [...new Set(rows.map((r) => r.facilityId))]);
}

/**
 * Copies the places of each facility's latest report (by date, then by filing order) onto the facility.
 * Rows that already hold them are left alone (an update rewrites the row and every index entry).
 */
export async function refreshCurrentPlaces(db: Queryable, facilityIds: number[]): Promise<void> {
  await db.query(
    `UPDATE facility f SET places = latest.places
       FROM (SELECT DISTINCT ON (facility_id) facility_id, places FROM capacity_report
              WHERE facility_id = ANY($1::int[]) ORDER BY facility_id, reported_on DESC, id DESC) latest
      WHERE f.id = latest.facility_id AND f.places IS DISTINCT FROM latest.places`,
    [facilityIds],
  );
}
