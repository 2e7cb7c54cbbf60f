import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertFacility, provinceId } from '../support/fixtures.js';
import { captureQueries } from '../support/sql-capture.js';

let t: TestApp;
// Lai Châu's centre: no documented facility within 100 km.
const LAT = 22.3964;
const LNG = 103.4582;
// Great-circle distance along a meridian on earthdistance's sphere (R = 6378.168 km).
const km = (degrees: number) => (6378.168 * degrees * Math.PI) / 180;

beforeAll(async () => {
  t = await startTestApp();
  const laiChau = await provinceId(t.pool, '12', false);
  const near = (code: string, name: string, dLat: number, extra: Record<string, unknown> = {}) =>
    insertFacility(t.pool, { code, name, lat: LAT + dLat, lng: LNG, province_id: laiChau, legacy_province_id: null, ...extra });
  await near('NEAR-1', 'Near one', 0.01, { kind: 'CHILD_CARE' });
  await near('NEAR-2', 'Near two', -0.1);
  await near('NEAR-3', 'Near three', 0.5, { kind: 'CHILD_CARE' });
  await near('NEAR-CLOSED', 'Near closed', 0.005, { status: 'CLOSED' });
  // 5,000 rows spread over the country, so the planner has a real choice to make.
  await t.pool.query(`INSERT INTO facility (code, name, kind, ownership, status, lat, lng, location_precision, source_citation, source_confidence)
    SELECT 'BULK-' || g, 'Trung tâm Bảo trợ xã hội số ' || g || ' huyện ' || (g % 97), 'ELDERLY_CARE', 'PUBLIC', 'OPERATING',
           9 + (g % 140) / 10.0, 104 + (g % 50) / 10.0, 'APPROXIMATE', 'test bulk', 'SYNTHETIC'
      FROM generate_series(1, 5000) g`);
  await t.pool.query('ANALYZE facility');
});
afterAll(async () => {
  await t.stop();
});

const NEAR = `query($lat: Float!, $lng: Float!, $r: Float, $first: Int, $filter: FacilityFilter) {
  facilitiesNear(lat: $lat, lng: $lng, radiusKm: $r, first: $first, filter: $filter) { distanceKm facility { code } } }`;

describe('facilitiesNear', () => {
  it('orders by distance and gives distances in km, leaving CLOSED ones out', async () => {
    const res = await t.gql(NEAR, { lat: LAT, lng: LNG, first: 3 });
    expect(res.errors).toBeUndefined();
    const rows = res.data.facilitiesNear;
    expect(rows.map((r: any) => r.facility.code)).toEqual(['NEAR-1', 'NEAR-2', 'NEAR-3']);
    expect(rows[0].distanceKm).toBeCloseTo(km(0.01), 2);
    expect(rows[1].distanceKm).toBeCloseTo(km(0.1), 2);
    expect(rows[2].distanceKm).toBeCloseTo(km(0.5), 2);
  });

  it('keeps to the radius and the filter', async () => {
    const radius = await t.gql(NEAR, { lat: LAT, lng: LNG, r: 20, first: 10 });
    expect(radius.data.facilitiesNear.map((r: any) => r.facility.code)).toEqual(['NEAR-1', 'NEAR-2']);
    const kinds = await t.gql(NEAR, { lat: LAT, lng: LNG, r: 100, filter: { kinds: ['CHILD_CARE'] } });
    expect(kinds.data.facilitiesNear.map((r: any) => r.facility.code)).toEqual(['NEAR-1', 'NEAR-3']);
    const closed = await t.gql(NEAR, { lat: LAT, lng: LNG, r: 5, filter: { status: ['CLOSED', 'OPERATING'] } });
    expect(closed.data.facilitiesNear.map((r: any) => r.facility.code)).toEqual(['NEAR-CLOSED', 'NEAR-1']);
  });

  it('refuses bad arguments with field errors', async () => {
    const res = await t.gql(NEAR, { lat: 95, lng: 200, r: -1, first: 0 });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [
      { path: 'lat', message: 'must be a latitude from -90 to 90' },
      { path: 'lng', message: 'must be a longitude from -180 to 180' },
      { path: 'radiusKm', message: 'must be more than 0 and at most 2000' },
      { path: 'first', message: 'must be from 1 to 100' },
    ] });
  });

  it('is served by the GiST index on ll_to_earth(lat, lng) (EXPLAIN of the statement the API sends, 5,000+ rows)', async () => {
    for (const r of [null, 30]) {
      const { queries } = await captureQueries(() => t.gql(NEAR, { lat: 16.0, lng: 106.0, r, first: 10 }));
      const main = queries.find((q) => q.text.includes('ll_to_earth(f.lat, f.lng) <->'))!;
      const plan = await t.pool.query(`EXPLAIN ${main.text}`, main.values);
      const text = plan.rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index Scan (using|on) facility_earth_idx/);
      expect(text).not.toMatch(/Seq Scan on facility/);
    }
  });
});

