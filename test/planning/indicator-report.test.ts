import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility, provinceId } from '../support/fixtures.js';
import { insertPlan } from './planning-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const place = { province_id: await provinceId(t.pool, '37', false), legacy_province_id: await provinceId(t.pool, '35', true) };
  // Two operating facilities of legacy Hà Nam, one providing social-work services: the registry's share is 1 / 2 = 50%.
  await insertFacility(t.pool, { ...place, provides_social_work: true });
  await insertFacility(t.pool, { ...place, provides_social_work: false });
  await insertPlan(t.pool, {
    legacyIssuer: '35', periodStart: 2021, periodEnd: 2030, targets: [
      { indicator: 'SW_STAFF_TRAINED_SHARE', year: 2025, value: 30 },
      { indicator: 'SW_SUPPORTED_PEOPLE_INCREASE', year: 2025, value: 20, comparator: 'INCREASE_BY', baseYear: 2020 },
      { indicator: 'SW_SERVICES_FACILITIES_SHARE', year: 2025, value: 50 },
    ],
  });
});
afterAll(async () => {
  await t.stop();
});

const REPORT = `mutation($input: ReportIndicatorInput!) { reportIndicator(input: $input) {
  unit { code validTo } indicator { code } year value reportedOn source { citation confidence } } }`;

const report = (input: Record<string, unknown>) => t.gql(REPORT, { input }, { key: ADMIN_KEY });
const reportCount = async () => (await t.pool.query('SELECT count(*)::int AS n FROM indicator_report')).rows[0].n;

async function progress(args: string) {
  const res = await t.gql(`{ targetProgress(${args}) { target { indicator { code } year } actual status method expected basis
    report { unit { code } indicator { code } year value reportedOn source { citation } } } }`);
  expect(res.errors).toBeUndefined();
  return res.data.targetProgress;
}

describe('reportIndicator', () => {
  it('needs the admin key', async () => {
    const res = await t.gql(REPORT, { input: { unitCode: '35', indicatorCode: 'SW_STAFF_TRAINED_SHARE', year: 2024, value: 10, reportedOn: '2025-01-01', citation: 'x' } });
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await reportCount()).toBe(0);
  });

  it('reports every bad field at once and writes nothing', async () => {
    const a = await report({ unitCode: '99', indicatorCode: 'NOPE', year: 2027, value: 10, reportedOn: '2026-01-01', citation: '  ' });
    expect(a.data).toBeNull();
    expect(a.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { path: 'input.unitCode', message: 'no current (34) province has code "99"' },
        { path: 'input.indicatorCode', message: 'no indicator has code "NOPE"' },
        { path: 'input.year', message: 'must be from 1990 to the year of reportedOn (2026)' },
        { path: 'input.citation', message: 'must not be blank' },
      ],
    });
    const b = await report({ unitCode: '35', indicatorCode: 'SW_STAFF_TRAINED_SHARE', year: 2024, value: 120, reportedOn: '2025-01-01', citation: 'x' });
    const c = await report({ unitCode: '35', indicatorCode: 'SW_STAFF_SKILLS_TRAINING_COUNT', year: 2024, value: 12.5, reportedOn: '2025-01-01', citation: 'x' });
    const d = await report({ unitCode: '35', indicatorCode: 'SW_SUPPORTED_PEOPLE_INCREASE', year: 2024, value: -120, reportedOn: '2199-01-01', citation: 'x' });
    expect([b, c, d].map((r) => r.errors![0].extensions!.fieldErrors)).toEqual([
      [{ path: 'input.value', message: 'is a percentage: from 0 to 100' }],
      [{ path: 'input.value', message: 'is a count: a whole number from 0 to 10,000,000' }],
      [{ path: 'input.reportedOn', message: 'must not be in the future' }, { path: 'input.value', message: 'is a growth in percent: -100 or more' }],
    ]);
    expect(await reportCount()).toBe(0);
  });

  it('files a dated value; a year up to 2025 is read in the legacy provinces, from 2026 in the current ones', async () => {
    const legacy = await report({ unitCode: '35', indicatorCode: 'SW_STAFF_TRAINED_SHARE', year: 2024, value: 22, reportedOn: '2025-02-01', citation: 'Báo cáo 1/BC-UBND' });
    expect(legacy).toEqual({ data: { reportIndicator: {
      unit: { code: '35', validTo: '2025-07-01' }, indicator: { code: 'SW_STAFF_TRAINED_SHARE' }, year: 2024, value: 22, reportedOn: '2025-02-01',
      source: { citation: 'Báo cáo 1/BC-UBND', confidence: 'SECONDARY_SOURCE' },
    } } });
    const current = await report({ unitCode: '37', indicatorCode: 'SW_STAFF_TRAINED_SHARE', year: 2026, value: 35, reportedOn: '2026-06-01', citation: 'Báo cáo 9/BC-UBND', confidence: 'OFFICIAL_LIST' });
    expect(current.data.reportIndicator).toMatchObject({ unit: { code: '37', validTo: null }, year: 2026, source: { confidence: 'OFFICIAL_LIST' } });
    const missing = await report({ unitCode: '35', indicatorCode: 'SW_STAFF_TRAINED_SHARE', year: 2026, value: 1, reportedOn: '2026-06-01', citation: 'x' });
    expect(missing.errors![0].extensions!.fieldErrors).toEqual([{ path: 'input.unitCode', message: 'no current (34) province has code "35"' }]);
  });
});

