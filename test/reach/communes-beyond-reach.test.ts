import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runImport, unitsImporter } from '../../server/src/modules/import/index.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility } from '../support/fixtures.js';
import { fixture } from '../support/imports.js';

let t: TestApp;
const QUERY = `query($km: Float!, $kinds: [FacilityKind!]) {
  communesBeyondReach(withinKm: $km, kinds: $kinds) { communesChecked communes { nearestKm unit { code centroid { lat lng } } } }
}`;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('communesBeyondReach', () => {
  it('says when no commune is imported (communesChecked 0), rather than "none beyond reach"', async () => {
    const res = await t.gql(QUERY, { km: 10 });
    expect(res).toEqual({ data: { communesBeyondReach: { communesChecked: 0, communes: [] } } });
  });

  it('lists the communes farther than N km from every operating facility of the kinds, as facilitiesNear measures them', async () => {
    const report = await runImport(t.pool, unitsImporter({ citation: 'Test fixture communes.csv', confidence: 'SYNTHETIC' }), fixture('communes.csv'), { file: 'communes.csv' });
    expect(report.status).toBe('applied');
    for (const km of [1, 5, 50]) {
      const res = await t.gql(QUERY, { km, kinds: ['SOS_CHILDRENS_VILLAGE'] });
      expect(res.errors).toBeUndefined();
      const { communesChecked, communes } = res.data.communesBeyondReach;
      expect(communesChecked).toBe(5);
      // The same question through the registry's nearest-facility search, commune by commune.
      const units = (await t.pool.query(`SELECT code, lat, lng FROM admin_unit WHERE level = 'COMMUNE' ORDER BY code`)).rows;
      const expected: { code: string; km: number }[] = [];
      for (const u of units) {
        const near = await t.gql('query($lat: Float!, $lng: Float!) { facilitiesNear(lat: $lat, lng: $lng, first: 1, filter: { kinds: [SOS_CHILDRENS_VILLAGE], status: [OPERATING] }) { distanceKm } }', { lat: u.lat, lng: u.lng });
        const d = near.data.facilitiesNear[0].distanceKm;
        if (d > km) expected.push({ code: u.code, km: d });
      }
      expected.sort((a, b) => b.km - a.km);
      expect(communes.map((c: any) => c.unit.code)).toEqual(expected.map((e) => e.code));
      communes.forEach((c: any, i: number) => expect(c.nearestKm).toBeCloseTo(expected[i].km, 2));
    }
    const near = await t.gql(QUERY, { km: 50, kinds: ['SOS_CHILDRENS_VILLAGE'] });
    expect(near.data.communesBeyondReach.communes).toEqual([]);
  });

  it('never counts a private-location facility, for any caller: its place cannot be inferred', async () => {
    // A shelter (private by kind) right on commune 99002's point, the only shelter there is.
    const point = (await t.pool.query(`SELECT lat, lng FROM admin_unit WHERE code = '99002'`)).rows[0];
    await insertFacility(t.pool, { code: 'PRIV-REACH', name: 'Nhà tạm lánh Tầm Với', kind: 'SHELTER', lat: point.lat, lng: point.lng });
    for (const key of [undefined, ADMIN_KEY]) {
      const res = await t.gql(QUERY, { km: 1, kinds: ['SHELTER'] }, { key });
      expect(res.data.communesBeyondReach.communesChecked).toBe(5);
      expect(res.data.communesBeyondReach.communes.map((c: any) => [c.unit.code, c.nearestKm])).toEqual(
        [['99001', null], ['99002', null], ['99003', null], ['99004', null], ['99005', null]]);
    }
  });

  it('refuses a reach of 0 or above 500 km', async () => {
    for (const km of [0, -3, 501]) {
      const res = await t.gql(QUERY, { km });
      expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'withinKm', message: 'must be more than 0 and at most 500' }] });
    }
  });
});
