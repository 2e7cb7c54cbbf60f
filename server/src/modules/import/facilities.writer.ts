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

interface Logged { facilityId: number; action: 'CREATE' | 'UPDATE' | 'CLOSE'; version: number; changes: unknown; status?: string; effectiveOn?: string; line: number }

/**
 * Inserts the new facilities and patches the changed ones (only the fields the file gives, with
 * `version` bumped and `updated_at` set). Like the API's writes, each is recorded in the edit log
 * (`facility_edit`, edited by "import:facilities <file>") and each new status with its date.
 */
export async function writeFacilities(db: pg.PoolClient, rows: FacilityImportRow[], opts: { today: string; file: string }, progress: Progress): Promise<ImportCounts> {
  const inserts = rows.filter((r) => r.action === 'insert');
  const updates = rows.filter((r) => r.action === 'update');
  const total = inserts.length + updates.length;
  const logged: Logged[] = [];
  let done = 0;
  for (let start = 0; start < inserts.length; start += INSERT_BATCH) {
    const batch = inserts.slice(start, start + INSERT_BATCH);
    const ids = await insertFacilities(db, batch.map((r) => r.insert!));
    for (const r of batch) {
      const { code: _code, ...fields } = r.insert!;
      logged.push({ facilityId: ids.get(r.code)!, action: 'CREATE', version: 1, changes: fields, status: fields.status, effectiveOn: fields.openedOn ?? opts.today, line: r.line });
    }
    progress((done += batch.length), total);
  }
  for (const row of updates) {
    const entries = Object.entries(row.changes!) as [keyof FacilityRow, { to: unknown }][];
    const res = await db.query(
      `UPDATE facility SET ${entries.map(([field], i) => `${COLUMN[field]} = $${i + 2}`).join(', ')}, version = version + 1, updated_at = now()
        WHERE id = $1 RETURNING version, status, closed_on::text AS "closedOn"`,
      [row.id, ...entries.map(([, change]) => change.to)],
    );
    const { version, status, closedOn } = res.rows[0];
    const statusChanged = row.changes!.status !== undefined;
    logged.push({
      facilityId: row.id!, action: statusChanged && status === 'CLOSED' ? 'CLOSE' : 'UPDATE', version, changes: row.changes, line: row.line,
      ...(statusChanged ? { status, effectiveOn: status === 'CLOSED' ? closedOn : opts.today } : {}),
    });
    progress(++done, total);
  }
  await logWrites(db, logged, opts.file);
  return { inserted: inserts.length, updated: updates.length, unchanged: rows.length - total };
}

/** One statement each for the edit log and the status changes of the whole file. */
async function logWrites(db: pg.PoolClient, logged: Logged[], file: string): Promise<void> {
  if (!logged.length) return;
  await db.query(
    `INSERT INTO facility_edit (facility_id, action, version, changes, edited_by)
     SELECT id, action, version, changes::jsonb, $5 FROM unnest($1::int[], $2::text[], $3::int[], $4::text[]) AS e(id, action, version, changes)`,
    [logged.map((l) => l.facilityId), logged.map((l) => l.action), logged.map((l) => l.version), logged.map((l) => JSON.stringify(l.changes)), `import:facilities ${file}`],
  );
  const statuses = logged.filter((l) => l.status);
  await db.query(
    `INSERT INTO facility_status_change (facility_id, status, effective_on, reason)
     SELECT * FROM unnest($1::int[], $2::text[], $3::date[], $4::text[])`,
    [statuses.map((l) => l.facilityId), statuses.map((l) => l.status), statuses.map((l) => l.effectiveOn), statuses.map((l) => `import of ${file}, line ${l.line}`)],
  );
}
