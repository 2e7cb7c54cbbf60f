import type pg from 'pg';

let counter = 0;

/** Inserts a facility row directly (test fixture); returns its id. Defaults: an operating public elderly centre in Điện Biên. */
export async function insertFacility(pool: pg.Pool, over: Record<string, unknown> = {}): Promise<number> {
  counter += 1;
  const row: Record<string, unknown> = {
    code: `FX-${process.pid}-${counter}`,
    name: `Cơ sở thử ${counter}`,
    kind: 'ELDERLY_CARE',
    ownership: 'PUBLIC',
    status: 'OPERATING',
    lat: 21.39,
    lng: 103.02,
    location_precision: 'EXACT',
    source_citation: 'test fixture',
    source_confidence: 'SYNTHETIC',
    province_id: await provinceId(pool, '11', false),
    legacy_province_id: await provinceId(pool, '11', true),
    ...over,
  };
  const cols = Object.keys(row);
  const res = await pool.query(
    `INSERT INTO facility (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    cols.map((c) => row[c]),
  );
  return res.rows[0].id;
}

/** Id of a province by code: current (valid today) or legacy (until 2025-07-01). */
export async function provinceId(pool: pg.Pool, code: string, legacy: boolean): Promise<number> {
  const res = await pool.query(
    `SELECT id FROM admin_unit WHERE level = 'PROVINCE' AND code = $1 AND ${legacy ? 'valid_to IS NOT NULL' : 'valid_to IS NULL'}`,
    [code],
  );
  if (!res.rowCount) throw new Error(`no province ${code}`);
  return res.rows[0].id;
}

/** A fingerprint of every table an edit can touch, to prove a refused request changed nothing. */
export async function registryFingerprint(pool: pg.Pool): Promise<string> {
  const res = await pool.query(`SELECT
    (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY id), '')) FROM facility t) AS facility,
    (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY id), '')) FROM capacity_report t) AS capacity,
    (SELECT count(*) FROM facility_edit) AS edits,
    (SELECT count(*) FROM facility_status_change) AS status_changes,
    (SELECT count(*) FROM organization) AS organizations`);
  return JSON.stringify(res.rows[0]);
}
