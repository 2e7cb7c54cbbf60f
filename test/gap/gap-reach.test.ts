import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runImport, unitsImporter } from '../../server/src/modules/import/index.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility, provinceId } from '../support/fixtures.js';
import { captureQueries } from '../support/sql-capture.js';

/**
 * Communes and facilities on the meridian 103° E, so that every distance is R·Δφ with the radius of
 * earthdistance's earth(), R = 6,378.168 km: 0.01° of latitude = 1.1132 km. Five communes of Điện Biên
 * (11) and one of Lai Châu (12); the codes 991xx/992xx are made up.
 *
 *   lat    21.30  21.40  21.45  21.50  21.70  21.90  21.99  22.20
 *   commune 99101  99102         99103  99104  99105         99201 (Lai Châu)
 *   facility  A (elderly)  B (children, in 99103)  S (private shelter, elderly, in 99104)
 *             E (elderly, closed, in 99105)  D (elderly, at 21.99, in 99105)
 */
let t: TestApp;
const COMMUNES = `code,name,province_code,lat,lng
99101,Xã Thử Một,11,21.30,103.0
99102,Xã Thử Hai,11,21.40,103.0
99103,Xã Thử Ba,11,21.50,103.0
99104,Xã Thử Bốn,11,21.70,103.0
99105,Xã Thử Năm,11,21.90,103.0
99201,Xã Thử Sáu,12,22.20,103.0
`;
const communeId = async (code: string) => (await t.pool.query(`SELECT id FROM admin_unit WHERE code = $1 AND level = 'COMMUNE'`, [code])).rows[0].id;

beforeAll(async () => {
  t = await startTestApp();
  await t.pool.query('DELETE FROM facility');
  const imported = await runImport(t.pool, unitsImporter({ citation: 'test communes on 103° E', confidence: 'SYNTHETIC' }), COMMUNES, { file: 'reach.csv' });
  expect(imported.status).toBe('applied');
  const place = async (commune: string, lat: number) => ({
    province_id: await provinceId(t.pool, '11', false), legacy_province_id: await provinceId(t.pool, '11', true), commune_id: await communeId(commune), lat, lng: 103.0,
  });
  const a = await insertFacility(t.pool, { ...(await place('99101', 21.30)), code: 'REACH-A', target_groups: ['ELDERLY'] });
  const b = await insertFacility(t.pool, { ...(await place('99103', 21.45)), code: 'REACH-B', kind: 'CHILD_CARE', target_groups: ['CHILDREN'] });
  await insertFacility(t.pool, { ...(await place('99104', 21.70)), code: 'REACH-S', kind: 'SHELTER', target_groups: ['ELDERLY', 'EMERGENCY_PROTECTION'] });
  await insertFacility(t.pool, { ...(await place('99105', 21.90)), code: 'REACH-E', status: 'CLOSED', target_groups: ['ELDERLY'] });
  await insertFacility(t.pool, { ...(await place('99105', 21.99)), code: 'REACH-D', target_groups: ['ELDERLY'] });
  for (const id of [a, b]) {
    await t.pool.query(`INSERT INTO capacity_report (facility_id, reported_on, places, residents, residents_by_group, staff_by_role, source_citation, source_confidence)
      VALUES ($1, '2025-01-01', 40, 40, '[{"group": "ELDERLY", "careLevel": "DEPENDENT", "count": 40}]', '[{"role": "CARER", "count": 5}]', 'fixture', 'SYNTHETIC')`, [id]);
  }
});
afterAll(async () => {
  await t.stop();
});

const PROVINCES = `query($group: TargetGroup, $km: Float) { gapAnalysis(targetGroup: $group, withinKm: $km) { rows { unit { code } facilities communesBeyondReach } } }`;
const COMMUNE_ROWS = `query($group: TargetGroup, $km: Float) { gapAnalysis(level: COMMUNE, targetGroup: $group, withinKm: $km) {
  rows { unit { code parent { code } } facilities communesBeyondReach nearestFacilityKm } } }`;

