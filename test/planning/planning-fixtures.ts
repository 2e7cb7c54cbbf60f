import type pg from 'pg';
import { provinceId } from '../support/fixtures.js';

/** Test fixtures for planning: plans with targets, capacity reports, status changes and need figures, inserted directly. */

let planCounter = 0;

export interface TargetFixture {
  indicator: string;
  year: number;
  value: number;
  comparator?: 'AT_LEAST' | 'EXACTLY' | 'MORE_THAN' | 'INCREASE_BY';
  baseYear?: number;
  facilityKind?: string;
  countsKinds?: string[];
  baseline?: { year: number; value: number };
}

/** A provincial plan of a legacy province (by code), or a national one (issuer null); returns its key. */
export async function insertPlan(pool: pg.Pool, opts: { legacyIssuer: string | null; periodStart: number; periodEnd: number; targets: TargetFixture[] }): Promise<string> {
  planCounter += 1;
  const key = `TEST-PLAN-${process.pid}-${planCounter}`;
  const issuer = opts.legacyIssuer == null ? null : await provinceId(pool, opts.legacyIssuer, true);
  const plan = await pool.query(
    `INSERT INTO plan (key, title, scope, issuer_id, legal_basis, period_start, period_end, source_citation, source_confidence)
     VALUES ($1, $1, $2, $3, 'test', $4, $5, 'test fixture', 'SYNTHETIC') RETURNING id`,
    [key, issuer == null ? 'NATIONAL' : 'PROVINCIAL', issuer, opts.periodStart, opts.periodEnd],
  );
  for (const [i, t] of opts.targets.entries()) {
    await pool.query(
      `INSERT INTO target (plan_id, position, indicator_id, year, value, comparator, base_year, facility_kind, counts_kinds,
                           baseline_year, baseline_value, headline, source_citation, source_confidence)
       SELECT $1, $2, i.id, $3, $4, $5, $6, $7, $8, $9, $10, true, 'test fixture', 'SYNTHETIC' FROM indicator i WHERE i.code = $11`,
      [plan.rows[0].id, i + 1, t.year, t.value, t.comparator ?? 'AT_LEAST', t.baseYear ?? null, t.facilityKind ?? null, t.countsKinds ?? [],
        t.baseline?.year ?? null, t.baseline?.value ?? null, t.indicator],
    );
  }
  return key;
}

export async function insertCapacity(pool: pg.Pool, facilityId: number, r: { on: string; places?: number; residents?: number; clients?: number }): Promise<void> {
  await pool.query(
    `INSERT INTO capacity_report (facility_id, reported_on, places, residents, community_clients, over_capacity, source_citation, source_confidence)
     VALUES ($1, $2, $3, $4, $5, true, 'test fixture', 'SYNTHETIC')`,
    [facilityId, r.on, r.places ?? null, r.residents ?? null, r.clients ?? null],
  );
}

export async function insertStatusChange(pool: pg.Pool, facilityId: number, status: string, effectiveOn: string): Promise<void> {
  await pool.query(`INSERT INTO facility_status_change (facility_id, status, effective_on) VALUES ($1, $2, $3)`, [facilityId, status, effectiveOn]);
}

export async function insertNeedTotal(pool: pg.Pool, legacyCode: string, year: number, count: number): Promise<void> {
  await pool.query(
    `INSERT INTO need_statistic (unit_id, category, count, qualifier, year, source_citation, source_confidence)
     VALUES ($1, 'TOTAL_NEEDING_ASSISTANCE', $2, 'EXACT', $3, 'test fixture', 'SYNTHETIC')`,
    [await provinceId(pool, legacyCode, true), count, year],
  );
}

