import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runImport, unitsImporter } from '../../server/src/modules/import/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { fixture, withoutTiming } from '../support/imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const SOURCE = { citation: 'Test fixture communes.csv', confidence: 'SYNTHETIC' as const };
const importUnits = (text: string, dryRun = false) => runImport(t.pool, unitsImporter(SOURCE), text, { file: 'communes.csv', dryRun });
const communeCount = async () => (await t.pool.query(`SELECT count(*)::int AS n FROM admin_unit WHERE level = 'COMMUNE'`)).rows[0].n;
const report = (over: object) => ({
  kind: 'units', file: 'communes.csv', rows: 5, dryRun: false, status: 'applied', inserted: 0, updated: 0, unchanged: 0,
  problems: [], notes: ['ignored columns: full_name_en'], changes: [], ...over,
});

describe('import:units', () => {
  it('checks a file in a dry run and writes nothing', async () => {
    expect(withoutTiming(await importUnits(fixture('communes.csv'), true))).toEqual(report({ status: 'checked', dryRun: true }));
    expect(await communeCount()).toBe(0);
  });

  it('rejects a file with a bad line whole, naming every bad line and field', async () => {
    const lines = fixture('communes.csv').split('\n');
    lines[2] = lines[2].replace('21.4502', 'north');
    lines[4] = lines[4].replace(',01,', ',99,');
    lines[5] = lines[5].replace('21.0108,105.8009', '1.0108,105.8009');
    const res = await importUnits(lines.join('\n'));
    expect(withoutTiming(res)).toEqual(report({
      status: 'rejected',
      problems: [
        { line: 3, field: 'lat', message: '"north" is not a number' },
        { line: 5, field: 'province_code', message: 'no province has code 99 on 2025-07-01' },
        { line: 6, field: 'lat', message: '1.0108, 105.8009 does not lie in Vietnam (the Hoàng Sa and Trường Sa zones included)' },
      ],
    }));
    expect(await communeCount()).toBe(0);
  });

  it('imports communes under their current provinces, valid from 2025-07-01, with their point and area', async () => {
    expect(withoutTiming(await importUnits(fixture('communes.csv')))).toEqual(report({ inserted: 5 }));
    const res = await t.gql(`{ adminUnits(level: COMMUNE, parentCode: "11") { code name nameEn fullName level validFrom validTo parent { code name } centroid { lat lng precision } } }`);
    const commune = (code: string, name: string, fullName: string, lat: number, lng: number) => ({
      code, name, nameEn: name.normalize('NFD').replace(/\p{M}/gu, '').replace(/,/g, ''), fullName, level: 'COMMUNE', validFrom: '2025-07-01', validTo: null,
      parent: { code: '11', name: 'Điện Biên' }, centroid: { lat, lng, precision: 'APPROXIMATE' },
    });
    expect(res).toEqual({
      data: {
        adminUnits: [
          commune('99001', 'Thử Nghiệm Một', 'Phường Thử Nghiệm Một', 21.3901, 103.0201),
          commune('99002', 'Thử Nghiệm Hai', 'Xã Thử Nghiệm Hai', 21.4502, 103.1003),
          commune('99003', 'Thử Nghiệm, Ba', 'Xã Thử Nghiệm Ba', 21.2504, 102.9505),
        ],
      },
    });
    const stored = await t.pool.query(`SELECT unit_type, area_km2, region, source_confidence FROM admin_unit WHERE code = '99005'`);
    expect(stored.rows).toEqual([{ unit_type: 'special_zone', area_km2: 7.75, region: 'RED_RIVER_DELTA', source_confidence: 'SYNTHETIC' }]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = (await t.pool.query(`SELECT code, updated_at FROM admin_unit WHERE level = 'COMMUNE' ORDER BY code`)).rows;
    expect(withoutTiming(await importUnits(fixture('communes.csv')))).toEqual(report({ status: 'unchanged', unchanged: 5 }));
    expect((await t.pool.query(`SELECT code, updated_at FROM admin_unit WHERE level = 'COMMUNE' ORDER BY code`)).rows).toEqual(before);
    expect(await communeCount()).toBe(5);
  });

  it('updates a commune whose fields changed, keeps what the file does not give, and reads GSO-style Vietnamese headers', async () => {
    const gso = 'Mã xã;Tên xã;Cấp;Mã tỉnh\n99002;Thử Nghiệm Hai Mới;Xã;11\n';
    const res = await runImport(t.pool, unitsImporter(SOURCE), gso, { file: 'gso.csv' });
    expect([res.status, res.inserted, res.updated, res.notes]).toEqual(['applied', 0, 1, ['4 communes in the database are not in the file (kept as they are)']]);
    const row = await t.pool.query(`SELECT name, unit_type, lat, area_km2 FROM admin_unit WHERE code = '99002'`);
    expect(row.rows).toEqual([{ name: 'Thử Nghiệm Hai Mới', unit_type: 'commune', lat: 21.4502, area_km2: 85.25 }]);
  });
});
