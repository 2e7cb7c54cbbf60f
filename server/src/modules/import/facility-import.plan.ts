import type pg from 'pg';
import type { Confidence } from '../common/enums.js';
import type { FacilityRow } from '../facility/facility.insert.js';
import { REQUIRED_FOR_NEW, type FacilityColumn } from './facility-import.columns.js';
import type { FacilityValues } from './facility-import.row.js';
import { loadExisting, loadReferences, type ExistingFacility, type References } from './facility-import.references.js';

/** A field's value before and after an update, as the edit log records it. */
export type Change = { from: unknown; to: unknown };

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
  /** Changed fields (FacilityRow names), for updates. */
  changes?: Partial<Record<keyof FacilityRow, Change>>;
}

export interface PlanContext {
  today: string;
  /** Source of rows whose file has no source columns: new rows, and updates that change something. */
  source: { citation: string; confidence: Confidence };
  lockExisting: boolean;
  problem(line: number, field: FacilityColumn, message: string): void;
}

type Patch = Partial<FacilityRow>;
type Problem = (field: FacilityColumn, message: string) => void;
const COMPARED = [
  'name', 'nameEn', 'kind', 'ownership', 'status', 'openedOn', 'closedOn', 'provinceId', 'legacyProvinceId', 'communeId', 'address', 'lat',
  'lng', 'locationPrecision', 'locationPrivate', 'services', 'targetGroups', 'providesSocialWorkServices', 'licenceNumber', 'licenceIssuedBy',
  'licenceIssuedOn', 'phone', 'email', 'website', 'sourceCitation', 'sourceConfidence',
] as const satisfies readonly (keyof FacilityRow)[];

/**
 * Resolves the units each row names and decides per row: insert (every required field present),
 * update (only the fields the file gives, when one differs) or unchanged. The rules of places are
 * those of createFacility/updateFacility (facility.places.ts): a commune sets its province; a legacy
 * province must have become part of the current one and defaults to its only predecessor; moving a
 * facility to another province drops a commune of the old one.
 */
export async function planFacilityRows(db: pg.PoolClient, rows: FacilityImportRow[], ctx: PlanContext): Promise<void> {
  const refs = await loadReferences(db, rows.map((r) => r.values), ctx.today);
  const existing = await loadExisting(db, rows.map((r) => r.code), ctx.lockExisting);
  for (const row of rows) {
    const problem: Problem = (field, message) => ctx.problem(row.line, field, message);
    const old = existing.get(row.code);
    const patch = placePatch(row.values, old, refs, problem);
    if (old) planUpdate(row, old, patch, ctx, problem);
    else planInsert(row, patch, ctx, problem);
  }
}

/** The row's plain fields plus the ids of its province, legacy province and commune. */
function placePatch(v: FacilityValues, old: ExistingFacility | undefined, refs: References, problem: Problem): Patch {
  const { provinceCode, legacyProvinceCode, communeCode, ...patch } = v as FacilityValues & Patch;
  const commune = communeCode ? refs.communes.get(communeCode) : undefined;
  const legacy = legacyProvinceCode ? refs.legacy.get(legacyProvinceCode) : undefined;
  const province = provinceCode ? refs.provinces.get(provinceCode) : undefined;
  if (communeCode && !commune) problem('communeCode', `no commune has code ${communeCode} (import the communes first)`);
  if (legacyProvinceCode && !legacy) problem('legacyProvinceCode', `no province had code ${legacyProvinceCode} before 2025-07-01`);
  if (provinceCode && !province) problem('provinceCode', `no current province has code ${provinceCode}`);
  if (commune && province && commune.parentId !== province) problem('communeCode', `commune ${communeCode} is not in province ${provinceCode}`);
  const provinceId = province ?? commune?.parentId ?? (old ? old.provinceId : legacy?.successorId);
  if (provinceId != null && provinceId !== old?.provinceId) patch.provinceId = provinceId;
  if (commune) patch.communeId = commune.id;
  else if (old && patch.provinceId !== undefined) patch.communeId = null;
  const predecessors = provinceId != null ? refs.predecessors.get(provinceId) ?? [] : [];
  if (legacy && provinceId != null && !predecessors.includes(legacy.id)) {
    problem('legacyProvinceCode', `province ${legacyProvinceCode} did not become part of the facility's current province`);
  } else if (legacy) {
    patch.legacyProvinceId = legacy.id;
  } else if (!old || patch.provinceId !== undefined) {
    const keep = old?.legacyProvinceId != null && predecessors.includes(old.legacyProvinceId);
    if (!keep) patch.legacyProvinceId = predecessors.length === 1 ? predecessors[0] : null;
  }
  return patch;
}

function planInsert(row: FacilityImportRow, patch: Patch, ctx: PlanContext, problem: Problem) {
  const given = (f: FacilityColumn) => row.values[f as keyof FacilityValues] !== undefined || row.badFields?.has(f);
  for (const f of REQUIRED_FOR_NEW) if (!given(f)) problem(f, `is required for a new facility (${row.code} does not exist yet)`);
  if (!given('provinceCode') && !given('communeCode') && !given('legacyProvinceCode')) {
    problem('provinceCode', 'a new facility needs its province: give ma_tinh, ma_xa or ma_tinh_cu');
  }
  const insert = {
    status: 'OPERATING', locationPrecision: 'APPROXIMATE', sourceCitation: ctx.source.citation, sourceConfidence: ctx.source.confidence,
    ...patch, code: row.code,
  } as FacilityRow;
  checkStatus(insert, problem);
  Object.assign(row, { action: 'insert', insert });
}

function planUpdate(row: FacilityImportRow, old: ExistingFacility, patch: Patch, ctx: PlanContext, problem: Problem) {
  if (old.status === 'CLOSED' && patch.status && patch.status !== 'CLOSED' && patch.closedOn === undefined) patch.closedOn = null; // reopened
  checkStatus({ ...old, ...patch }, problem);
  const changes: Partial<Record<keyof FacilityRow, Change>> = {};
  const compare = (f: (typeof COMPARED)[number], to: unknown) => {
    if (!same(to, old[f])) changes[f] = { from: old[f] ?? null, to: to ?? null };
  };
  for (const f of COMPARED) if (f in patch) compare(f, patch[f]);
  const hasSource = row.values.sourceCitation !== undefined || row.values.sourceConfidence !== undefined;
  if (!hasSource && Object.keys(changes).length) {
    compare('sourceCitation', ctx.source.citation);
    compare('sourceConfidence', ctx.source.confidence);
  }
  Object.assign(row, { id: old.id, action: Object.keys(changes).length ? 'update' : 'unchanged', changes });
}

/** CLOSED needs a closing date and only CLOSED has one; a facility cannot close before it opens. */
function checkStatus(f: Patch, problem: Problem) {
  if (f.status === 'CLOSED' && !f.closedOn) problem('closedOn', 'a CLOSED facility needs its closing date');
  if (f.status !== 'CLOSED' && f.closedOn) problem('closedOn', `only a CLOSED facility has a closing date (status is ${f.status})`);
  if (f.openedOn && f.closedOn && f.closedOn < f.openedOn) problem('closedOn', `${f.closedOn} is before the opening date ${f.openedOn}`);
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify([...(a as unknown[] ?? [])].sort()) === JSON.stringify([...(b as unknown[] ?? [])].sort());
  return (a ?? null) === (b ?? null);
}
