import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility, provinceId } from '../support/fixtures.js';

let t: TestApp;
let shelterId: number;
let flaggedId: number;
// Distinctive names and coordinates, searched for in every response as text.
const SHELTER = { code: 'PRIV-SHELTER', name: 'Ngôi nhà tạm lánh Bình Yên', lat: 21.123456, lng: 105.654321 };
const FLAGGED = { code: 'PRIV-FLAG', name: 'Cơ sở kín đáo Hoa Sen', lat: 21.234567, lng: 105.765432 };
const SECRETS = [SHELTER.code, SHELTER.name, String(SHELTER.lat), String(SHELTER.lng), FLAGGED.code, FLAGGED.name, String(FLAGGED.lat), String(FLAGGED.lng)];

beforeAll(async () => {
  t = await startTestApp();
  const haNoi = await provinceId(t.pool, '01', false);
  const base = { province_id: haNoi, legacy_province_id: await provinceId(t.pool, '01', true), target_groups: ['EMERGENCY_PROTECTION'], services: ['EMERGENCY_RECEPTION'] };
  shelterId = await insertFacility(t.pool, { ...base, ...SHELTER, kind: 'SHELTER' });
  flaggedId = await insertFacility(t.pool, { ...base, ...FLAGGED, kind: 'CHILD_CARE', location_private: true });
});
afterAll(async () => {
  await t.stop();
});

const PATHS = `query($shelterId: ID, $flaggedId: ID) {
  byId: facility(id: $shelterId) { name location { lat lng } }
  flaggedById: facility(id: $flaggedId) { name }
  byCode: facility(code: "PRIV-SHELTER") { name }
  flaggedByCode: facility(code: "PRIV-FLAG") { name }
  all: facilities(first: 100, filter: { status: [PLANNED, OPERATING, SUSPENDED, CLOSED] }) { totalCount edges { node { code name location { lat lng } } } }
  byKind: facilities(filter: { kinds: [SHELTER] }) { totalCount edges { node { name } } }
  byGroup: facilities(filter: { targetGroups: [EMERGENCY_PROTECTION], provinceCode: "01" }) { totalCount edges { node { name } } }
  searched: facilities(filter: { search: "nha tam lanh binh yen" }) { totalCount edges { node { name } } }
  searchedFlag: facilities(filter: { search: "Hoa Sen" }) { totalCount edges { node { name } } }
  near: facilitiesNear(lat: 21.123456, lng: 105.654321, first: 100) { distanceKm facility { code name location { lat lng } } }
  nearRadius: facilitiesNear(lat: 21.234567, lng: 105.765432, radiusKm: 1) { distanceKm facility { name } }
  units: adminUnit(code: "01") { name successors { name } predecessors { name } }
}`;

describe('private locations', () => {
  it('do not exist as records for callers without edit rights, in any path', async () => {
    const res = await t.gql(PATHS, { shelterId: String(shelterId), flaggedId: String(flaggedId) });
    expect(res.errors).toBeUndefined();
    const body = JSON.stringify(res);
    for (const secret of SECRETS) expect(body).not.toContain(secret);
    expect(res.data).toMatchObject({ byId: null, flaggedById: null, byCode: null, flaggedByCode: null, byKind: { totalCount: 0, edges: [] }, searched: { totalCount: 0 }, searchedFlag: { totalCount: 0 }, nearRadius: [] });
    expect(res.data.near.every((n: any) => n.distanceKm > 0.5)).toBe(true);
  });

  it('are visible to callers with edit rights', async () => {
    const res = await t.gql(PATHS, { shelterId: String(shelterId), flaggedId: String(flaggedId) }, { key: ADMIN_KEY });
    expect(res.data.byId).toEqual({ name: SHELTER.name, location: { lat: SHELTER.lat, lng: SHELTER.lng } });
    expect(res.data.flaggedByCode).toEqual({ name: FLAGGED.name });
    expect(res.data.byKind.totalCount).toBe(1);
    expect(res.data.near[0].facility.code).toBe(SHELTER.code);
  });

  it('stay hidden after an editor creates one: a new shelter is private whatever its flag says', async () => {
    const created = await t.gql(`mutation { createFacility(input: { name: "Nhà tạm lánh Ánh Dương", kind: SHELTER, ownership: NON_PUBLIC, provinceCode: "01",
      locationPrivate: false, location: { lat: 21.0, lng: 105.8, precision: EXACT }, source: { citation: "test", confidence: OFFICIAL_LIST } }) { id code } }`, {}, { key: ADMIN_KEY });
    const { id, code } = created.data.createFacility;
    const anon = await t.gql(`query($id: ID, $code: String) { a: facility(id: $id) { name } b: facility(code: $code) { name }
      c: facilities(filter: { search: "nha tam lanh anh duong" }) { edges { node { name } } } d: facilitiesNear(lat: 21.0, lng: 105.8, first: 3) { facility { name } } }`, { id, code });
    expect(anon.data).toMatchObject({ a: null, b: null });
    expect(JSON.stringify(anon)).not.toContain('Ánh Dương');
  });
});
