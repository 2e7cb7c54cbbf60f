import type pg from 'pg';
import { todayInVietnam } from '../../server/src/modules/common/scalars.js';
import { facilityStateAsOf } from '../../server/src/modules/planning/registry-as-of.js';

/** Every facility, or only `ids`. */
const among = (ids: number[] | undefined, column: string, n: number) => (ids ? `AND ${column} IN (SELECT unnest($${n}::int[]))` : '');

/** The facilities operating on `date` with their figures, from facilityStateAsOf (the definition). */
export async function operatingByDefinition(pool: pg.Pool, date: string, ids?: number[]) {
  const res = await pool.query(
    `WITH state AS (${facilityStateAsOf('$1')})
     SELECT s.id, s.reported_on::text, s.places, s.residents, s.community_clients, s.accessible, s.provides_social_work, s.is_private,
            hub_staffing_shortfall(s.residents, s.residents_by_group, s.staff_by_role) AS shortfall
       FROM state s WHERE s.status = 'OPERATING' ${among(ids, 's.id', 2)} ORDER BY s.id`,
    ids ? [date, ids] : [date],
  );
  return res.rows.map((r) => ({ ...r, shortfall: r.reported_on ? r.shortfall : null }));
}

/** The same from the operating periods valid on `date`. */
export async function operatingByPeriods(pool: pg.Pool, date: string, ids?: number[]) {
  const res = await pool.query(
    `SELECT p.facility_id AS id, p.reported_on::text, p.places, p.residents, p.community_clients, p.accessible, p.provides_social_work, p.is_private,
            CASE WHEN p.short_carer IS NULL THEN NULL ELSE ARRAY[p.short_social_worker, p.short_psychologist, p.short_carer, p.short_medical,
              p.short_nutrition, p.short_rehabilitation, p.short_teacher] END AS shortfall
       FROM facility_operating_period p WHERE p.valid_from <= $1 AND (p.valid_to IS NULL OR p.valid_to > $1) ${among(ids, 'p.facility_id', 2)}
      ORDER BY p.facility_id`,
    ids ? [date, ids] : [date],
  );
  return res.rows;
}

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Dates on which something of the registry changes (of `ids`' facilities, or of all), the day before and
 * the day after, and a few far ones; with `sampleOpenings`, only every n-th opening or closing date.
 */
export async function probeDates(pool: pg.Pool, opts: { ids?: number[]; sampleOpenings?: number } = {}): Promise<string[]> {
  const res = await pool.query(
    `SELECT d::text AS d, opening FROM (
       SELECT opened_on AS d, true AS opening FROM facility WHERE true ${among(opts.ids, 'id', 1)}
       UNION SELECT closed_on, true FROM facility WHERE true ${among(opts.ids, 'id', 1)}
       UNION SELECT effective_on, false FROM facility_status_change WHERE true ${among(opts.ids, 'facility_id', 1)}
       UNION SELECT reported_on, false FROM capacity_report WHERE true ${among(opts.ids, 'facility_id', 1)}) x
      WHERE d IS NOT NULL ORDER BY 1`,
    opts.ids ? [opts.ids] : [],
  );
  const dates = new Set<string>(['1990-01-01', '2100-01-01', todayInVietnam()]);
  const every = opts.sampleOpenings ?? 1;
  let openings = 0;
  for (const { d, opening } of res.rows) {
    if (opening && openings++ % every !== 0) continue;
    for (const k of [-1, 0, 1]) dates.add(shift(d, k));
  }
  return [...dates].sort();
}

/** Every row of the periods of `ids` (or of every facility), in a comparable order. */
export async function periodRows(db: pg.Pool | pg.PoolClient, ids?: number[]) {
  const res = await db.query(
    `SELECT p.*, p.valid_from::text AS valid_from, p.valid_to::text AS valid_to, p.reported_on::text AS reported_on
       FROM facility_operating_period p WHERE true ${among(ids, 'p.facility_id', 1)} ORDER BY p.facility_id, p.valid_from`,
    ids ? [ids] : [],
  );
  return res.rows;
}

/** The rows only one side has (as JSON), for a readable and fast comparison of thousands of rows. */
export function rowDifference(actual: object[], expected: object[]): { unexpected: string[]; missing: string[] } {
  const a = actual.map((r) => JSON.stringify(r));
  const e = expected.map((r) => JSON.stringify(r));
  const inA = new Set(a);
  const inE = new Set(e);
  return { unexpected: a.filter((r) => !inE.has(r)), missing: e.filter((r) => !inA.has(r)) };
}