describe('search by name', () => {
  const SEARCH = `query($q: String) { facilities(first: 3, filter: { search: $q }) { edges { node { code name } } } }`;
  const firstName = async (q: string) => (await t.gql(SEARCH, { q })).data.facilities.edges[0]?.node.name;

  it.each([
    ['trung tam bao tro xa hoi tinh dien bien', 'Trung tâm Bảo trợ xã hội tỉnh Điện Biên'],
    ['Trung tâm Bảo trợ xã hội tỉnh Điện Biên', 'Trung tâm Bảo trợ xã hội tỉnh Điện Biên'],
    ['BTXH Dien Bien', 'Trung tâm Bảo trợ xã hội tỉnh Điện Biên'],
    ['TT BTXH tinh DIEN BIEN', 'Trung tâm Bảo trợ xã hội tỉnh Điện Biên'],
    ['sos dien bien', 'Làng trẻ em SOS Điện Biên Phủ'],
    ['làng trẻ em sos điện biên phủ', 'Làng trẻ em SOS Điện Biên Phủ'],
    ['lang tre em sos dien bein phu', 'Làng trẻ em SOS Điện Biên Phủ'],
    ['TT CTXH Dong Nai', 'Trung tâm Công tác xã hội tỉnh Đồng Nai'],
    ['đồng tháp', 'Trung tâm Bảo trợ xã hội tổng hợp tỉnh Đồng Tháp'],
    ['DONG THAP', 'Trung tâm Bảo trợ xã hội tổng hợp tỉnh Đồng Tháp'],
  ])('finds "%s" first as %s', async (q, expected) => {
    expect(await firstName(q)).toBe(expected);
  });

  it('finds every Điện Biên centre for "DIEN BIEN" and "Điện Biên" alike', async () => {
    const codes = async (q: string) => (await t.gql(`query($q: String) { facilities(first: 10, filter: { search: $q, provinceCode: "11" }) { edges { node { code } } } }`, { q }))
      .data.facilities.edges.map((e: any) => e.node.code).sort();
    expect(await codes('DIEN BIEN')).toEqual(['TGXH-11-001', 'TGXH-11-002', 'TGXH-11-003']);
    expect(await codes('Điện Biên')).toEqual(['TGXH-11-001', 'TGXH-11-002', 'TGXH-11-003']);
  });

  it('finds the centres for "trung tam bao tro", with the 5,000 bulk rows, through the trigram index', async () => {
    const { result, queries } = await captureQueries(() => t.gql(SEARCH, { q: 'trung tam bao tro' }));
    expect(result.data.facilities.edges).toHaveLength(3);
    for (const e of result.data.facilities.edges) expect(e.node.name).toMatch(/^Trung tâm Bảo trợ xã hội/);
    const main = queries.find((q) => q.text.includes('<<->'))!;
    const plan = await t.pool.query(`EXPLAIN ${main.text}`, main.values);
    expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/facility_search_idx/);
  });

  it('pages through search results without duplicates', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: any = await t.gql(`query($after: String) { facilities(first: 7, after: $after, filter: { search: "dien bien" }) {
        pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { code } } } }`, { after });
      seen.push(...res.data.facilities.edges.map((e: any) => e.node.code));
      const { edges, pageInfo } = res.data.facilities;
      expect([pageInfo.hasPreviousPage, pageInfo.startCursor]).toEqual([after !== null, edges[0]?.cursor ?? null]);
      if (!res.data.facilities.pageInfo.hasNextPage) break;
      after = res.data.facilities.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(['TGXH-11-001', 'TGXH-11-002', 'TGXH-11-003']));
  });
});
