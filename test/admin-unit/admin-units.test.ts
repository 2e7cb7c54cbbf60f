import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('administrative units as of a date', () => {
  it('lists 63 provinces before the reform and 34 after', async () => {
    const res = await t.gql(`{ before: adminUnits(level: PROVINCE, asOf: "2024-12-31") { code }
      lastDay: adminUnits(level: PROVINCE, asOf: "2025-06-30") { code }
      reform: adminUnits(level: PROVINCE, asOf: "2025-07-01") { code }
      today: adminUnits(level: PROVINCE) { code } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.before).toHaveLength(63);
    expect(res.data.lastDay).toHaveLength(63);
    expect(res.data.reform).toHaveLength(34);
    expect(res.data.today).toHaveLength(34);
  });

  it('reads code 82 as Tiền Giang in 2024 and Đồng Tháp today', async () => {
    const res = await t.gql(`{ old: adminUnit(code: "82", asOf: "2024-06-01") { code name nameEn level validFrom validTo }
      now: adminUnit(code: "82") { code name nameEn level validFrom validTo } }`);
    expect(res).toEqual({
      data: {
        old: { code: '82', name: 'Tiền Giang', nameEn: 'Tien Giang', level: 'PROVINCE', validFrom: '2008-08-01', validTo: '2025-07-01' },
        now: { code: '82', name: 'Đồng Tháp', nameEn: 'Dong Thap', level: 'PROVINCE', validFrom: '2025-07-01', validTo: null },
      },
    });
  });

  it('links predecessors and successors both ways', async () => {
    const res = await t.gql(`{ dongThap: adminUnit(code: "82") { name predecessors { code name validTo } successors { code } }
      namDinh: adminUnit(code: "36", asOf: "2025-01-01") { name successors { code name validFrom } } }`);
    expect(res).toEqual({
      data: {
        dongThap: {
          name: 'Đồng Tháp',
          predecessors: [
            { code: '82', name: 'Tiền Giang', validTo: '2025-07-01' },
            { code: '87', name: 'Đồng Tháp', validTo: '2025-07-01' },
          ],
          successors: [],
        },
        namDinh: { name: 'Nam Định', successors: [{ code: '37', name: 'Ninh Bình', validFrom: '2025-07-01' }] },
      },
    });
  });

  it('gives a province its approximate centre and returns null for an unknown code', async () => {
    const res = await t.gql(`{ dienBien: adminUnit(code: "11") { fullName centroid { lat lng precision } parent { code } } nowhere: adminUnit(code: "99") { code } }`);
    expect(res).toEqual({
      data: {
        dienBien: { fullName: 'Tỉnh Điện Biên', centroid: { lat: 21.3856, lng: 103.0169, precision: 'APPROXIMATE' }, parent: null },
        nowhere: null,
      },
    });
  });
});
