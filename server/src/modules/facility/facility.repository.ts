import { prepared, type Queryable } from '../../db/sql.js';
import { relationSql, relationsFromRow, type FacilityRelations } from './facility.relations.js';
import { FACILITY_COLUMNS, type FacilityReadPlan } from './facility.read-plan.js';
import type { FacilityKind } from '../common/enums.js';
import { BadUserInputError } from '../common/errors.js';
import type { FacilityFilter } from './facility.filter.js';
import type { FacilityType } from './facility.type.js';

/** A facility as the API reads it: the GraphQL shape plus the ids of its relations. */
export interface FacilityRecord extends FacilityType {
  operatorId: number | null;
  provinceId: number | null;
  legacyProvinceId: number | null;
  communeId: number | null;
  isPrivate: boolean;
  /** Relations read in the same statement (those the request asked for). */
  relations?: Partial<FacilityRelations>;
}

/** The select lists of a plan (built once per plan; plans are cached per query document). */
const selectLists = new WeakMap<FacilityReadPlan, { columns: string; raw: string; relations: { joins: string; columns: string } }>();

function listsOf(plan: FacilityReadPlan) {
  let lists = selectLists.get(plan);
  if (!lists) {
    const columns = [...plan.columns];
    lists = {
      columns: columns.map((c) => `${FACILITY_COLUMNS[c]} AS ${c}`).join(', '),
      raw: columns.map((c) => `f.${c}`).join(', '),
      relations: relationSql(plan),
    };
    selectLists.set(plan, lists);
  }
  return lists;
}

/**
 * Maps a row read with `plan` (its columns and joined relations) to the API shape; fields whose
 * columns the plan did not read are left unset (the request did not select them).
 */
export function toFacilityRecord(r: Record<string, any>, plan: FacilityReadPlan): FacilityRecord {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    kind: r.kind,
    ownership: r.ownership,
    status: r.status,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    operatorId: r.operator_id,
    provinceId: r.province_id,
    legacyProvinceId: r.legacy_province_id,
    communeId: r.commune_id,
    address: r.address,
    location: { lat: r.lat, lng: r.lng, precision: r.location_precision },
    isPrivate: r.is_private,
    services: r.services,
    targetGroups: r.target_groups,
    accessibility: r.accessibility
      ? { meetsMinimum: r.accessible === true, items: r.accessibility, assessedOn: r.accessibility_assessed_on }
      : null,
    providesSocialWorkServices: r.provides_social_work,
    licence: r.licence_number ? { number: r.licence_number, issuedBy: r.licence_issued_by, issuedOn: r.licence_issued_on } : null,
    contact: r.phone || r.email || r.website ? { phone: r.phone, email: r.email, website: r.website } : null,
    source: { citation: r.source_citation, confidence: r.source_confidence },
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    relations: plan.relations.size ? relationsFromRow(r, plan) : undefined,
  };
}

/** Who is asking: callers without edit rights never see private-location facilities. */
export interface Viewer {
  canEdit: boolean;
}

/** A WHERE clause under construction with positional parameters. */
export class SqlWhere {
  readonly parts: string[] = [];
  constructor(readonly params: unknown[] = []) {}
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  add(sql: string): void {
    this.parts.push(sql);
  }
  toSql(): string {
    return this.parts.length ? this.parts.join(' AND ') : 'TRUE';
  }
}

