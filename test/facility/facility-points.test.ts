import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility } from '../support/fixtures.js';

let t: TestApp;
const SECRET = { code: 'PRIV-POINTS', name: 'Nhà tạm lánh Điểm Kín', lat: 21.456789, lng: 105.654321 };
const POINTS = '{ count kinds codes lat lng kind approximate }';

/** The packed points unpacked as the map does (web/src/api/points.ts), one object per point. */
function unpack(p: { count: number; kinds: string[]; codes: string; lat: string; lng: string; kind: string; approximate: string }) {
  const deltas = (s: string) => {
    let v = 0;
    return s ? s.split(',').map((d) => (v += Number(d)) / 1e5) : [];
  };
  const [codes, lat, lng] = [p.count ? p.codes.split(',') : [], deltas(p.lat), deltas(p.lng)];
  return codes.map((code, i) => ({ code, lat: lat[i], lng: lng[i], kind: p.kinds[parseInt(p.kind[i], 36)], precision: p.approximate[i] === '1' ? 'APPROXIMATE' : 'EXACT' }));
}

beforeAll(async () => {
  t = await startTestApp();
  await insertFacility(t.pool, { code: SECRET.code, name: SECRET.name, kind: 'SHELTER', lat: SECRET.lat, lng: SECRET.lng });
  await insertFacility(t.pool, { code: 'FX-POINTS-CLOSED', name: 'Cơ sở đã đóng', status: 'CLOSED', lat: 21.1, lng: 105.1 });
  await insertFacility(t.pool, { code: 'FX-POINTS-EXACT', name: 'Cơ sở chính xác', lat: 21.123456789, lng: 105.987654321 });
});
afterAll(async () => {
  await t.stop();
});

describe('facilityPoints', () => {
  it('gives every listed facility once, at its position rounded to 5 decimals, with its kind and precision', async () => {
    const res = await t.gql(`{ facilityPoints ${POINTS} all: facilities(first: 100) { totalCount edges { node { code kind location { lat lng precision } } } } }`);
    expect(res.errors).toBeUndefined();
    const points = unpack(res.data.facilityPoints);
    const listed = res.data.all.edges.map((e: any) => ({ code: e.node.code, lat: Number(e.node.location.lat.toFixed(5)), lng: Number(e.node.location.lng.toFixed(5)), kind: e.node.kind, precision: e.node.location.precision }));
    expect(res.data.all.totalCount).toBeLessThanOrEqual(100);
    expect(points.length).toBe(res.data.all.totalCount);
    const round = (p: typeof points[number]) => ({ ...p, lat: Number(p.lat.toFixed(5)), lng: Number(p.lng.toFixed(5)) });
    expect(points.map(round).sort((a, b) => a.code.localeCompare(b.code))).toEqual(listed.sort((a: any, b: any) => a.code.localeCompare(b.code)));
    expect(points.find((p) => p.code === 'FX-POINTS-EXACT')).toEqual({ code: 'FX-POINTS-EXACT', lat: 21.12346, lng: 105.98765, kind: 'ELDERLY_CARE', precision: 'EXACT' });
    // Ordered by latitude: every latitude difference after the first is ≥ 0.
    expect(res.data.facilityPoints.lat.split(',').slice(1).every((d: string) => Number(d) >= 0)).toBe(true);
    expect(points.some((p) => p.code === 'FX-POINTS-CLOSED')).toBe(false);
  });

  it('applies the filter as facilities does (kinds, status)', async () => {
    const res = await t.gql(`{ sos: facilityPoints(filter: { kinds: [SOS_CHILDRENS_VILLAGE] }) ${POINTS} n: facilities(filter: { kinds: [SOS_CHILDRENS_VILLAGE] }) { totalCount }
      closed: facilityPoints(filter: { status: [CLOSED] }) { count codes } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.sos.count).toBe(res.data.n.totalCount);
    expect(res.data.sos.kinds).toEqual(['SOS_CHILDRENS_VILLAGE']);
    expect(new Set(res.data.sos.kind)).toEqual(new Set(['0']));
    expect(res.data.closed).toEqual({ count: 1, codes: 'FX-POINTS-CLOSED' });
  });

  it('leaves private locations out for callers without edit rights, in every part of the answer', async () => {
    const anonymous = JSON.stringify((await t.gql(`{ facilityPoints(filter: { kinds: [SHELTER] }) ${POINTS} }`)).data);
    expect(anonymous).toBe(JSON.stringify({ facilityPoints: { count: 0, kinds: [], codes: '', lat: '', lng: '', kind: '', approximate: '' } }));
    const editor = await t.gql(`{ facilityPoints(filter: { kinds: [SHELTER] }) ${POINTS} }`, {}, { key: ADMIN_KEY });
    expect(unpack(editor.data.facilityPoints)).toEqual([{ code: SECRET.code, lat: 21.45679, lng: 105.65432, kind: 'SHELTER', precision: 'EXACT' }]);
  });

  it('filter.codes picks facilities by code (the map asks names of the markers it shows), at most 1000', async () => {
    const res = await t.gql(`{ facilities(filter: { codes: ["TGXH-11-002", "TGXH-01-001", "${SECRET.code}", "NO-SUCH"] }) { edges { node { code name } } } }`);
    expect(res.data.facilities.edges.map((e: any) => e.node.code).sort()).toEqual(['TGXH-01-001', 'TGXH-11-002']);
    const many = await t.gql('query($c: [String!]) { facilities(filter: { codes: $c }) { totalCount } }', { c: Array.from({ length: 1001 }, (_, i) => `C${i}`) });
    expect(many.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'filter.codes', message: 'at most 1000 codes' }] });
  });
});

describe('HTTP compression', () => {
  /** A raw POST /graphql with Accept-Encoding: gzip; the body as sent and its headers. */
  function post(body: string): Promise<{ headers: Record<string, unknown>; raw: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = request(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, raw: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('gzips large GraphQL answers for clients that accept it, and leaves small ones as they are', async () => {
    const big = await post(JSON.stringify({ query: `{ facilityPoints ${POINTS} facilities(first: 100) { edges { node { name address } } } }` }));
    expect(big.headers['content-encoding']).toBe('gzip');
    const data = JSON.parse(gunzipSync(big.raw).toString('utf8'));
    expect(data.data.facilityPoints.count).toBeGreaterThan(10);
    expect(big.raw.length).toBeLessThan(gunzipSync(big.raw).length / 2);
    const small = await post(JSON.stringify({ query: '{ facility(code: "TGXH-11-002") { name } }' }));
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.raw.toString('utf8'))).toEqual({ data: { facility: { name: 'Làng trẻ em SOS Điện Biên Phủ' } } });
  });
});
