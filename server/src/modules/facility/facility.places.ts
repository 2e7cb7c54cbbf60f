import type { Queryable } from '../../db/sql.js';
import type { FieldErrors } from '../common/errors.js';
import { todayInVietnam } from '../common/scalars.js';

export interface Place {
  provinceId: number | null;
  legacyProvinceId: number | null;
  communeId: number | null;
}

interface PlaceInput {
  provinceCode?: string | null;
  communeCode?: string | null;
  legacyProvinceCode?: string | null;
}

const LAST_LEGACY_DAY = '2025-06-30';

async function unitId(db: Queryable, level: string, code: string, on: string): Promise<{ id: number; parentId: number | null } | null> {
  const res = await db.query(
    `SELECT id, parent_id AS "parentId" FROM admin_unit WHERE level = $1 AND code = $2 AND valid_from <= $3 AND (valid_to IS NULL OR valid_to > $3)`,
    [level, code, on],
  );
  return res.rows[0] ?? null;
}

/**
 * Resolves the province, commune and legacy province of a facility from codes (current units read
 * today, legacy ones on 2025-06-30), starting from its current place for updates. A legacy province
 * must have become part of the current one; when none is given and the current province has a
 * single predecessor, that one is taken.
 */
export async function resolvePlace(db: Queryable, input: PlaceInput, current: Place | null, errors: FieldErrors): Promise<Place> {
  const today = todayInVietnam();
  const place: Place = current ? { ...current } : { provinceId: null, legacyProvinceId: null, communeId: null };
  const provinceBefore = place.provinceId;
  if (input.communeCode === null) place.communeId = null;
  if (input.communeCode) {
    const commune = await unitId(db, 'COMMUNE', input.communeCode, today);
    if (!commune) errors.add('input.communeCode', `no current commune has code ${input.communeCode}`);
    else {
      place.communeId = commune.id;
      place.provinceId = commune.parentId;
    }
  }
  if (input.provinceCode === null) errors.add('input.provinceCode', 'cannot be cleared');
  if (input.provinceCode) {
    const province = await unitId(db, 'PROVINCE', input.provinceCode, today);
    if (!province) errors.add('input.provinceCode', `no current (34) province has code ${input.provinceCode}`);
    else if (input.communeCode && place.provinceId !== null && place.provinceId !== province.id) {
      errors.add('input.provinceCode', `is not the province of commune ${input.communeCode}`);
    } else {
      if (!input.communeCode && place.provinceId !== province.id) place.communeId = null;
      place.provinceId = province.id;
    }
  }
  if (!current && input.provinceCode == null && input.communeCode == null) errors.add('input.provinceCode', 'give provinceCode (current province) or communeCode');
  if (place.provinceId === null) return place;

  const predecessors = (await db.query(`SELECT predecessor_id AS id FROM admin_unit_succession WHERE successor_id = $1`, [place.provinceId])).rows.map((r) => r.id as number);
  if (input.legacyProvinceCode === null) place.legacyProvinceId = null;
  else if (input.legacyProvinceCode) {
    const legacy = await unitId(db, 'PROVINCE', input.legacyProvinceCode, LAST_LEGACY_DAY);
    if (!legacy) errors.add('input.legacyProvinceCode', `no legacy (63) province had code ${input.legacyProvinceCode}`);
    else if (!predecessors.includes(legacy.id)) errors.add('input.legacyProvinceCode', `province ${input.legacyProvinceCode} did not become part of the facility's current province`);
    else place.legacyProvinceId = legacy.id;
  } else if (place.provinceId !== provinceBefore || !current) {
    const keep = place.legacyProvinceId !== null && predecessors.includes(place.legacyProvinceId);
    place.legacyProvinceId = keep ? place.legacyProvinceId : predecessors.length === 1 ? predecessors[0] : null;
  }
  return place;
}
