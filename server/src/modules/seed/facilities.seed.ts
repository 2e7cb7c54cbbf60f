import type pg from 'pg';
import type { FacilityRow } from '../facility/facility.insert.js';
import { insertFacilities } from '../facility/facility.insert.js';
import { insertCapacityReports, type CapacityRow } from '../capacity/capacity.insert.js';

interface Source { citation: string; confidence: FacilityRow['sourceConfidence'] }
export interface FacilitySeed extends Omit<FacilityRow, 'lat' | 'lng' | 'locationPrecision' | 'sourceCitation' | 'sourceConfidence' | 'provinceId' | 'legacyProvinceId' | 'operatorId' | 'communeId'> {
  provinceCode: string | null;
  legacyProvinceCode: string | null;
  location: { lat: number; lng: number; precision: FacilityRow['locationPrecision'] };
  operator: { name: string; kind: string } | null;
  source: Source;
  capacity: (Omit<CapacityRow, 'facilityId' | 'sourceCitation' | 'sourceConfidence'> & { source: Source }) | null;
}

/** Looks up ids of provinces by code: current ones (valid today) or legacy ones (valid until 2025-07-01). */
async function provinceIds(client: pg.PoolClient, legacy: boolean): Promise<Map<string, number>> {
  const res = await client.query(
    `SELECT code, id FROM admin_unit WHERE level = 'PROVINCE' AND ${legacy ? `valid_to = DATE '2025-07-01'` : 'valid_to IS NULL'}`,
  );
  return new Map(res.rows.map((r) => [r.code, r.id]));
}

/** Inserts the documented facilities (skipping codes that exist) with their operators and capacity reports. */
export async function seedFacilities(client: pg.PoolClient, [file]: unknown[]): Promise<string> {
  const seeds = file as FacilitySeed[];
  const current = await provinceIds(client, false);
  const legacy = await provinceIds(client, true);
  const operators = new Map<string, number>();
  for (const s of seeds) {
    if (!s.operator || operators.has(s.operator.name)) continue;
    const res = await client.query(
      `INSERT INTO organization (name, kind) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [s.operator.name, s.operator.kind],
    );
    operators.set(s.operator.name, res.rows[0].id);
  }
  const rows: FacilityRow[] = seeds.map((s) => {
    const provinceId = s.provinceCode ? current.get(s.provinceCode) : null;
    const legacyProvinceId = s.legacyProvinceCode ? legacy.get(s.legacyProvinceCode) : null;
    if (provinceId === undefined || legacyProvinceId === undefined) throw new Error(`seed facility ${s.code}: unknown province code`);
    return {
      ...s,
      provinceId,
      legacyProvinceId,
      operatorId: s.operator ? operators.get(s.operator.name) : null,
      lat: s.location.lat,
      lng: s.location.lng,
      locationPrecision: s.location.precision,
      sourceCitation: s.source.citation,
      sourceConfidence: s.source.confidence,
    };
  });
  const ids = await insertFacilities(client, rows);
  const reports: CapacityRow[] = seeds
    .filter((s) => s.capacity && ids.has(s.code))
    .map((s) => ({ ...s.capacity!, facilityId: ids.get(s.code)!, sourceCitation: s.capacity!.source.citation, sourceConfidence: s.capacity!.source.confidence }));
  await insertCapacityReports(client, reports);
  return `${ids.size} facilities (${seeds.length - ids.size} already present), ${reports.length} capacity reports`;
}
