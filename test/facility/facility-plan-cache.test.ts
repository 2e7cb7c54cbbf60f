import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { limitLiteral } from '../../server/src/db/sql.js';
import { listFacilities } from '../../server/src/modules/facility/facility.list.js';
import { nearestFacilities } from '../../server/src/modules/facility/facility.near.js';
import { FULL_READ, type FacilityReadPlan } from '../../server/src/modules/facility/facility.read-plan.js';
import { createTestDatabase } from '../support/app.js';

/**
 * The hot read statements are prepared once per connection and then run on PostgreSQL's generic
 * plan, instead of being planned again at every execution (which cost about 0.6 ms of the 1.4 ms
 * PostgreSQL spent on a page of 50 with its relations). pg_prepared_statements counts both kinds.
 */
let pool: pg.Pool;
const viewer = { canEdit: false };
/** What the benchmark's page reads: name, kind, services, operator and province names, places and residents. */
const PAGE_PLAN: FacilityReadPlan = {
  columns: new Set(['id', 'is_private', 'name', 'kind', 'services', 'operator_id', 'province_id']),
  relations: new Set(['operator', 'province', 'capacity']),
  unitKeys: new Set(['id', 'name']),
  capacityKeys: new Set(['reportedOn', 'places', 'residents']),
};

/** Prepared statements of the (single) connection with how each execution was planned. */
async function statements(): Promise<{ statement: string; generic_plans: number; custom_plans: number }[]> {
  const res = await pool.query(`SELECT statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE name LIKE 'hub_%'`);
  return res.rows;
}

beforeAll(async () => {
  const url = await createTestDatabase();
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  // This database only serves plan checks: the registry's bookkeeping triggers are not needed.
  await setup.query(`SET session_replication_role = replica`);
  // Provinces as large as in the national data (100,000 facilities give about 2,800 each, 600 are
  // enough here): with the LIMIT as a parameter the planner expects 10% of a province and finds
  // planning every execution cheaper than its generic plan.
  await setup.query(`INSERT INTO facility (code, name, kind, ownership, status, province_id, lat, lng, location_precision, source_citation, source_confidence)
    SELECT 'PLAN-' || i, 'Trung tâm bảo trợ xã hội số ' || i, 'COMPREHENSIVE', 'PUBLIC', 'OPERATING', p.ids[1 + i % cardinality(p.ids)],
           21.3 + (i % 100) / 1000.0, 103.0, 'APPROXIMATE', 'Test: plan cache', 'SYNTHETIC'
      FROM generate_series(1, 21000) i,
           (SELECT array_agg(id) AS ids FROM admin_unit WHERE level = 'PROVINCE' AND valid_to IS NULL) p`);
  await setup.query(`INSERT INTO capacity_report (facility_id, reported_on, places, residents, source_citation, source_confidence)
    SELECT id, DATE '2024-01-01' + (id % 300), 40 + id % 60, 20 + id % 30, 'Test: plan cache', 'SYNTHETIC' FROM facility WHERE code LIKE 'PLAN-%'`);
  await setup.query('ANALYZE facility; ANALYZE capacity_report');
  await setup.end();
  pool = new pg.Pool({ connectionString: url, max: 1 });
}, 120_000);

afterAll(async () => {
  await pool.end();
});

describe('hot read statements use the generic plan', () => {
  it('a page of facilities with its relations is planned once, not at every execution', async () => {
    for (let i = 0; i < 10; i++) {
      const page = await listFacilities(pool, { filter: { provinceCode: '11' }, first: 50 }, viewer, PAGE_PLAN);
      expect(page.rows).toHaveLength(50);
    }
    const [page] = (await statements()).filter((s) => s.statement.includes('LEFT JOIN LATERAL'));
    expect(page).toBeDefined();
    expect(page.generic_plans).toBeGreaterThanOrEqual(4);
    expect(page.custom_plans).toBeLessThanOrEqual(6);
  });

  it('the LIMIT is in the statement text, one text per page size', async () => {
    await listFacilities(pool, { filter: { provinceCode: '11' }, first: 7 }, viewer, FULL_READ);
    await nearestFacilities(pool, { lat: 21.0, lng: 105.8, first: 3 }, viewer, FULL_READ);
    const texts = (await statements()).map((s) => s.statement);
    expect(texts.some((t) => /LIMIT 8\b/.test(t))).toBe(true);
    expect(texts.some((t) => /LIMIT 3\b/.test(t))).toBe(true);
  });

  it('refuses a LIMIT that is not a page size', () => {
    for (const bad of [-1, 1.5, Number.NaN, 10_001]) expect(() => limitLiteral(bad)).toThrow(RangeError);
    expect(limitLiteral(51)).toBe('51');
  });
});
