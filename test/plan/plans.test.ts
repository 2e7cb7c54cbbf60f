import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const PLAN = `key code title scope issuedOn periodStart periodEnd issuer { code name validTo } source { confidence }
  targets { indicator { code } year value comparator baseYear targetGroup headline source { confidence } }`;

/** [indicator, year, value, comparator, baseYear] of the headline targets, in document order. */
function headline(plan: any): [string, number, number, string, number | null][] {
  return plan.targets.filter((x: any) => x.headline).map((x: any) => [x.indicator.code, x.year, x.value, x.comparator, x.baseYear]);
}

async function plansOf(provinceCode: string, asOf = '2024-01-01') {
  const res = await t.gql(`query($c: String, $d: Date) { plans(provinceCode: $c, asOf: $d) { ${PLAN} } }`, { c: provinceCode, d: asOf });
  expect(res.errors).toBeUndefined();
  return res.data.plans;
}

describe('the Nam Định plan 31/KH-UBND (source document 000)', () => {
  it('has the five indicators of its table with the 2021-2025 and 2026-2030 values of the document', async () => {
    const [plan] = await plansOf('36');
    expect({ ...plan, targets: undefined }).toEqual({
      key: 'NAM-DINH-31-KH-UBND-2021', code: '31/KH-UBND',
      title: 'Kế hoạch thực hiện Chương trình phát triển công tác xã hội tỉnh Nam Định giai đoạn 2021 - 2030',
      scope: 'PROVINCIAL', issuedOn: '2021-03-09', periodStart: 2021, periodEnd: 2030,
      issuer: { code: '36', name: 'Nam Định', validTo: '2025-07-01' }, source: { confidence: 'VERIFIED_DOCUMENT' }, targets: undefined,
    });
    expect(headline(plan)).toEqual([
      ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2025, 60, 'AT_LEAST', null], ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2030, 90, 'AT_LEAST', null],
      ['SW_STAFF_TRAINED_SHARE', 2025, 30, 'AT_LEAST', null], ['SW_STAFF_TRAINED_SHARE', 2030, 40, 'AT_LEAST', null],
      ['SW_SERVICES_FACILITIES_SHARE', 2025, 50, 'AT_LEAST', null], ['SW_SERVICES_FACILITIES_SHARE', 2030, 60, 'AT_LEAST', null],
      ['SW_SUPPORTED_PEOPLE_INCREASE', 2025, 20, 'INCREASE_BY', 2020], ['SW_SUPPORTED_PEOPLE_INCREASE', 2030, 30, 'INCREASE_BY', 2025],
      ['CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2025, 85, 'AT_LEAST', null], ['CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2030, 90, 'AT_LEAST', null],
    ]);
    expect(new Set(plan.targets.map((x: any) => x.source.confidence))).toEqual(new Set(['VERIFIED_DOCUMENT']));
  });

  it('keeps the quotas of its tasks section as non-headline targets', async () => {
    const [plan] = await plansOf('36');
    expect(plan.targets.filter((x: any) => !x.headline).map((x: any) => [x.indicator.code, x.year, x.value])).toEqual([
      ['NEW_NON_PUBLIC_SPECIALISED_FACILITIES', 2025, 1], ['NEW_NON_PUBLIC_SPECIALISED_FACILITIES', 2030, 2],
      ['SW_STAFF_DEGREE_TRAINING_COUNT', 2030, 20], ['SW_STAFF_SPECIALISED_TRAINING_COUNT', 2030, 10],
      ['HEALTH_SOCIAL_STAFF_SW_TRAINED_SHARE', 2030, 50], ['SW_STAFF_SKILLS_TRAINING_COUNT', 2030, 2000],
    ]);
  });

  it('is found under current Ninh Bình (37) today, and not under code 36, which no unit has today', async () => {
    const res = await t.gql(`{ ninhBinh: plans(provinceCode: "37") { key issuer { code name } } gone: plans(provinceCode: "36") { key } }`);
    expect(res).toEqual({ data: { ninhBinh: [{ key: 'NAM-DINH-31-KH-UBND-2021', issuer: { code: '36', name: 'Nam Định' } }], gone: [] } });
  });
});

