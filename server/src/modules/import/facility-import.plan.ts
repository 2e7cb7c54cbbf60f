import type pg from 'pg';
import type { Confidence } from '../common/enums.js';
import type { FacilityRow } from '../facility/facility.insert.js';
import { REQUIRED_FOR_NEW, type FacilityColumn } from './facility-import.columns.js';
import type { FacilityValues } from './facility-import.row.js';
import { loadExisting, loadReferences, type ExistingFacility } from './facility-import.references.js';

/** One line of a facility file and what importing it does. */
export interface FacilityImportRow {
  line: number;
  code: string;
  values: FacilityValues;
  /** Fields whose cell could not be read (already reported). */
  badFields?: Set<FacilityColumn>;
  action?: 'insert' | 'update' | 'unchanged';
  /** The facility's id, for updates. */
  id?: number;
  insert?: FacilityRow;
  /** Fields to change (FacilityRow names) with their new values, for updates. */
  patch?: Partial<FacilityRow>;
}

export interface PlanContext {
  today: string;
  /** Source of rows whose file has no source columns: new rows, and updates that change something. */
  source: { citation: string; confidence: Confidence };
  lockExisting: boolean;
  problem(line: number, field: FacilityColumn, message: string): void;
}

type Patch = Partial<FacilityRow>;
const COMPARED = [
  'name', 'nameEn', 'kind', 'ownership', 'status', 'openedOn', 'closedOn', 'provinceId', 'legacyProvinceId', 'communeId', 'address', 'lat',
  'lng', 'locationPrecision', 'locationPrivate', 'services', 'targetGroups', 'providesSocialWorkServices', 'licenceNumber', 'licenceIssuedBy',
  'licenceIssuedOn', 'phone', 'email', 'website',
] as const satisfies readonly (keyof FacilityRow)[];

/**
 * Resolves the codes of units in each row, checks them against each other, and decides per row:
 * insert (every required field present), update (only the fields the file gives, when one differs)
 * or unchanged. Problems go to `ctx.problem`.
 */
export async function planFacilityRows(db: pg.PoolClient, rows: FacilityImportRow[], ctx: PlanContext): Promise<void> {
  const refs = await loadReferences(db, rows.map((r) => r.values), ctx.today);
  const existing = await loadExisting(db, rows.map((r) => r.code), ctx.lockExisting);
  for (const row of rows) {
    const v = row.values;
    const problem = (field: FacilityColumn, message: string) => ctx.problem(row.line, field, message);
    const { provinceCode, legacyProvinceCode, communeCode, ...plain } = v;
    const patch: Patch = { ...plain };
    const commune = communeCode ? refs.communes.get(communeCode) : undefined;
    const legacy = legacyProvinceCode ? refs.legacy.get(legacyProvinceCode) : undefined;
    if (communeCode && !commune) problem('communeCode', `no commune has code ${communeCode} on ${ctx.today} (import the communes first)`);
    if (legacyProvinceCode && !legacy) problem('legacyProvinceCode', `no province had code ${legacyProvinceCode} before 2025-07-01`);
    if (provinceCode && !refs.provinces.has(provinceCode)) problem('provinceCode', `no province has code ${provinceCode} on ${ctx.today}`);
    if (commune) patch.communeId = commune.id;
    if (legacy) patch.legacyProvinceId = legacy.id;
    const provinceId = provinceCode ? refs.provinces.get(provinceCode) : commune?.parentId ?? legacy?.successorId;
    if (provinceId !== undefined) patch.provinceId = provinceId;
    if (commune && provinceId !== undefined && commune.parentId !== provinceId) problem('communeCode', `commune ${communeCode} is not in province ${provinceCode}`);
    if (legacy && provinceId !== undefined && legacy.successorId !== provinceId) {
      problem('legacyProvinceCode', `legacy province ${legacyProvinceCode} did not become part of province ${provinceCode ?? communeCode}`);
    }
    const old = existing.get(row.code);
    if (old) planUpdate(row, old, patch, v, ctx, problem);
    else planInsert(row, patch, v, ctx, problem);
  }
}

function planInsert(row: FacilityImportRow, patch: Patch, v: FacilityValues, ctx: PlanContext, problem: (f: FacilityColumn, m: string) => void) {
  for (const f of REQUIRED_FOR_NEW) {
    if (v[f as keyof FacilityValues] === undefined && !row.badFields?.has(f)) problem(f, `is required for a new facility (${row.code} does not exist yet)`);
  }
  const unitFields: FacilityColumn[] = ['provinceCode', 'communeCode', 'legacyProvinceCode'];
  if (unitFields.every((f) => v[f as keyof FacilityValues] === undefined && !row.badFields?.has(f))) {
    problem('provinceCode', 'a new facility needs its province: give ma_tinh, ma_xa or ma_tinh_cu');
  }
  const insert = {
    status: 'OPERATING', locationPrecision: 'APPROXIMATE', sourceCitation: ctx.source.citation, sourceConfidence: ctx.source.confidence,
    ...patch, code: row.code,
  } as FacilityRow;
  checkStatus(insert, problem);
  Object.assign(row, { action: 'insert', insert });
}

function planUpdate(row: FacilityImportRow, old: ExistingFacility, patch: Patch, v: FacilityValues, ctx: PlanContext, problem: (f: FacilityColumn, m: string) => void) {
  checkStatus({ ...old, ...patch }, problem);
  const changed: Patch = {};
  for (const f of COMPARED) if (f in patch && !same(patch[f], old[f])) (changed as Record<string, unknown>)[f] = patch[f];
  const hasSource = v.sourceCitation !== undefined || v.sourceConfidence !== undefined;
  const source = hasSource ? { sourceCitation: v.sourceCitation ?? old.sourceCitation, sourceConfidence: v.sourceConfidence ?? old.sourceConfidence }
    : Object.keys(changed).length ? { sourceCitation: ctx.source.citation, sourceConfidence: ctx.source.confidence } : {};
  for (const [f, value] of Object.entries(source)) if (!same(value, old[f as keyof ExistingFacility])) (changed as Record<string, unknown>)[f] = value;
  Object.assign(row, { id: old.id, action: Object.keys(changed).length ? 'update' : 'unchanged', patch: changed });
}

/** CLOSED needs a closing date and only CLOSED has one; a facility cannot close before it opens. */
function checkStatus(f: Patch, problem: (field: FacilityColumn, message: string) => void) {
  if (f.status === 'CLOSED' && !f.closedOn) problem('closedOn', 'a CLOSED facility needs its closing date');
  if (f.status !== 'CLOSED' && f.closedOn) problem('closedOn', `only a CLOSED facility has a closing date (status is ${f.status})`);
  if (f.openedOn && f.closedOn && f.closedOn < f.openedOn) problem('closedOn', `${f.closedOn} is before the opening date ${f.openedOn}`);
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify([...(a as unknown[] ?? [])].sort()) === JSON.stringify([...(b as unknown[] ?? [])].sort());
  return (a ?? null) === (b ?? null);
}
