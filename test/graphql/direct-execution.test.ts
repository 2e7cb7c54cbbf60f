import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { directExecutionStats } from '../../server/src/graphql/direct-execution.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility } from '../support/fixtures.js';

/**
 * Direct execution must answer exactly as graphql-js does. Two apps share one database, one with
 * direct execution, one without (HUB_DIRECT_EXECUTION=off); every query below gets byte-for-byte
 * the same HTTP answer from both, and the direct path is taken where it should be.
 */
let direct: TestApp;
let normal: TestApp;

const UNIT = 'id code level name nameEn fullName validFrom validTo';
const EVERY_FIELD = `id code name nameEn kind ownership status openedOn closedOn address location { lat lng precision } services targetGroups
  accessibility { meetsMinimum items { item status } assessedOn } providesSocialWorkServices licence { number issuedBy issuedOn }
  contact { phone email website } source { citation confidence } version createdAt updatedAt
  operator { id name kind } province { ${UNIT} } legacyProvince { ${UNIT} } commune { ${UNIT} }
  capacity { places residents communityClients reportedOn residentsByGroup { group careLevel count } }`;

async function both(query: string, variables: Record<string, unknown> = {}, key?: string) {
  const send = async (t: TestApp) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: await res.text() };
  };
  const before = directExecutionStats.answered;
  const fromDirect = await send(direct);
  const answeredDirectly = directExecutionStats.answered - before;
  const fromNormal = await send(normal);
  expect(fromDirect).toEqual(fromNormal);
  return { answeredDirectly, body: JSON.parse(fromNormal.body) };
}

beforeAll(async () => {
  direct = await startTestApp();
  normal = await startTestApp({ HUB_DIRECT_EXECUTION: 'off' }, { databaseUrl: direct.databaseUrl });
  const op = await direct.pool.query(`INSERT INTO organization (name, kind) VALUES ('Hội Bảo trợ người khuyết tật', 'NGO') RETURNING id`);
  for (let i = 0; i < 30; i++) {
    const id = await insertFacility(direct.pool, {
      code: `DX-${String(i).padStart(2, '0')}`,
      name: `Trung tâm bảo trợ xã hội số ${i}`,
      kind: i % 3 ? 'ELDERLY_CARE' : 'CHILD_CARE',
      operator_id: i % 2 ? op.rows[0].id : null,
      location_private: i === 7,
      status: i === 9 ? 'CLOSED' : 'OPERATING',
      closed_on: i === 9 ? '2024-05-01' : null,
      services: i % 4 ? ['COUNSELLING', 'RESIDENTIAL_CARE'] : [],
      target_groups: ['ELDERLY'],
      address: i % 5 ? null : 'Phường Mường Thanh',
      lat: 21.3 + i / 100,
      lng: 103.0 + i / 100,
      accessibility: i % 6 ? null : JSON.stringify([{ item: 'ACCESS_ROUTE', status: 'MET' }]),
      accessible: i % 6 ? null : false,
      phone: i % 7 ? null : '0215 3 000 000',
    });
    if (i % 3 !== 1) {
      await direct.pool.query(
        `INSERT INTO capacity_report (facility_id, reported_on, places, residents, residents_by_group, staff_by_role, source_citation, source_confidence)
         VALUES ($1, '2025-01-01', $2, $3, $4, '[{"role":"CARER","count":2}]', 'fixture', 'SYNTHETIC')`,
        [id, 20 + i, i % 4 ? 10 + i : null, JSON.stringify([{ group: 'ELDERLY', careLevel: null, count: 3 }])],
      );
    }
  }
});
afterAll(async () => {
  await normal.stop();
  await direct.stop();
});

