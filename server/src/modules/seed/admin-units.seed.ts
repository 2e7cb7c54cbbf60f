import type pg from 'pg';

interface Source { citation: string; confidence: string }
interface LegacyFile {
  level: string; validFrom: string; validTo: string; source: Source;
  units: { code: string; name: string; nameEn: string; region: string; centroid: { lat: number; lng: number }; successorCode: string }[];
}
interface CurrentFile {
  level: string; validFrom: string; source: Source; succession: { effectiveOn: string; citation: string };
  units: { code: string; name: string; nameEn: string; fullName: string; unitType: string; region: string; centroid: { lat: number; lng: number }; areaKm2: number }[];
}

/** Inserts the 63 legacy and 34 current provinces and links each legacy one to its successor. */
export async function seedAdminUnits(client: pg.PoolClient, [legacy, current]: unknown[]): Promise<string> {
  const l = legacy as LegacyFile;
  const c = current as CurrentFile;
  const insert = `INSERT INTO admin_unit (code, level, name, name_en, full_name, unit_type, valid_from, valid_to, lat, lng, region, area_km2, source_citation, source_confidence)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
    ON CONFLICT (level, code, valid_from) DO NOTHING`;
  for (const u of l.units) {
    await client.query(insert, [u.code, l.level, u.name, u.nameEn, null, null, l.validFrom, l.validTo, u.centroid.lat, u.centroid.lng, u.region, null, l.source.citation, l.source.confidence]);
  }
  for (const u of c.units) {
    await client.query(insert, [u.code, c.level, u.name, u.nameEn, u.fullName, u.unitType, c.validFrom, null, u.centroid.lat, u.centroid.lng, u.region, u.areaKm2, c.source.citation, c.source.confidence]);
  }
  const links = await client.query(
    `INSERT INTO admin_unit_succession (predecessor_id, successor_id, effective_on, citation)
     SELECT p.id, s.id, $3, $4
       FROM unnest($1::text[], $2::text[]) AS pair(pred, succ)
       JOIN admin_unit p ON p.level = 'PROVINCE' AND p.code = pair.pred AND p.valid_from = $5
       JOIN admin_unit s ON s.level = 'PROVINCE' AND s.code = pair.succ AND s.valid_from = $6
     ON CONFLICT DO NOTHING`,
    [l.units.map((u) => u.code), l.units.map((u) => u.successorCode), c.succession.effectiveOn, c.succession.citation, l.validFrom, c.validFrom],
  );
  return `${l.units.length} legacy and ${c.units.length} current provinces, ${links.rowCount} succession links`;
}
