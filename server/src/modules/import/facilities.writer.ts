import type pg from 'pg';
import type { FacilityRow } from '../facility/facility.insert.js';
import { insertFacilities } from '../facility/facility.insert.js';
import type { ImportCounts } from './import.report.js';
import type { Progress } from './import.runner.js';
import type { FacilityImportRow } from './facility-import.plan.js';

const COLUMN: Partial<Record<keyof FacilityRow, string>> = {
  name: 'name', nameEn: 'name_en', kind: 'kind', ownership: 'ownership', status: 'status', openedOn: 'opened_on', closedOn: 'closed_on',
  provinceId: 'province_id', legacyProvinceId: 'legacy_province_id', communeId: 'commune_id', address: 'address', lat: 'lat', lng: 'lng',
  locationPrecision: 'location_precision', locationPrivate: 'location_private', services: 'services', targetGroups: 'target_groups',
  providesSocialWorkServices: 'provides_social_work', licenceNumber: 'licence_number', licenceIssuedBy: 'licence_issued_by',
  licenceIssuedOn: 'licence_issued_on', phone: 'phone', email: 'email', website: 'website', sourceCitation: 'source_citation',
  sourceConfidence: 'source_confidence',
};

const INSERT_BATCH = 200;

/**
 * Inserts the new facilities and patches the changed ones: only the fields the file gives, with
 * `version` bumped and `updated_at` set; a change of status is recorded with its date.
 */
export async function writeFacilities(db: pg.PoolClient, rows: FacilityImportRow[], opts: { today: string; file: string }, progress: Progress): Promise<ImportCounts> {
  const inserts = rows.filter((r) => r.action === 'insert');
  const updates = rows.filter((r) => r.action === 'update');
  const total = inserts.length + updates.length;
  let done = 0;
  for (let start = 0; start < inserts.length; start += INSERT_BATCH) {
    const batch = inserts.slice(start, start + INSERT_BATCH);
    await insertFacilities(db, batch.map((r) => r.insert!));
    progress((done += batch.length), total);
  }
  for (const row of updates) {
    const entries = Object.entries(row.patch!) as [keyof FacilityRow, unknown][];
    const sets = entries.map(([field], i) => `${COLUMN[field]} = $${i + 2}`);
    const res = await db.query(
      `UPDATE facility SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1 RETURNING status, closed_on::text AS "closedOn"`,
      [row.id, ...entries.map(([, value]) => value)],
    );
    if (row.patch!.status !== undefined) {
      const { status, closedOn } = res.rows[0];
      await db.query(
        `INSERT INTO facility_status_change (facility_id, status, effective_on, reason) VALUES ($1, $2, $3, $4)`,
        [row.id, status, status === 'CLOSED' ? closedOn : opts.today, `import of ${opts.file}, line ${row.line}`],
      );
    }
    progress(++done, total);
  }
  return { inserted: inserts.length, updated: updates.length, unchanged: rows.length - total };
}