describe('direct execution', () => {
  it('answers the benchmark page (province, first 50, relations) directly and identically', async () => {
    const r = await both(`{ facilities(filter: { provinceCode: "11" }, first: 50) { edges { node { name kind operator { name } province { name } capacity { places residents } services } } } }`);
    expect(r.answeredDirectly).toBe(1);
    expect(r.body.data.facilities.edges.length).toBeGreaterThan(20);
  });

  it('answers every directly readable field, aliases, __typename, variables, cursors and orderings identically, with and without the key', async () => {
    const query = `query($filter: FacilityFilter, $first: Int, $after: String, $order: FacilityOrder) {
      __typename
      page: facilities(filter: $filter, first: $first, after: $after, orderBy: $order) {
        __typename pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { __typename ${EVERY_FIELD} alias: name } } } }`;
    for (const key of [undefined, ADMIN_KEY]) {
      for (const order of [null, { field: 'PLACES', direction: 'DESC' }, { field: 'UPDATED_AT', direction: 'ASC' }]) {
        const first = await both(query, { filter: { kinds: ['ELDERLY_CARE', 'CHILD_CARE'], status: ['OPERATING', 'CLOSED'] }, first: 7, order }, key);
        expect(first.answeredDirectly).toBe(1);
        const next = await both(query, { filter: { kinds: ['ELDERLY_CARE', 'CHILD_CARE'] }, first: 7, after: first.body.data.page.pageInfo.endCursor, order }, key);
        expect(next.answeredDirectly).toBe(1);
      }
    }
  });

  it('answers facility, facilitiesNear and search identically', async () => {
    for (const key of [undefined, ADMIN_KEY]) {
      for (const code of ['DX-03', 'DX-07', 'NOPE']) {
        expect((await both(`query($code: String) { facility(code: $code) { ${EVERY_FIELD} } }`, { code }, key)).answeredDirectly).toBe(1);
      }
      const near = await both(`{ facilitiesNear(lat: 21.4, lng: 103.1, radiusKm: 30, first: 12, filter: { services: [RESIDENTIAL_CARE] }) { distanceKm facility { code name province { name } capacity { places } } } }`, {}, key);
      expect(near.answeredDirectly).toBe(1);
      const search = await both(`{ facilities(filter: { search: "trung tam bao tro" }, first: 10) { edges { node { name } } pageInfo { endCursor startCursor hasPreviousPage } } }`, {}, key);
      expect(search.answeredDirectly).toBe(1);
      expect(search.body.data.facilities.edges.length).toBe(10);
      const searchNext = await both(`query($after: String) { facilities(filter: { search: "trung tam bao tro" }, first: 5, after: $after) {
        edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, { after: search.body.data.facilities.pageInfo.endCursor }, key);
      expect(searchNext.answeredDirectly).toBe(1);
      expect(searchNext.body.data.facilities.pageInfo.hasPreviousPage).toBe(true);
    }
  });

  it('leaves to normal execution what it cannot answer directly, with the same answers', async () => {
    const fallbacks: [string, Record<string, unknown>?][] = [
      ['{ facilities(first: 3) { totalCount edges { node { name } } } }'],
      ['{ facilities(first: 3) { edges { node { name staff { total } staffingShortfall { role count } } } } }'],
      ['{ facilities(first: 3) { edges { node { ...F } } } } fragment F on Facility { name }'],
      ['query($x: Boolean!) { facilities(first: 3) { edges { node { name @include(if: $x) } } } }', { x: false }],
      ['{ facilities(first: 3) { edges { node { province { name parent { name } predecessors { code } } } } } }'],
      ['{ facilities(first: 3) { edges { node { name } } } adminUnits(level: PROVINCE) { code } }'],
      ['{ facilities(first: 500) { edges { node { name } } } }'],
      ['{ facility(id: "1", code: "DX-01") { name } }'],
      ['query($first: Int) { facilities(first: $first) { edges { node { name } } } }', { first: 'many' }],
      ['{ facilities(first: 2) { edges { node { name } } edges { cursor } } }'],
    ];
    for (const [query, variables] of fallbacks) {
      const r = await both(query, variables);
      expect({ query, direct: r.answeredDirectly }).toEqual({ query, direct: 0 });
    }
  });
});