/** Adds the predicates of `filter` (all but `search`) and of the viewer's rights on alias `f`. */
export function applyFacilityFilter(where: SqlWhere, filter: FacilityFilter | null | undefined, viewer: Viewer): void {
  if (!viewer.canEdit) where.add('NOT f.is_private');
  const f = filter ?? {};
  if (f.status?.length) where.add(`f.status = ANY(${where.param(f.status)}::text[])`);
  else where.add(`f.status <> 'CLOSED'`);
  if (f.kinds?.length) where.add(`f.kind = ANY(${where.param(f.kinds)}::text[])`);
  if (f.ownership) where.add(`f.ownership = ${where.param(f.ownership)}`);
  if (f.provinceCode != null) {
    // A scalar subquery (not IN): its value is known when the scan starts, so the (province_id, name) index serves the order.
    where.add(`f.province_id = (SELECT id FROM admin_unit WHERE level = 'PROVINCE' AND code = ${where.param(f.provinceCode)} AND valid_to IS NULL LIMIT 1)`);
  }
  if (f.legacyProvinceCode != null) {
    where.add(`f.legacy_province_id = (SELECT id FROM admin_unit WHERE level = 'PROVINCE' AND code = ${where.param(f.legacyProvinceCode)} AND valid_to = DATE '2025-07-01' LIMIT 1)`);
  }
  if (f.targetGroups?.length) where.add(`f.target_groups && ${where.param(f.targetGroups)}::text[]`);
  if (f.services?.length) where.add(`f.services && ${where.param(f.services)}::text[]`);
  if (f.codes != null) {
    if (f.codes.length > 1000) throw new BadUserInputError([{ path: 'filter.codes', message: 'at most 1000 codes' }]);
    where.add(`f.code = ANY(${where.param(f.codes)}::text[])`);
  }
  if (f.accessible != null) where.add(`f.accessible = ${where.param(f.accessible)}`);
}

/**
 * Runs a facility SELECT: the facilities are chosen, ordered and limited on `facility` alone (so
 * the planner can use the name, distance or trigram index for the order), then their relations are
 * joined (see facility.relations.ts). `extra` columns (`expr AS alias`) are computed in the
 * inner query; `outerOrder` orders the joined rows (aliases and `f.` columns). Only the columns
 * of `plan` are read.
 * With `keepScanOrder`, relations come from a second statement instead, so rows keep the exact
 * order of the index scan (search ranking, whose ties must stay stable across pages).
 */
export async function selectFacilities(
  db: Queryable,
  sql: { extra?: string; where: SqlWhere; innerTail?: string; outerOrder?: string; keepScanOrder?: boolean; plan: FacilityReadPlan },
): Promise<{ record: FacilityRecord; row: Record<string, any> }[]> {
  const { plan } = sql;
  const extra = sql.extra ? `, ${sql.extra}` : '';
  const lists = listsOf(plan);
  const rel = lists.relations;
  const toRecords = (rows: Record<string, any>[]) => rows.map((row) => ({ record: toFacilityRecord(row, plan), row }));
  if (!plan.relations.size || sql.keepScanOrder) {
    const res = await db.query(prepared(`SELECT ${lists.columns}${extra} FROM facility f WHERE ${sql.where.toSql()} ${sql.innerTail ?? ''}`, sql.where.params));
    if (!plan.relations.size || !res.rows.length) return toRecords(res.rows);
    const related = await db.query(prepared(`SELECT f.id, ${rel.columns} FROM facility f ${rel.joins} WHERE f.id = ANY($1::int[])`, [res.rows.map((r) => r.id)]));
    const byId = new Map(related.rows.map((r) => [r.id, r]));
    return toRecords(res.rows.map((r) => ({ ...byId.get(r.id), ...r })));
  }
  const inner = `SELECT ${lists.raw}${extra} FROM facility f WHERE ${sql.where.toSql()} ${sql.innerTail ?? ''}`;
  const aliases = (sql.extra ?? '').split(',').map((e) => e.trim().split(/\s+AS\s+/i)[1]).filter(Boolean).map((a) => `f.${a}`);
  const text = `SELECT ${lists.columns}${aliases.length ? `, ${aliases.join(', ')}` : ''}, ${rel.columns}
    FROM (${inner}) f ${rel.joins} ${sql.outerOrder ? `ORDER BY ${sql.outerOrder}` : ''}`;
  const res = await db.query(prepared(text, sql.where.params));
  return toRecords(res.rows);
}

export async function findFacilityBy(db: Queryable, key: { id?: number; code?: string }, viewer: Viewer, plan: FacilityReadPlan): Promise<FacilityRecord | null> {
  const where = new SqlWhere();
  if (key.id !== undefined) where.add(`f.id = ${where.param(key.id)}`);
  if (key.code !== undefined) where.add(`f.code = ${where.param(key.code)}`);
  if (!viewer.canEdit) where.add('NOT f.is_private');
  const [found] = await selectFacilities(db, { where, plan });
  return found?.record ?? null;
}

export type KindCount = { kind: FacilityKind; count: number };
