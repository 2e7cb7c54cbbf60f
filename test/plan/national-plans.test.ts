import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import { captureQueries } from '../support/sql-capture.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const TARGET = `indicator { code } year value comparator baseYear region targetGroup facilityKind countsKinds baseline { year value } source { confidence }`;

async function nationalPlans() {
  const res = await t.gql(`{ plans { key code scope issuer { code } issuedOn periodStart periodEnd source { confidence } targets { ${TARGET} } } }`);
  expect(res.errors).toBeUndefined();
  return res.data.plans.filter((p: any) => p.scope === 'NATIONAL');
}

const row = (x: any) => [x.indicator.code, x.year, x.value, x.comparator, x.baseYear, x.region, x.targetGroup, x.facilityKind, x.countsKinds, x.baseline];

describe('national plans', () => {
  it('lists every plan, the three national decisions first, without an issuer', async () => {
    const res = await t.gql('{ plans { key scope issuer { code } } }');
    expect(res).toEqual({
      data: {
        plans: [
          { key: 'VN-524-QD-TTG-2015', scope: 'NATIONAL', issuer: null },
          { key: 'VN-112-QD-TTG-2021', scope: 'NATIONAL', issuer: null },
          { key: 'VN-966-QD-TTG-2023', scope: 'NATIONAL', issuer: null },
          { key: 'DIEN-BIEN-KH-QD112-2021', scope: 'PROVINCIAL', issuer: { code: '11' } },
          { key: 'NAM-DINH-31-KH-UBND-2021', scope: 'PROVINCIAL', issuer: { code: '36' } },
          { key: 'THUA-THIEN-HUE-260-KH-UBND-2021', scope: 'PROVINCIAL', issuer: { code: '46' } },
          { key: 'DONG-NAI-8994-KH-UBND-2021', scope: 'PROVINCIAL', issuer: { code: '75' } },
          { key: 'DONG-THAP-KH-QD524-2018', scope: 'PROVINCIAL', issuer: { code: '87' } },
        ],
      },
    });
  });

  it('Decision 112: the 2025 goals and the two 2030 goals of the domain brief, as secondary-source figures', async () => {
    const plan = (await nationalPlans()).find((p: any) => p.key === 'VN-112-QD-TTG-2021');
    expect([plan.code, plan.issuedOn, plan.periodStart, plan.periodEnd]).toEqual(['112/QĐ-TTg', '2021-01-22', 2021, 2030]);
    expect(plan.targets.map(row)).toEqual([
      ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2025, 60, 'AT_LEAST', null, null, null, null, [], null],
      ['SW_SERVICES_FACILITIES_SHARE', 2025, 50, 'AT_LEAST', null, null, null, null, [], null],
      ['SW_SUPPORTED_PEOPLE_INCREASE', 2025, 20, 'INCREASE_BY', 2020, null, null, null, [], null],
      ['SW_STAFF_TRAINED_SHARE', 2025, 30, 'AT_LEAST', null, null, null, null, [], null],
      ['CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2025, 85, 'AT_LEAST', null, null, 'CHILDREN', null, [], null],
      ['SW_STAFF_ASSIGNED_UNITS_SHARE', 2030, 90, 'AT_LEAST', null, null, null, null, [], null],
      ['SW_SERVICES_FACILITIES_SHARE', 2030, 60, 'AT_LEAST', null, null, null, null, [], null],
    ]);
    expect(plan.targets.every((x: any) => x.source.confidence === 'SECONDARY_SOURCE')).toBe(true);
  });

  it('Decision 524: 50% served by 2020, 75% by 2025, every facility accessible by 2025 (as carried by document 004)', async () => {
    const plan = (await nationalPlans()).find((p: any) => p.key === 'VN-524-QD-TTG-2015');
    expect([plan.code, plan.issuedOn, plan.periodStart, plan.periodEnd]).toEqual(['524/QĐ-TTg', '2015-04-20', 2016, 2025]);
    expect(plan.targets.map(row)).toEqual([
      ['FACILITY_CLIENTS_SERVED_SHARE', 2020, 50, 'AT_LEAST', null, null, null, null, [], null],
      ['FACILITY_CLIENTS_SERVED_SHARE', 2025, 75, 'AT_LEAST', null, null, null, null, [], null],
      ['FACILITIES_ACCESSIBLE_SHARE', 2025, 100, 'AT_LEAST', null, null, null, null, [], null],
    ]);
    expect(plan.targets.every((x: any) => x.source.confidence === 'VERIFIED_DOCUMENT')).toBe(true);
  });

  it('Decision 966: 725 facilities, per-kind minimums with the kinds they count, regional minimums, places with their 2020 baseline', async () => {
    const plan = (await nationalPlans()).find((p: any) => p.key === 'VN-966-QD-TTG-2023');
    expect([plan.code, plan.issuedOn, plan.source.confidence]).toEqual(['966/QĐ-TTg', '2023-08-17', 'SECONDARY_SOURCE']);
    expect(plan.targets.map(row)).toEqual([
      ['FACILITY_COUNT', 2030, 725, 'AT_LEAST', null, null, null, null, [], null],
      ['FACILITY_COUNT', 2030, 90, 'AT_LEAST', null, null, null, 'ELDERLY_CARE', ['ELDERLY_CARE'], null],
      ['FACILITY_COUNT', 2030, 94, 'AT_LEAST', null, null, null, 'MENTAL_HEALTH_CARE', ['MENTAL_HEALTH_CARE'], null],
      ['FACILITY_COUNT', 2030, 130, 'AT_LEAST', null, null, null, 'DRUG_REHABILITATION', ['DRUG_REHABILITATION'], null],
      ['FACILITY_COUNT', 2030, 130, 'AT_LEAST', null, null, null, 'CHILD_CARE', ['CHILD_CARE', 'SOS_CHILDRENS_VILLAGE'], null],
      ['FACILITY_COUNT', 2030, 117, 'AT_LEAST', null, null, null, 'DISABILITY_CARE', ['DISABILITY_CARE'], null],
      ['FACILITY_COUNT', 2030, 164, 'AT_LEAST', null, null, null, 'COMPREHENSIVE', ['COMPREHENSIVE', 'SOCIAL_WORK_CENTRE'], null],
      ['FACILITY_COUNT', 2030, 129, 'AT_LEAST', null, 'NORTHERN_MIDLANDS_AND_MOUNTAINS', null, null, [], null],
      ['FACILITY_COUNT', 2030, 151, 'AT_LEAST', null, 'RED_RIVER_DELTA', null, null, [], null],
      ['RESIDENTIAL_PLACES', 2030, 65000, 'AT_LEAST', null, null, null, null, [], { year: 2020, value: 45000 }],
      ['NON_PUBLIC_RESIDENTIAL_PLACES', 2030, 42000, 'AT_LEAST', null, null, null, null, [], null],
      ['UNACCOMPANIED_DIFFICULT_SUPPORTED_SHARE', 2030, 90, 'AT_LEAST', null, null, null, null, [], null],
    ]);
  });
});

