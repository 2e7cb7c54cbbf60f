import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertFacility, provinceId } from '../support/fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  const ninhBinh = await provinceId(t.pool, '37', false);
  const namDinhLegacy = await provinceId(t.pool, '36', true);
  const ninhBinhLegacy = await provinceId(t.pool, '37', true);
  await insertFacility(t.pool, {
    code: 'FLT-A', name: 'Filter A elderly', kind: 'ELDERLY_CARE', ownership: 'PUBLIC', province_id: ninhBinh, legacy_province_id: namDinhLegacy,
    target_groups: ['ELDERLY'], services: ['RESIDENTIAL_CARE'], accessible: true,
    accessibility: JSON.stringify([{ item: 'ACCESS_ROUTE', status: 'MET' }]),
  });
  await insertFacility(t.pool, {
    code: 'FLT-B', name: 'Filter B disability', kind: 'DISABILITY_CARE', ownership: 'NON_PUBLIC', province_id: ninhBinh, legacy_province_id: ninhBinhLegacy,
    target_groups: ['PERSONS_WITH_DISABILITIES', 'CHILDREN'], services: ['REHABILITATION'], accessible: false,
    accessibility: JSON.stringify([{ item: 'ACCESS_ROUTE', status: 'NOT_MET' }]),
  });
  await insertFacility(t.pool, {
    code: 'FLT-C', name: 'Filter C closed', kind: 'CHILD_CARE', status: 'CLOSED', closed_on: '2024-05-01', province_id: ninhBinh, legacy_province_id: namDinhLegacy,
    target_groups: ['CHILDREN'],
  });
});
afterAll(async () => {
  await t.stop();
});

const query = `query($filter: FacilityFilter) { facilities(filter: $filter, first: 100) { totalCount edges { node { name } } } }`;

describe('facility filters', () => {
  it.each([
    ['a current province, CLOSED left out', { provinceCode: '37' }, ['Filter A elderly', 'Filter B disability']],
    ['a legacy province', { legacyProvinceCode: '36' }, ['Filter A elderly']],
    ['CLOSED when asked for', { provinceCode: '37', status: ['CLOSED'] }, ['Filter C closed']],
    ['any of several statuses', { provinceCode: '37', status: ['CLOSED', 'OPERATING'] }, ['Filter A elderly', 'Filter B disability', 'Filter C closed']],
    ['any of several kinds', { provinceCode: '37', kinds: ['ELDERLY_CARE', 'CHILD_CARE'] }, ['Filter A elderly']],
    ['ownership', { provinceCode: '37', ownership: 'NON_PUBLIC' }, ['Filter B disability']],
    ['any of the target groups', { provinceCode: '37', targetGroups: ['CHILDREN', 'HIV_AIDS'] }, ['Filter B disability']],
    ['any of the services', { provinceCode: '37', services: ['REHABILITATION', 'RESIDENTIAL_CARE'] }, ['Filter A elderly', 'Filter B disability']],
    ['accessible', { provinceCode: '37', accessible: true }, ['Filter A elderly']],
    ['not accessible (assessed)', { provinceCode: '37', accessible: false }, ['Filter B disability']],
    ['fields combined with AND', { provinceCode: '37', kinds: ['DISABILITY_CARE'], ownership: 'PUBLIC' }, []],
    ['an unknown province', { provinceCode: '99' }, []],
  ])('filters by %s', async (_label, filter, expected) => {
    const res = await t.gql(query, { filter });
    expect(res).toEqual({ data: { facilities: { totalCount: expected.length, edges: expected.map((name) => ({ node: { name } })) } } });
  });

  it('reads a legacy code in provinceCode as the current province (82 is Đồng Tháp today)', async () => {
    const res = await t.gql(`{ facilities(filter: { provinceCode: "82" }, first: 100) { edges { node { code legacyProvince { code name } } } } }`);
    const legacy = res.data.facilities.edges.map((e: any) => e.node.legacyProvince.code).sort();
    expect(legacy.every((c: string) => c === '82' || c === '87')).toBe(true);
    expect(legacy).toContain('87');
  });
});