describe('the other provincial plans', () => {
  it('Thừa Thiên Huế 260/KH-UBND (document 001): 60/90, 50/80 trained, 50/60, +20 vs 2020 / +30 vs 2025, 95/100 children', async () => {
    const [plan] = await plansOf('46');
    expect([plan.code, plan.issuedOn, plan.issuer.code]).toEqual(['260/KH-UBND', null, '46']);
    expect(headline(plan)).toEqual([
      ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2025, 60, 'AT_LEAST', null], ['SW_STAFF_TRAINED_SHARE', 2025, 50, 'AT_LEAST', null],
      ['SW_SERVICES_FACILITIES_SHARE', 2025, 50, 'AT_LEAST', null], ['SW_SUPPORTED_PEOPLE_INCREASE', 2025, 20, 'INCREASE_BY', 2020],
      ['CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2025, 95, 'AT_LEAST', null],
      ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2030, 90, 'AT_LEAST', null], ['SW_SERVICES_FACILITIES_SHARE', 2030, 60, 'AT_LEAST', null],
      ['SW_SUPPORTED_PEOPLE_INCREASE', 2030, 30, 'INCREASE_BY', 2025], ['SW_STAFF_TRAINED_SHARE', 2030, 80, 'AT_LEAST', null],
      ['CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2030, 100, 'AT_LEAST', null],
    ]);
    expect(plan.targets.filter((x: any) => !x.headline).map((x: any) => [x.indicator.code, x.value])).toEqual([
      ['SW_STAFF_SKILLS_TRAINING_COUNT', 5000], ['SW_STAFF_SPECIALISED_TRAINING_COUNT', 300],
    ]);
  });

  it('Đồng Nai 8994/KH-UBND (document 002): "trên 90%" of children is MORE_THAN 90', async () => {
    const [plan] = await plansOf('75');
    expect([plan.code, plan.issuedOn, plan.issuer.code]).toEqual(['8994/KH-UBND', '2021-07-29', '75']);
    expect(headline(plan)).toEqual([
      ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2025, 60, 'AT_LEAST', null], ['SW_STAFF_TRAINED_SHARE', 2025, 30, 'AT_LEAST', null],
      ['SW_SERVICES_FACILITIES_SHARE', 2025, 50, 'AT_LEAST', null], ['SW_SUPPORTED_PEOPLE_INCREASE', 2025, 20, 'INCREASE_BY', 2020],
      ['CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2025, 90, 'MORE_THAN', null],
      ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2030, 90, 'AT_LEAST', null], ['SW_STAFF_TRAINED_SHARE', 2030, 60, 'AT_LEAST', null],
      ['SW_SERVICES_FACILITIES_SHARE', 2030, 60, 'AT_LEAST', null], ['SW_SUPPORTED_PEOPLE_INCREASE', 2030, 30, 'INCREASE_BY', 2025],
      ['CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2030, 100, 'AT_LEAST', null],
    ]);
    expect(plan.targets.every((x: any) => x.headline)).toBe(true);
  });

  it('Điện Biên (document 003, no number or date): 60/90, 30/40, 50/60, +20/+30, 85/90, and its training quotas', async () => {
    const [plan] = await plansOf('11');
    expect([plan.key, plan.code, plan.issuedOn, plan.issuer.code]).toEqual(['DIEN-BIEN-KH-QD112-2021', null, null, '11']);
    expect(headline(plan)).toEqual([
      ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2025, 60, 'AT_LEAST', null], ['SW_STAFF_TRAINED_SHARE', 2025, 30, 'AT_LEAST', null],
      ['SW_SERVICES_FACILITIES_SHARE', 2025, 50, 'AT_LEAST', null], ['SW_SUPPORTED_PEOPLE_INCREASE', 2025, 20, 'INCREASE_BY', 2020],
      ['CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2025, 85, 'AT_LEAST', null],
      ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2030, 90, 'AT_LEAST', null], ['SW_SERVICES_FACILITIES_SHARE', 2030, 60, 'AT_LEAST', null],
      ['SW_SUPPORTED_PEOPLE_INCREASE', 2030, 30, 'INCREASE_BY', 2025], ['SW_STAFF_TRAINED_SHARE', 2030, 40, 'AT_LEAST', null],
      ['CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2030, 90, 'AT_LEAST', null],
    ]);
    expect(plan.targets.filter((x: any) => !x.headline).map((x: any) => [x.indicator.code, x.year, x.value])).toEqual([
      ['SW_STAFF_DEGREE_TRAINING_COUNT', 2030, 600], ['HEALTH_SOCIAL_STAFF_SW_TRAINED_COUNT', 2030, 200], ['SW_STAFF_SKILLS_TRAINING_COUNT', 2030, 2000],
    ]);
  });

  it('Đồng Tháp 2018-2025 (document 004): 50% served by 2020, 75% by 2025, every facility accessible by 2025; found under 82 today', async () => {
    const [plan] = await plansOf('87');
    expect([plan.periodStart, plan.periodEnd, plan.issuer]).toEqual([2018, 2025, { code: '87', name: 'Đồng Tháp', validTo: '2025-07-01' }]);
    expect(headline(plan)).toEqual([
      ['FACILITY_CLIENTS_SERVED_SHARE', 2020, 50, 'AT_LEAST', null], ['FACILITY_CLIENTS_SERVED_SHARE', 2025, 75, 'AT_LEAST', null],
      ['FACILITIES_ACCESSIBLE_SHARE', 2025, 100, 'AT_LEAST', null],
    ]);
    const res = await t.gql(`{ today: plans(provinceCode: "82") { key } tienGiang: plans(provinceCode: "82", asOf: "2024-06-01") { key } }`);
    expect(res).toEqual({ data: { today: [{ key: 'DONG-THAP-KH-QD524-2018' }], tienGiang: [] } });
  });
});