describe('indicators', () => {
  it('lists the 17 indicators with their unit and method', async () => {
    const res = await t.gql('{ indicators { code unit method } }');
    expect(res.data.indicators).toHaveLength(17);
    expect(res.data.indicators.slice(0, 3)).toEqual([
      { code: 'CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', unit: 'PERCENT', method: 'REPORTED' },
      { code: 'FACILITIES_ACCESSIBLE_SHARE', unit: 'PERCENT', method: 'COMPUTED' },
      { code: 'FACILITY_CLIENTS_SERVED_SHARE', unit: 'PERCENT', method: 'COMPUTED' },
    ]);
    const byCode = Object.fromEntries(res.data.indicators.map((i: any) => [i.code, `${i.unit}/${i.method}`]));
    expect([byCode.RESIDENTIAL_PLACES, byCode.FACILITY_COUNT, byCode.SW_SERVICES_FACILITIES_SHARE]).toEqual(['PLACES/COMPUTED', 'COUNT/COMPUTED', 'PERCENT/COMPUTED']);
  });

  it('reads every plan with its targets, indicators and issuers in four SQL statements', async () => {
    const { result: res, queries } = await captureQueries(() => t.gql('{ plans { issuer { code } targets { indicator { code nameEn } } } }'));
    expect(res.errors).toBeUndefined();
    expect(res.data.plans.flatMap((p: any) => p.targets)).toHaveLength(76);
    expect(queries).toHaveLength(4);
  });
});