describe('facility pages', () => {
  const page = `query($after: String, $orderBy: FacilityOrder) { facilities(first: 4, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { code } } } }`;

  async function walk(orderBy?: unknown): Promise<string[]> {
    const codes: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: any = await t.gql(page, { after, orderBy });
      expect(res.errors).toBeUndefined();
      const conn = res.data.facilities;
      codes.push(...conn.edges.map((e: any) => e.node.code));
      expect(conn.pageInfo).toEqual({
        hasNextPage: conn.pageInfo.hasNextPage, endCursor: conn.edges.at(-1)?.cursor ?? null,
        hasPreviousPage: after !== null, startCursor: conn.edges[0]?.cursor ?? null,
      });
      if (!conn.pageInfo.hasNextPage) return codes;
      after = conn.pageInfo.endCursor;
    }
    throw new Error('did not end');
  }

  it.each([
    ['name', undefined],
    ['name descending', { field: 'NAME', direction: 'DESC' }],
    ['last change', { field: 'UPDATED_AT', direction: 'ASC' }],
    ['places descending', { field: 'PLACES', direction: 'DESC' }],
  ])('walks every facility once, in order of %s, 4 at a time', async (_label, orderBy) => {
    const all = await t.gql(`query($o: FacilityOrder) { facilities(first: 100, orderBy: $o) { totalCount edges { node { code } } } }`, { o: orderBy });
    const expected = all.data.facilities.edges.map((e: any) => e.node.code);
    expect(expected).toHaveLength(all.data.facilities.totalCount);
    expect(await walk(orderBy)).toEqual(expected);
  });

  it('gives the page info of a first page, the next one, the last one and an empty one', async () => {
    const query = `query($first: Int!, $after: String, $filter: FacilityFilter) { facilities(first: $first, after: $after, filter: $filter) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { code } } } }`;
    const filter = { provinceCode: '37', status: ['OPERATING', 'CLOSED'] };
    const cursors = (res: any) => res.data.facilities.edges.map((e: any) => e.cursor);
    const all: any = await t.gql(query, { first: 100, filter });
    expect(all.data.facilities.edges.map((e: any) => e.node.code)).toEqual(['FLT-A', 'FLT-B', 'FLT-C']);
    const [a, b, c] = cursors(all);
    expect(all.data.facilities.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: a, endCursor: c });
    const first = await t.gql(query, { first: 1, filter });
    expect(first).toEqual({ data: { facilities: {
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: a, endCursor: a }, edges: [{ cursor: a, node: { code: 'FLT-A' } }] } } });
    const next = await t.gql(query, { first: 2, after: a, filter });
    expect(next).toEqual({ data: { facilities: {
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: b, endCursor: c },
      edges: [{ cursor: b, node: { code: 'FLT-B' } }, { cursor: c, node: { code: 'FLT-C' } }] } } });
    const after = await t.gql(query, { first: 2, after: c, filter });
    expect(after).toEqual({ data: { facilities: { pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null }, edges: [] } } });
    const none = await t.gql(query, { first: 0, filter });
    expect(none).toEqual({ data: { facilities: { pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] } } });
  });

  it('orders by places with unknown places last when descending', async () => {
    await t.pool.query(`UPDATE facility SET places = 300 WHERE code = 'FLT-A'`);
    await t.pool.query(`UPDATE facility SET places = 20 WHERE code = 'FLT-B'`);
    const res = await t.gql(`{ facilities(first: 3, filter: { provinceCode: "37" }, orderBy: { field: PLACES, direction: DESC }) { edges { node { code } } } }`);
    expect(res.data.facilities.edges.map((e: any) => e.node.code)).toEqual(['FLT-A', 'FLT-B']);
  });

  it('refuses a page larger than 100 and a forged cursor', async () => {
    const big = await t.gql(`{ facilities(first: 101) { totalCount } }`);
    const forged = await t.gql(`{ facilities(after: "not-a-cursor") { totalCount } }`);
    expect(big.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'first', message: 'must be from 0 to 100' }] });
    expect(forged.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'after', message: 'is not a cursor returned by this API' }] });
  });
});
