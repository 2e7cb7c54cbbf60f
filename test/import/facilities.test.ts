import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { facilitiesImporter, runImport, unitsImporter } from '../../server/src/modules/import/index.js';
import { todayInVietnam } from '../../server/src/modules/common/scalars.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { fixture, withoutTiming } from '../support/imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await runImport(t.pool, unitsImporter({ citation: 'fixture', confidence: 'SYNTHETIC' }), fixture('communes.csv'), { file: 'communes.csv' });
});
afterAll(async () => {
  await t.stop();
});

const TODAY = todayInVietnam();
const importFacilities = (text: string, dryRun = false, file = 'facilities.csv') =>
  runImport(t.pool, facilitiesImporter({ file, today: TODAY, dryRun }), text, { file, dryRun });
const snapshot = async () => (await t.pool.query('SELECT code, version, updated_at, lat, status FROM facility ORDER BY code')).rows;

const FIELDS = `code name nameEn kind ownership status openedOn province { code } legacyProvince { code } commune { code } address
  location { lat lng precision } services targetGroups version source { citation confidence } capacity { residents }`;

describe('import:facilities', () => {
  it('reports every problem of a dry run and writes nothing', async () => {
    const before = await snapshot();
    const bad = [
      'ma,ten,loai_hinh,so_huu,ma_tinh,ma_xa,vi_do,kinh_do,dich_vu,ngay_thanh_lap',
      'NEW-1,Cơ sở Một,nha_tre,PUBLIC,11,,21.39,103.02,,',
      'NEW-2,Cơ sở Hai,ELDERLY_CARE,PUBLIC,11,99004,21.39,103.02,COUNSELLING;DANCING,',
      'NEW-3,,ELDERLY_CARE,PUBLIC,11,,48.85,2.35,,31/02/2024',
      'NEW-2,Cơ sở Bốn,ELDERLY_CARE,PUBLIC,99,,21.39,103.02,,',
    ].join('\n');
    const res = await importFacilities(bad, true);
    expect(withoutTiming(res)).toEqual({
      kind: 'facilities', file: 'facilities.csv', rows: 4, dryRun: true, status: 'rejected', inserted: 0, updated: 0, unchanged: 0, notes: [], changes: [],
      problems: [
        { line: 2, field: 'loai_hinh', message: '"nha_tre" is not one of ELDERLY_CARE, CHILD_CARE, DISABILITY_CARE, MENTAL_HEALTH_CARE, COMPREHENSIVE, SOCIAL_WORK_CENTRE, SOS_CHILDRENS_VILLAGE, DRUG_REHABILITATION, SHELTER, OTHER' },
        { line: 3, field: 'dich_vu', message: expect.stringMatching(/^"DANCING" is not one of EMERGENCY_RECEPTION, /) },
        { line: 3, field: 'ma_xa', message: 'commune 99004 is not in province 11' },
        { line: 4, field: 'ngay_thanh_lap', message: '"31/02/2024" is not a date (YYYY-MM-DD or DD/MM/YYYY)' },
        { line: 4, field: 'vi_do', message: '48.85, 2.35 does not lie in Vietnam (the Hoàng Sa and Trường Sa zones included)' },
        { line: 4, field: 'ten', message: 'is required for a new facility (NEW-3 does not exist yet)' },
        { line: 5, field: 'ma', message: 'NEW-2 is already on line 3' },
        { line: 5, field: 'ma_tinh', message: 'no current province has code 99' },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a file that is not CSV, naming the line of the misplaced quote, and writes nothing', async () => {
    const before = await snapshot();
    const res = await importFacilities('ma;ten;loai_hinh\r\nBAD-1;"Cơ sở\r\nMột";OTHER\r\nBAD-2;"Cơ sở" Hai;OTHER\r\n');
    expect(withoutTiming(res)).toEqual({
      kind: 'facilities', file: 'facilities.csv', rows: 0, dryRun: false, status: 'rejected', inserted: 0, updated: 0, unchanged: 0, notes: [], changes: [],
      problems: [{ line: 4, field: 'CSV', message: 'text follows the closing quote of a quoted cell (inside a quoted cell, write a quote twice: "ab""c")' }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('accepts positions in Hoàng Sa and Trường Sa', async () => {
    const islands = 'code,name,kind,ownership,province_code,lat,lng\nISL-1,Hoàng Sa,OTHER,PUBLIC,48,16.53,111.61\nISL-2,Trường Sa,OTHER,PUBLIC,56,8.65,111.92\n';
    const res = await importFacilities(islands, true);
    expect([res.status, res.inserted, res.problems]).toEqual(['checked', 2, []]);
    expect((await t.pool.query(`SELECT count(*)::int AS n FROM facility WHERE code LIKE 'ISL-%'`)).rows[0].n).toBe(0);
  });

  it('previews, then inserts new codes and patches a known one with only the fields the file gives', async () => {
    const preview = await importFacilities(fixture('facilities.csv'), true);
    expect([preview.status, preview.inserted, preview.updated, preview.changes]).toEqual(['checked', 3, 1, [
      'line 2, TEST-11-101: insert', 'line 3, TEST-01-101: insert', 'line 4, TEST-37-101: insert',
      'line 5, TGXH-11-001: update communeId, address, lat, lng, locationPrecision, sourceCitation, sourceConfidence',
    ]]);
    const res = await importFacilities(fixture('facilities.csv'));
    expect([res.status, res.inserted, res.updated, res.unchanged, res.problems]).toEqual(['applied', 3, 1, 0, []]);
    const q = await t.gql(`{ a: facility(code: "TEST-01-101") { ${FIELDS} } b: facility(code: "TEST-37-101") { province { code } legacyProvince { code } kind ownership openedOn }
      c: facility(code: "TGXH-11-001") { ${FIELDS} } d: facility(code: "TEST-11-101") { name kind ownership status services openedOn location { precision } } }`);
    expect(q.errors).toBeUndefined();
    expect(q.data.a).toEqual({
      code: 'TEST-01-101', name: 'Trung tâm Thử nghiệm Công tác xã hội', nameEn: null, kind: 'SOCIAL_WORK_CENTRE', ownership: 'PUBLIC', status: 'OPERATING',
      openedOn: null, province: { code: '01' }, legacyProvince: { code: '01' }, commune: { code: '99004' }, address: null,
      location: { lat: 21.031, lng: 105.8512, precision: 'APPROXIMATE' }, services: ['SOCIAL_WORK', 'COUNSELLING'], targetGroups: ['CHILDREN', 'ELDERLY'],
      version: 1, source: { citation: 'Imported from facilities.csv', confidence: 'OFFICIAL_LIST' }, capacity: null,
    });
    expect(q.data.b).toEqual({ province: { code: '37' }, legacyProvince: { code: '36' }, kind: 'CHILD_CARE', ownership: 'NON_PUBLIC', openedOn: '2020-01-10' });
    expect(q.data.d).toEqual({
      name: 'Cơ sở Thử nghiệm Người cao tuổi', kind: 'ELDERLY_CARE', ownership: 'NON_PUBLIC', status: 'OPERATING',
      services: ['RESIDENTIAL_CARE', 'PRIMARY_HEALTH_CARE'], openedOn: '2022-06-15', location: { precision: 'EXACT' },
    });
    expect(q.data.c).toEqual({
      code: 'TGXH-11-001', name: 'Trung tâm Bảo trợ xã hội tỉnh Điện Biên', nameEn: 'Dien Bien Provincial Social Protection Centre', kind: 'CHILD_CARE',
      ownership: 'PUBLIC', status: 'OPERATING', openedOn: null, province: { code: '11' }, legacyProvince: { code: '11' }, commune: { code: '99001' },
      address: 'Phường Thử Nghiệm Một, Điện Biên', location: { lat: 21.3868, lng: 103.0181, precision: 'EXACT' }, services: ['RESIDENTIAL_CARE'],
      targetGroups: ['CHILDREN'], version: 2, source: { citation: 'Imported from facilities.csv', confidence: 'OFFICIAL_LIST' }, capacity: { residents: 80 },
    });
    const edits = await t.pool.query(`SELECT f.code, e.action, e.version, e.changes, e.edited_by AS "editedBy" FROM facility_edit e
      JOIN facility f ON f.id = e.facility_id WHERE f.code IN ('TGXH-11-001', 'TEST-37-101') ORDER BY f.code`);
    expect(edits.rows).toEqual([
      { code: 'TEST-37-101', action: 'CREATE', version: 1, editedBy: 'import:facilities facilities.csv', changes: expect.objectContaining({ kind: 'CHILD_CARE', status: 'OPERATING' }) },
      {
        code: 'TGXH-11-001', action: 'UPDATE', version: 2, editedBy: 'import:facilities facilities.csv',
        changes: {
          communeId: { from: null, to: expect.any(Number) }, address: { from: null, to: 'Phường Thử Nghiệm Một, Điện Biên' },
          lat: { from: 21.3856, to: 21.3868 }, lng: { from: 103.0169, to: 103.0181 }, locationPrecision: { from: 'APPROXIMATE', to: 'EXACT' },
          sourceCitation: { from: expect.stringContaining('Điện Biên'), to: 'Imported from facilities.csv' },
          sourceConfidence: { from: 'VERIFIED_DOCUMENT', to: 'OFFICIAL_LIST' },
        },
      },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const res = await importFacilities(fixture('facilities.csv'));
    expect([res.status, res.inserted, res.updated, res.unchanged]).toEqual(['unchanged', 0, 0, 4]);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a whole file for one bad line, then closes a facility with its date and records the change', async () => {
    const before = await snapshot();
    const rejected = await importFacilities('ma,trang_thai,ngay_giai_the\nTEST-11-101,,31/12/2025\nTEST-01-101,giai_the,\n');
    expect([rejected.status, rejected.problems]).toEqual(['rejected', [
      { line: 2, field: 'ngay_giai_the', message: 'only a CLOSED facility has a closing date (status is OPERATING)' },
      { line: 3, field: 'ngay_giai_the', message: 'a CLOSED facility needs its closing date' },
    ]]);
    expect(await snapshot()).toEqual(before);
    const closed = await importFacilities('ma,trang_thai,ngay_giai_the\nTEST-01-101,giai_the,31/12/2025\n', false, 'closures.csv');
    expect([closed.status, closed.updated]).toEqual(['applied', 1]);
    const change = await t.pool.query(`SELECT status, effective_on::text AS "effectiveOn", reason FROM facility_status_change
      WHERE facility_id = (SELECT id FROM facility WHERE code = 'TEST-01-101') ORDER BY id`);
    expect(change.rows).toEqual([
      { status: 'OPERATING', effectiveOn: TODAY, reason: 'import of facilities.csv, line 3' },
      { status: 'CLOSED', effectiveOn: '2025-12-31', reason: 'import of closures.csv, line 2' },
    ]);
  });
});
