import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertFacility } from '../support/fixtures.js';
import { captureQueries } from '../support/sql-capture.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const FULL = `target { indicator { code unit method } year value comparator baseYear } plan { key issuer { code } } unit { code name validTo }
  actual status method expected basis asOf report { unit { code } indicator { code } value }`;

describe('Điện Biên (11) in 2025, on the seeded data', () => {
  it('lists every 2025 target of its plan with a status: NO_DATA where nothing is known', async () => {
    const res = await t.gql(`{ targetProgress(provinceCode: "11", geography: LEGACY_63, year: 2025) { ${FULL} } }`);
    const unit = { code: '11', name: 'Điện Biên', validTo: '2025-07-01' };
    const plan = { key: 'DIEN-BIEN-KH-QD112-2021', issuer: { code: '11' } };
    const none = (indicator: string, value: number, comparator = 'AT_LEAST', baseYear: number | null = null, why = 'for 2025') => ({
      target: { indicator: { code: indicator, unit: 'PERCENT', method: 'REPORTED' }, year: 2025, value, comparator, baseYear }, plan, unit,
      actual: null, status: 'NO_DATA', method: 'REPORTED', expected: null, asOf: today, report: null,
      basis: `Reported by the province through reportIndicator: no report for Điện Biên (11) ${why} on or before ${today}.`,
    });
    expect(res).toEqual({ data: { targetProgress: [
      none('SW_STAFF_ASSIGNED_UNITS_SHARE', 60),
      none('SW_STAFF_TRAINED_SHARE', 30),
      {
        // The seeds hold 3 operating facilities in Điện Biên (social protection centre, SOS village, drug rehabilitation centre),
        // none with a known social-work provision: no share, not 0%.
        target: { indicator: { code: 'SW_SERVICES_FACILITIES_SHARE', unit: 'PERCENT', method: 'COMPUTED' }, year: 2025, value: 50, comparator: 'AT_LEAST', baseYear: null },
        plan, unit, actual: null, status: 'NO_DATA', method: 'COMPUTED', expected: null, asOf: today, report: null,
        basis: 'Computed from the registry on 2025-12-31 (the end of 2025, a past target year) in legacy Điện Biên (11) (facilities by their legacy province): PROXY for Decision 112/QĐ-TTg, which also counts health and education facilities the registry does not hold: social-work provision is unknown for all 3 operating facilities.',
      },
      none('SW_SUPPORTED_PEOPLE_INCREASE', 20, 'INCREASE_BY', 2020),
      none('CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 85),
    ] } });
  });
});

describe('networkProgress on the seeded data', () => {
  it('gives the national totals at the end of a past year and the progress of the national plans in force', async () => {
    const res = await t.gql(`{ networkProgress(year: 2025) { year asOf facilities places residents
      targets { target { indicator { code } year value region facilityKind } plan { code } unit { code } actual status method expected } } }`);
    expect(res.errors).toBeUndefined();
    const n = res.data.networkProgress;
    // 17 seeded facilities, one of them PLANNED (Đồng Tháp): 16 operating. No seeded report gives places; residents are
    // Điện Biên's 80 + 185 + 300 = 565.
    expect({ ...n, targets: undefined }).toEqual({ year: 2025, asOf: '2025-12-31', facilities: 16, places: 0, residents: 565, targets: undefined });
    expect(n.targets.map((r: any) => [r.plan.code, r.target.indicator.code, r.target.year, r.target.region ?? r.target.facilityKind, r.unit, r.actual, r.status, r.expected])).toEqual([
      ['112/QĐ-TTg', 'SW_STAFF_ASSIGNED_UNITS_SHARE', 2025, null, null, null, 'NO_DATA', null],
      // Only Đồng Nai's social work centre has a known provision (yes): 1 / 1 = 100%.
      ['112/QĐ-TTg', 'SW_SERVICES_FACILITIES_SHARE', 2025, null, null, 100, 'MET', null],
      ['112/QĐ-TTg', 'SW_SUPPORTED_PEOPLE_INCREASE', 2025, null, null, null, 'NO_DATA', null],
      ['112/QĐ-TTg', 'SW_STAFF_TRAINED_SHARE', 2025, null, null, null, 'NO_DATA', null],
      ['112/QĐ-TTg', 'CHILDREN_SPECIAL_GROUPS_ASSISTED_SHARE', 2025, null, null, null, 'NO_DATA', null],
      ['112/QĐ-TTg', 'SW_STAFF_ASSIGNED_UNITS_SHARE', 2030, null, null, null, 'NO_DATA', null],
      ['112/QĐ-TTg', 'SW_SERVICES_FACILITIES_SHARE', 2030, null, null, 100, 'MET', null],
      // No national figure of people in need; no resident count at the end of 2020 (the seeded reports are dated 2021-01-01).
      ['524/QĐ-TTg', 'FACILITY_CLIENTS_SERVED_SHARE', 2020, null, null, null, 'NO_DATA', null],
      ['524/QĐ-TTg', 'FACILITY_CLIENTS_SERVED_SHARE', 2025, null, null, null, 'NO_DATA', null],
      ['524/QĐ-TTg', 'FACILITIES_ACCESSIBLE_SHARE', 2025, null, null, null, 'NO_DATA', null],
      // 16 operating now and at the plan start (no seeded facility has dates): 16 + (725 − 16) × 1826 / 3652 = 370.5.
      ['966/QĐ-TTg', 'FACILITY_COUNT', 2030, null, null, 16, 'OFF_TRACK', 370.5],
      ['966/QĐ-TTg', 'FACILITY_COUNT', 2030, 'ELDERLY_CARE', null, 0, 'OFF_TRACK', 45],
      ['966/QĐ-TTg', 'FACILITY_COUNT', 2030, 'MENTAL_HEALTH_CARE', null, 0, 'OFF_TRACK', 47],
      ['966/QĐ-TTg', 'FACILITY_COUNT', 2030, 'DRUG_REHABILITATION', null, 1, 'OFF_TRACK', 65.5],
      // Child care counts SOS villages: Điện Biên's centre and 12 SOS villages; 13 + (130 − 13) / 2 = 71.5.
      ['966/QĐ-TTg', 'FACILITY_COUNT', 2030, 'CHILD_CARE', null, 13, 'OFF_TRACK', 71.5],
      ['966/QĐ-TTg', 'FACILITY_COUNT', 2030, 'DISABILITY_CARE', null, 0, 'OFF_TRACK', 58.5],
      // Comprehensive counts social work centres: Huế's centre and Đồng Nai's social work centre.
      ['966/QĐ-TTg', 'FACILITY_COUNT', 2030, 'COMPREHENSIVE', null, 2, 'OFF_TRACK', 83],
      // Regions through legacy provinces: Điện Biên's 3 in the Northern Midlands; Hà Nội (01), Thái Bình (34, the SOS village of
      // today's Hưng Yên) and Hải Phòng (31) in the Red River Delta.
      ['966/QĐ-TTg', 'FACILITY_COUNT', 2030, 'NORTHERN_MIDLANDS_AND_MOUNTAINS', null, 3, 'OFF_TRACK', 66],
      ['966/QĐ-TTg', 'FACILITY_COUNT', 2030, 'RED_RIVER_DELTA', null, 3, 'OFF_TRACK', 77],
      // No seeded facility reports places: unknown, not 0.
      ['966/QĐ-TTg', 'RESIDENTIAL_PLACES', 2030, null, null, null, 'NO_DATA', null],
      ['966/QĐ-TTg', 'NON_PUBLIC_RESIDENTIAL_PLACES', 2030, null, null, null, 'NO_DATA', null],
      ['966/QĐ-TTg', 'UNACCOMPANIED_DIFFICULT_SUPPORTED_SHARE', 2030, null, null, null, 'NO_DATA', null],
    ]);
  });

  it('refuses a year out of range', async () => {
    const res = await t.gql('{ networkProgress(year: -5) { asOf } }');
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'year', message: 'must be from 1990 to 2100' }] });
  });

  it('lists only the plans in force in the year asked for', async () => {
    const res = await t.gql('{ networkProgress(year: 2020) { asOf targets { plan { code } target { year } } } }');
    expect(res.data.networkProgress.asOf).toBe('2020-12-31');
    expect(res.data.networkProgress.targets.map((r: any) => [r.plan.code, r.target.year])).toEqual([['524/QĐ-TTg', 2020], ['524/QĐ-TTg', 2025], ['524/QĐ-TTg', 2025]]);
  });
});

describe('private locations', () => {
  it('count in province and national figures, never named', async () => {
    await insertFacility(t.pool, { kind: 'SHELTER', name: 'Ngôi nhà bí mật', provides_social_work: true });
    const res = await t.gql(`{ networkProgress(year: 2025) { facilities } targetProgress(provinceCode: "11", geography: LEGACY_63, year: 2025) { basis } }`);
    // 16 + the shelter; in Điện Biên the shelter is the only facility with a known provision (yes): 1 / 1 = 100%.
    expect(res.data.networkProgress.facilities).toBe(17);
    expect(res.data.targetProgress[2].basis).toContain('1 of the 1 operating facility whose provision is known provides social-work services; provision unknown for 3, left out');
    expect(JSON.stringify(res)).not.toContain('bí mật');
  });
});

describe('statements per request', () => {
  const count = async (query: string) => {
    const { result, queries } = await captureQueries(() => t.gql(query));
    expect(result.errors).toBeUndefined();
    return queries.length;
  };

  it('stay the same whatever the number of targets and facilities; the registry aggregate is reused until the registry changes', async () => {
    const all = `{ targetProgress(asOf: "2025-12-31") { ${FULL} } }`;
    const one = `{ targetProgress(provinceCode: "11", geography: LEGACY_63, year: 2025) { ${FULL} } }`;
    const network = `{ networkProgress(year: 2030) { facilities targets { ${FULL} } } }`;
    const counts = async () => [await count(all), await count(one), await count(network)];
    // Read: provinces, plans, targets, indicators, the registry version, reports (when provincial targets), need figures (when a
    // target uses them). Registry aggregate when the version changed: BEGIN, SET LOCAL work_mem, version, cells, COMMIT.
    await insertFacility(t.pool, {});
    expect(await counts()).toEqual([7 + 5, 6 + 5, 5 + 5]);
    expect(await counts()).toEqual([7, 6, 5]);
    for (let i = 0; i < 40; i++) await insertFacility(t.pool, { kind: i % 2 ? 'ELDERLY_CARE' : 'CHILD_CARE', provides_social_work: i % 3 === 0 });
    expect(await counts()).toEqual([7 + 5, 6 + 5, 5 + 5]);
  });
});