/** Province rows that have communes (11, 12), the others checked to be null. */
async function reachByProvince(vars: Record<string, unknown>, key?: string) {
  const res = await t.gql(PROVINCES, vars, { key });
  expect(res.errors).toBeUndefined();
  const rows = res.data.gapAnalysis.rows;
  expect(rows.filter((r: any) => !['11', '12'].includes(r.unit.code)).every((r: any) => r.communesBeyondReach === null)).toBe(true);
  return rows.filter((r: any) => ['11', '12'].includes(r.unit.code));
}
const commune = (code: string, province: string, facilities: number, beyond: number | null, nearest: number | null) =>
  ({ unit: { code, parent: { code: province } }, facilities, communesBeyondReach: beyond, nearestFacilityKm: nearest });

describe('reach: communes beyond withinKm of the nearest suitable operating facility', () => {
  it('counts, for any facility and a caller without edit rights, 2 communes beyond 10 km in Điện Biên and 1 in Lai Châu', async () => {
    // 99101: A at 0 km. 99102: B 0.05° = 5.566 km. 99103: B, its own, 5.566 km. 99104: the shelter S does not count:
    // B 0.25° = 27.830 km → beyond. 99105: E is closed, D (its own) 0.09° = 10.019 km → beyond. 99201: D 0.21° = 23.377 km → beyond.
    // The shelter still counts among Điện Biên's facilities: A, B, S, D = 4.
    expect(await reachByProvince({ km: 10 })).toEqual([
      { unit: { code: '11' }, facilities: 4, communesBeyondReach: 2 }, { unit: { code: '12' }, facilities: 0, communesBeyondReach: 1 },
    ]);
    const rows = await t.gql(COMMUNE_ROWS, { km: 10 });
    expect(rows).toEqual({ data: { gapAnalysis: { rows: [
      commune('99101', '11', 1, 0, 0), commune('99102', '11', 0, 0, 5.566), commune('99103', '11', 1, 0, 5.566),
      commune('99104', '11', 0, 1, 27.83), commune('99105', '11', 1, 1, 10.019), commune('99201', '12', 0, 1, 23.377),
    ] } } });
    // Without the distances, the counts come from the communes' own facilities and the search for the others: the same answer.
    const counted = await t.gql(`{ gapAnalysis(level: COMMUNE, withinKm: 10) { rows { unit { code } communesBeyondReach } } }`);
    expect(counted.data.gapAnalysis.rows.map((r: any) => r.communesBeyondReach)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('counts the private shelter in commune rows and reach for a caller with edit rights', async () => {
    // 99104 has S at 0 km: within reach, one facility.
    expect(await reachByProvince({ km: 10 }, ADMIN_KEY)).toEqual([
      { unit: { code: '11' }, facilities: 4, communesBeyondReach: 1 }, { unit: { code: '12' }, facilities: 0, communesBeyondReach: 1 },
    ]);
    const rows = await t.gql(COMMUNE_ROWS, { km: 10 }, { key: ADMIN_KEY });
    expect(rows.data.gapAnalysis.rows[3]).toEqual(commune('99104', '11', 1, 0, 0));
  });

  it('only counts facilities serving the target group', async () => {
    // Older people: A and D (S is private, B serves children). 99101: A 0 km. 99102: A 0.10° = 11.132 km. 99103: A 0.20° = 22.264 km.
    // 99104: D 0.29° = 32.283 km (A 0.40° = 44.528 km). 99105: D 10.019 km. 99201: D 23.377 km. Beyond 10 km: 4 in Điện Biên, 1 in Lai Châu.
    expect(await reachByProvince({ km: 10, group: 'ELDERLY' })).toEqual([
      { unit: { code: '11' }, facilities: 3, communesBeyondReach: 4 }, { unit: { code: '12' }, facilities: 0, communesBeyondReach: 1 },
    ]);
    const rows = await t.gql(COMMUNE_ROWS, { km: 10, group: 'ELDERLY' });
    expect(rows.data.gapAnalysis.rows.map((r: any) => r.nearestFacilityKm)).toEqual([0, 11.132, 22.264, 32.283, 10.019, 23.377]);
    // With a 30 km radius only 99104 (32.283 km) is beyond.
    expect(await reachByProvince({ km: 30, group: 'ELDERLY' })).toEqual([
      { unit: { code: '11' }, facilities: 3, communesBeyondReach: 1 }, { unit: { code: '12' }, facilities: 0, communesBeyondReach: 0 },
    ]);
    // No facility serves people with HIV/AIDS: every commune is beyond reach, with no distance.
    const none = await t.gql(COMMUNE_ROWS, { km: 10, group: 'HIV_AIDS' });
    expect(none.data.gapAnalysis.rows.map((r: any) => [r.communesBeyondReach, r.nearestFacilityKm])).toEqual(Array(6).fill([1, null]));
  });

  it('gives distances but no count without withinKm', async () => {
    const rows = await t.gql(COMMUNE_ROWS, {});
    expect(rows.data.gapAnalysis.rows.map((r: any) => [r.unit.code, r.communesBeyondReach, r.nearestFacilityKm])).toEqual([
      ['99101', null, 0], ['99102', null, 5.566], ['99103', null, 5.566], ['99104', null, 27.83], ['99105', null, 10.019], ['99201', null, 23.377],
    ]);
  });

  it('follows a commune whose point moves: its own facility is then at 0 km', async () => {
    await t.pool.query(`UPDATE admin_unit SET lat = 21.99 WHERE code = '99105' AND level = 'COMMUNE'`);
    try {
      expect(await reachByProvince({ km: 10 })).toEqual([
        { unit: { code: '11' }, facilities: 4, communesBeyondReach: 1 }, { unit: { code: '12' }, facilities: 0, communesBeyondReach: 1 },
      ]);
    } finally {
      await t.pool.query(`UPDATE admin_unit SET lat = 21.90 WHERE code = '99105' AND level = 'COMMUNE'`);
    }
  });
});

describe('statements per request', () => {
  it('sends one SQL statement for a gap analysis, whatever the level', async () => {
    for (const query of [PROVINCES, `query($km: Float) { gapAnalysis(geography: LEGACY_63, withinKm: $km) { rows { unit { code } } worstGaps { unit { code } } } }`,
      `query($km: Float) { gapAnalysis(level: COMMUNE, withinKm: $km) { rows { unit { code } nearestFacilityKm } } }`,
      `query($km: Float) { gapAnalysis(level: COMMUNE, withinKm: $km) { rows { ...reach } } } fragment reach on GapRow { communesBeyondReach }`]) {
      const { result, queries } = await captureQueries(() => t.gql(query, { km: 10 }));
      expect(result.errors).toBeUndefined();
      expect(queries).toHaveLength(1);
    }
  });

  it('reads Facility.staffingShortfall with the facilities (their latest report joined): one statement for 1 facility as for 3', async () => {
    const page = (first: number) => captureQueries(() => t.gql(`query($first: Int) { facilities(first: $first, orderBy: { field: NAME, direction: ASC }) {
      edges { node { code staffingShortfall { role count } } } } }`, { first }));
    const one = await page(1);
    const three = await page(3);
    expect([one.queries.length, three.queries.length]).toEqual([1, 1]);
    // A and B: 40 DEPENDENT residents with 5 carers: social worker 1, psychologist 1, carers 10 − 5, medical 1, nutrition 2 short; D has no report.
    const short = [{ role: 'SOCIAL_WORKER', count: 1 }, { role: 'PSYCHOLOGIST', count: 1 }, { role: 'CARER', count: 5 }, { role: 'MEDICAL', count: 1 }, { role: 'NUTRITION', count: 2 }];
    const byCode = Object.fromEntries(three.result.data.facilities.edges.map((e: any) => [e.node.code, e.node.staffingShortfall]));
    expect(byCode).toEqual({ 'REACH-A': short, 'REACH-B': short, 'REACH-D': null });
  });
});
