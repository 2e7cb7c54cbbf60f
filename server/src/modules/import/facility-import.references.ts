import type pg from 'pg';
import { validOn } from '../admin-unit/admin-unit.repository.js';
import type { FacilityRow } from '../facility/facility.insert.js';
import type { FacilityValues } from './facility-import.row.js';

export interface References {
  /** Current provinces by code: id. */
  provinces: Map<string, number>;
  /** Legacy provinces by code: id and the id of the current province each became part of. */
  legacy: Map<string, { id: number; successorId: number }>;
  /** Communes by code: id and province. */
  communes: Map<string, { id: number; parentId: number }>;
  /** Ids of the units each unit replaced (current province id → legacy province ids). */
  predecessors: Map<number, number[]>;
}

/** The units the rows name, read in one query each. */
export async function loadReferences(db: pg.PoolClient, values: FacilityValues[], today: string): Promise<References> {
  const codes = (k: 'provinceCode' | 'legacyProvinceCode' | 'communeCode') => [...new Set(values.map((v) => v[k]).filter(Boolean))];
  const provinces = await db.query(
    `SELECT u.code, u.id FROM admin_unit u WHERE u.level = 'PROVINCE' AND u.code = ANY($1::text[]) AND ${validOn(2)}`, [codes('provinceCode'), today],
  );
  const legacy = await db.query(
    `SELECT u.code, u.id, s.successor_id AS "successorId" FROM admin_unit u JOIN admin_unit_succession s ON s.predecessor_id = u.id
      WHERE u.level = 'PROVINCE' AND u.code = ANY($1::text[]) AND ${validOn(2)}`, [codes('legacyProvinceCode'), '2025-06-30'],
  );
  const communes = await db.query(
    `SELECT u.code, u.id, u.parent_id AS "parentId" FROM admin_unit u WHERE u.level = 'COMMUNE' AND u.code = ANY($1::text[]) AND ${validOn(2)}`,
    [codes('communeCode'), today],
  );
  const links = await db.query('SELECT successor_id AS "successorId", predecessor_id AS "predecessorId" FROM admin_unit_succession');
  const predecessors = new Map<number, number[]>();
  for (const l of links.rows) predecessors.set(l.successorId, [...(predecessors.get(l.successorId) ?? []), l.predecessorId]);
  return {
    predecessors,
    provinces: new Map(provinces.rows.map((r) => [r.code, r.id])),
    legacy: new Map(legacy.rows.map((r) => [r.code, r])),
    communes: new Map(communes.rows.map((r) => [r.code, r])),
  };
}

export type ExistingFacility = Required<Omit<FacilityRow, 'accessibility' | 'accessibilityAssessedOn' | 'operatorId'>> & { id: number };

/** The facilities with these codes as the importer compares them (locked for update unless a dry run). */
export async function loadExisting(db: pg.PoolClient, codes: string[], lock: boolean): Promise<Map<string, ExistingFacility>> {
  const res = await db.query(
    `SELECT id, code, name, name_en AS "nameEn", kind, ownership, status, opened_on::text AS "openedOn", closed_on::text AS "closedOn",
            province_id AS "provinceId", legacy_province_id AS "legacyProvinceId", commune_id AS "communeId", address, lat, lng,
            location_precision AS "locationPrecision", location_private AS "locationPrivate", services, target_groups AS "targetGroups",
            provides_social_work AS "providesSocialWorkServices", licence_number AS "licenceNumber", licence_issued_by AS "licenceIssuedBy",
            licence_issued_on::text AS "licenceIssuedOn", phone, email, website, source_citation AS "sourceCitation",
            source_confidence AS "sourceConfidence"
       FROM facility WHERE code = ANY($1::text[]) ${lock ? 'FOR UPDATE' : ''}`,
    [codes],
  );
  return new Map(res.rows.map((r) => [r.code, r]));
}
