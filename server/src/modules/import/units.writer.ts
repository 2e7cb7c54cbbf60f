import type pg from 'pg';
import type { Confidence } from '../common/enums.js';
import type { ImportCounts } from './import.report.js';
import type { Progress } from './import.runner.js';

/** A commune, ward or special zone read from a file, with its province resolved. */
export interface CommuneRow {
  line: number;
  code: string;
  name: string;
  nameEn: string | null;
  fullName: string | null;
  provinceCode: string;
  unitType: string | null;
  lat: number | null;
  lng: number | null;
  areaKm2: number | null;
  parentId: number;
  region: string | null;
}

const BATCH = 500;
/** Columns a file may leave out or leave empty: the stored value is then kept. */
const KEPT = ['name_en', 'full_name', 'unit_type', 'lat', 'lng', 'area_km2'];
const COMPARED = ['name', ...KEPT, 'parent_id', 'region', 'source_citation', 'source_confidence'];
const kept = (c: string) => `COALESCE(EXCLUDED.${c}, admin_unit.${c})`;

/**
 * Inserts communes, or updates those whose code exists (same level and start of validity) when a
 * field differs; identical rows are left alone, so a second run of the same file changes nothing.
 * Optional fields the file does not give (a GSO list has no coordinates) keep their stored value.
 */
export async function upsertCommunes(
  db: pg.PoolClient, rows: CommuneRow[], opts: { citation: string; confidence: Confidence; validFrom: string }, progress: Progress,
): Promise<ImportCounts> {
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const col = <K extends keyof CommuneRow>(k: K) => batch.map((r) => r[k]);
    const res = await db.query(
      `INSERT INTO admin_unit (code, level, name, name_en, full_name, unit_type, parent_id, lat, lng, area_km2, region,
         valid_from, valid_to, source_citation, source_confidence)
       SELECT code, 'COMMUNE', name, name_en, full_name, unit_type, parent_id, lat, lng, area_km2, region, $11::date, NULL, $12, $13
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::float8[], $8::float8[], $9::float8[], $10::text[])
              AS r(code, name, name_en, full_name, unit_type, parent_id, lat, lng, area_km2, region)
       ON CONFLICT (level, code, valid_from) DO UPDATE SET ${KEPT.map((c) => `${c} = ${kept(c)}`).join(', ')},
         name = EXCLUDED.name, parent_id = EXCLUDED.parent_id, region = EXCLUDED.region, valid_to = NULL,
         source_citation = EXCLUDED.source_citation, source_confidence = EXCLUDED.source_confidence, updated_at = now()
       WHERE (${COMPARED.map((c) => `admin_unit.${c}`).join(', ')}, admin_unit.valid_to)
         IS DISTINCT FROM (${COMPARED.map((c) => (KEPT.includes(c) ? kept(c) : `EXCLUDED.${c}`)).join(', ')}, NULL::date)
       RETURNING (xmax = 0) AS inserted`,
      [col('code'), col('name'), col('nameEn'), col('fullName'), col('unitType'), col('parentId'), col('lat'), col('lng'), col('areaKm2'),
        col('region'), opts.validFrom, opts.citation, opts.confidence],
    );
    for (const r of res.rows) r.inserted ? inserted++ : updated++;
    progress(Math.min(start + BATCH, rows.length), rows.length);
  }
  return { inserted, updated, unchanged: rows.length - inserted - updated };
}