describe('a reported indicator in targetProgress', () => {
  beforeAll(async () => {
    // 2024: 22 (filed above). 2025: 28 filed on 2026-01-15, corrected to 32 on 2026-03-01.
    for (const [value, reportedOn] of [[28, '2026-01-15'], [32, '2026-03-01']] as const) {
      await report({ unitCode: '35', indicatorCode: 'SW_STAFF_TRAINED_SHARE', year: 2025, value, reportedOn, citation: `Báo cáo ${reportedOn}` });
    }
  });

  const trained = async (asOf: string) => (await progress(`provinceCode: "35", geography: LEGACY_63, asOf: "${asOf}"`))
    .find((r: any) => r.target.indicator.code === 'SW_STAFF_TRAINED_SHARE');

  it('uses, before the target year ends, the latest year reported on or before asOf, read on the line at that year\'s end', async () => {
    // On 2025-12-31 only the 2024 figure (22) was reported. No report before the plan: the line runs from 0 (2020-12-31)
    // to 30 (2025-12-31); at 2024-12-31, 1,461 of 1,826 days: 30 × 1461 / 1826 = 24.003 → 24; 0.9 × 24 = 21.6 ≤ 22 → AT_RISK.
    expect(await trained('2025-12-31')).toEqual({
      target: { indicator: { code: 'SW_STAFF_TRAINED_SHARE' }, year: 2025 }, actual: 22, status: 'AT_RISK', method: 'REPORTED', expected: 24,
      basis: 'Reported for Hà Nam (35): 22 for 2024, reported on 2025-02-01 (Báo cáo 1/BC-UBND). Straight-line expectation on 2024-12-31: 24 (from 0 on 2020-12-31: no report then to 30 at the end of 2025).',
      report: { unit: { code: '35' }, indicator: { code: 'SW_STAFF_TRAINED_SHARE' }, year: 2024, value: 22, reportedOn: '2025-02-01', source: { citation: 'Báo cáo 1/BC-UBND' } },
    });
  });

  it('uses, once the year is past, the latest report for that year on or before asOf: 28 (MISSED), then the correction 32 (MET)', async () => {
    expect(await trained('2026-02-01')).toMatchObject({ actual: 28, status: 'MISSED', expected: null, report: { year: 2025, value: 28, reportedOn: '2026-01-15' } });
    expect(await trained('2026-03-01')).toMatchObject({ actual: 32, status: 'MET', report: { value: 32, reportedOn: '2026-03-01' } });
    expect(await trained('2025-01-31')).toMatchObject({
      actual: null, status: 'NO_DATA', method: 'REPORTED', report: null,
      basis: 'Reported by the province through reportIndicator: no report for Hà Nam (35) for 2025 or an earlier year on or before 2025-01-31.',
    });
  });

  it('counts a growth report only for a year after the base year', async () => {
    await report({ unitCode: '35', indicatorCode: 'SW_SUPPORTED_PEOPLE_INCREASE', year: 2020, value: 50, reportedOn: '2021-01-10', citation: 'base year' });
    await report({ unitCode: '35', indicatorCode: 'SW_SUPPORTED_PEOPLE_INCREASE', year: 2023, value: 9, reportedOn: '2024-01-10', citation: 'Báo cáo 2023' });
    const rows = await progress('provinceCode: "35", geography: LEGACY_63, asOf: "2024-06-30"');
    // +9% in 2023 over 2020; the line from 0% (2020-12-31) to 20% (2025-12-31) at 2023-12-31: 1,095 of 1,826 days,
    // 20 × 1095 / 1826 = 11.99; 0.9 × 11.99 = 10.79 > 9 → OFF_TRACK. The 2020 report (the base year itself) is not a growth.
    expect(rows.find((r: any) => r.target.indicator.code === 'SW_SUPPORTED_PEOPLE_INCREASE')).toMatchObject({
      actual: 9, status: 'OFF_TRACK', expected: 11.99, method: 'REPORTED',
      basis: 'Reported for Hà Nam (35): 9 for 2023, reported on 2024-01-10 (Báo cáo 2023). Straight-line expectation on 2023-12-31: 11.99 (from 0 on 2020-12-31 to 20 at the end of 2025).',
    });
  });

  it('lets a report for the year read take precedence over a computed figure', async () => {
    const share = async (asOf: string) => (await progress(`provinceCode: "35", geography: LEGACY_63, year: 2025, asOf: "${asOf}"`))
      .find((r: any) => r.target.indicator.code === 'SW_SERVICES_FACILITIES_SHARE');
    await report({ unitCode: '35', indicatorCode: 'SW_SERVICES_FACILITIES_SHARE', year: 2025, value: 80, reportedOn: '2026-01-10', citation: 'Báo cáo CTXH 2025' });
    // Before the report: the registry's 1 / 2 = 50%.
    expect(await share('2025-12-31')).toMatchObject({ actual: 50, status: 'MET', method: 'COMPUTED', report: null });
    expect(await share('2026-02-01')).toMatchObject({
      actual: 80, status: 'MET', method: 'REPORTED',
      basis: 'Reported for Hà Nam (35): 80 for 2025, reported on 2026-01-10 (Báo cáo CTXH 2025); a report for the year read takes precedence over the registry.',
    });
  });

  it('reads a legacy province\'s share from the report of the province that absorbed it, never a count', async () => {
    await report({ unitCode: '37', indicatorCode: 'SW_STAFF_SKILLS_TRAINING_COUNT', year: 2026, value: 500, reportedOn: '2026-06-01', citation: 'Báo cáo 10/BC-UBND' });
    const rows = await progress('provinceCode: "36", geography: LEGACY_63, year: 2030, asOf: "2026-07-01"');
    // Nam Định (36) has no report; Ninh Bình (37) reported 35% for 2026 (filed above). The line from 0 (2020-12-31) to
    // 40 (2030-12-31) on 2026-07-01: 2,008 of 3,652 days, 40 × 2008 / 3652 = 21.99 ≤ 35 → ON_TRACK.
    expect(rows.find((r: any) => r.target.indicator.code === 'SW_STAFF_TRAINED_SHARE')).toMatchObject({
      actual: 35, status: 'ON_TRACK', expected: 21.99, method: 'REPORTED',
      basis: 'Reported for the whole of Ninh Bình (37), which legacy Nam Định (36) became part of (a share of the whole stands for the part): 35 for 2026, reported on 2026-06-01 (Báo cáo 9/BC-UBND). Straight-line expectation on 2026-07-01: 21.99 (from 0 on 2020-12-31: no report then to 40 at the end of 2030).',
    });
    expect(rows.find((r: any) => r.target.indicator.code === 'SW_STAFF_SKILLS_TRAINING_COUNT')).toMatchObject({ actual: null, status: 'NO_DATA', report: null });
  });
});
