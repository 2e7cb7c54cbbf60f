import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { facilityStateAsOf } from '../../server/src/modules/planning/registry-as-of.js';
import { findRegistryCells } from '../../server/src/modules/planning/registry-cells.js';
import { RegistryFigures } from '../../server/src/modules/planning/registry-figures.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertFacility, provinceId } from '../support/fixtures.js';
import { insertCapacity, insertNeedTotal, insertPlan, insertStatusChange } from './planning-fixtures.js';

/**
 * The computed indicators on a hand-built legacy Hà Nam (35, now part of Ninh Bình 37), where the
 * seeds have no facility. Every expected figure is worked out below from these fixtures:
 *
 *   facility  kind / owner                 status history                  acc.  s.w.  capacity reports (places/residents/clients)
 *   A         ELDERLY_CARE public          operating (no history)          yes   yes   2024-01-01 50/40/10, 2025-06-01 70/55/–
 *   B         CHILD_CARE non-public        opened 2022-03-01               no    no    2023-01-01 30/20/5
 *   C         DISABILITY_CARE non-public   opened 2024-09-01               –     –     none
 *   D         SOCIAL_WORK_CENTRE public    OPERATING 2019-01-01, CLOSED 2025-03-01   yes  yes  2022-01-01 10/8/100
 *   E         SHELTER public (private)     operating (no history)          yes   yes   2023-06-01 12/6/–
 *   G         MENTAL_HEALTH_CARE non-public operating, no opening date     –     –     none
 *   H         COMPREHENSIVE public         PLANNED 2023-01-01, OPERATING 2024-07-01  yes  no  2024-08-01 40/35/–
 *   F         (legacy Nam Định 36, also in Ninh Bình 37) ELDERLY_CARE non-public, opened 2021-05-05, yes, yes, 2024-01-01 100/90/–
 *
 * Operating on 2025-12-31 in legacy Hà Nam: A B C E G H = 6 (D closed; F is Nam Định's).
 * Operating on 2020-12-31 (the plan start): A, D, E, G = 4 (B and C not yet open, H not yet recorded).
 * The private shelter E counts in these province figures (it is never shown on its own).
 */
let t: TestApp;
const HA_NAM = 'in legacy Hà Nam (35) (facilities by their legacy province)';
const IN_NINH_BINH = 'in the part of Ninh Bình (37) that was legacy Hà Nam (35), the territory of the plan (facilities by their legacy province)';

beforeAll(async () => {
  t = await startTestApp();
  const p = t.pool;
  const place = { province_id: await provinceId(p, '37', false), legacy_province_id: await provinceId(p, '35', true) };
  const A = await insertFacility(p, { ...place, kind: 'ELDERLY_CARE', accessible: true, provides_social_work: true });
  await insertCapacity(p, A, { on: '2024-01-01', places: 50, residents: 40, clients: 10 });
  await insertCapacity(p, A, { on: '2025-06-01', places: 70, residents: 55 });
  const B = await insertFacility(p, { ...place, kind: 'CHILD_CARE', ownership: 'NON_PUBLIC', opened_on: '2022-03-01', accessible: false, provides_social_work: false });
  await insertCapacity(p, B, { on: '2023-01-01', places: 30, residents: 20, clients: 5 });
  await insertFacility(p, { ...place, kind: 'DISABILITY_CARE', ownership: 'NON_PUBLIC', opened_on: '2024-09-01' });
  const D = await insertFacility(p, { ...place, kind: 'SOCIAL_WORK_CENTRE', status: 'CLOSED', closed_on: '2025-03-01', accessible: true, provides_social_work: true });
  await insertStatusChange(p, D, 'OPERATING', '2019-01-01');
  await insertStatusChange(p, D, 'CLOSED', '2025-03-01');
  await insertCapacity(p, D, { on: '2022-01-01', places: 10, residents: 8, clients: 100 });
  const E = await insertFacility(p, { ...place, kind: 'SHELTER', accessible: true, provides_social_work: true });
  await insertCapacity(p, E, { on: '2023-06-01', places: 12, residents: 6 });
  await insertFacility(p, { ...place, kind: 'MENTAL_HEALTH_CARE', ownership: 'NON_PUBLIC' });
  const H = await insertFacility(p, { ...place, kind: 'COMPREHENSIVE', accessible: true, provides_social_work: false });
  await insertStatusChange(p, H, 'PLANNED', '2023-01-01');
  await insertStatusChange(p, H, 'OPERATING', '2024-07-01');
  await insertCapacity(p, H, { on: '2024-08-01', places: 40, residents: 35 });
  const F = await insertFacility(p, { ...place, legacy_province_id: await provinceId(p, '36', true), kind: 'ELDERLY_CARE', ownership: 'NON_PUBLIC', opened_on: '2021-05-05', accessible: true, provides_social_work: true });
  await insertCapacity(p, F, { on: '2024-01-01', places: 100, residents: 90 });
  await insertNeedTotal(p, '35', 2020, 1000);
  await insertPlan(p, {
    legacyIssuer: '35', periodStart: 2021, periodEnd: 2030, targets: [
      { indicator: 'FACILITIES_ACCESSIBLE_SHARE', year: 2025, value: 100 },
      { indicator: 'SW_SERVICES_FACILITIES_SHARE', year: 2025, value: 50 },
      { indicator: 'FACILITY_CLIENTS_SERVED_SHARE', year: 2030, value: 20 },
      { indicator: 'FACILITY_COUNT', year: 2030, value: 9 },
      { indicator: 'FACILITY_COUNT', year: 2030, value: 2, facilityKind: 'CHILD_CARE', countsKinds: ['CHILD_CARE', 'SOS_CHILDRENS_VILLAGE'] },
      { indicator: 'RESIDENTIAL_PLACES', year: 2030, value: 300 },
      { indicator: 'NON_PUBLIC_RESIDENTIAL_PLACES', year: 2030, value: 40 },
      { indicator: 'NEW_NON_PUBLIC_SPECIALISED_FACILITIES', year: 2030, value: 2 },
      { indicator: 'RESIDENTIAL_PLACES', year: 2030, value: 20, comparator: 'INCREASE_BY', baseYear: 2024 },
    ],
  });
});
afterAll(async () => {
  await t.stop();
});

const ROW = 'target { indicator { code } year value comparator } unit { code validTo } actual status method expected basis asOf';

async function progress(args: string) {
  const res = await t.gql(`{ targetProgress(${args}) { ${ROW} } }`);
  expect(res.errors).toBeUndefined();
  return res.data.targetProgress;
}

const row = (code: string, year: number, value: number, comparator: string, actual: number | null, status: string, expected: number | null, basis: string, unit: { code: string; validTo: string | null } = { code: '35', validTo: '2025-07-01' }, asOf = '2025-12-31') => ({
  target: { indicator: { code }, year, value, comparator }, unit, actual, status, method: 'COMPUTED', expected, basis, asOf,
});

describe('computed indicators on 2025-12-31 (the last day of 2025: its targets are not past yet)', () => {
  it('gives every target of the plan its figure, status and basis', async () => {
    expect(await progress('provinceCode: "35", geography: LEGACY_63, asOf: "2025-12-31"')).toEqual([
      // A, E, H meet the minimum, B does not, C and G have no assessment: 3 / 6 = 50%.
      // Plan start: A, D, E meet it, G unknown: 3 / 4 = 75%; on the last day of the target year the line is at the target, 100.
      // 50 < 0.9 × 100 → OFF_TRACK.
      row('FACILITIES_ACCESSIBLE_SHARE', 2025, 100, 'AT_LEAST', 50, 'OFF_TRACK', 100,
        `Computed from the registry on 2025-12-31 ${HA_NAM}: 3 of 6 operating facilities meet the minimum accessibility conditions; 2 without an assessment, counted as not meeting them. Straight-line expectation on 2025-12-31: 100 (from 75 on 2020-12-31 to 100 at the end of 2025).`),
      // Provision known for A (yes), B (no), E (yes), H (no): 2 / 4 = 50% ≥ 50 → MET; C and G unknown, left out.
      row('SW_SERVICES_FACILITIES_SHARE', 2025, 50, 'AT_LEAST', 50, 'MET', null,
        `Computed from the registry on 2025-12-31 ${HA_NAM}: PROXY for Decision 112/QĐ-TTg, which also counts health and education facilities the registry does not hold: 2 of the 4 operating facilities whose provision is known provide social-work services; provision unknown for 2, left out.`),
      // Residents 55 (A, 2025 report) + 20 (B) + 6 (E) + 35 (H) = 116, clients 5 (B): 121 / 1,000 = 12.1%.
      // No resident count is known at the plan start: the line starts at 0; 2020-12-31 → 2025-12-31 is 1,826 of 3,652 days to
      // 2030-12-31: 20 × 1826 / 3652 = 10 ≤ 12.1 → ON_TRACK.
      row('FACILITY_CLIENTS_SERVED_SHARE', 2030, 20, 'AT_LEAST', 12.1, 'ON_TRACK', 10,
        `Computed from the registry on 2025-12-31 ${HA_NAM}: 121 people served (residents 116 reported by 4 and community clients 5 reported by 1 of 6 operating facilities; unknown counts left out) against 1,000 people needing assistance in 2020. Straight-line expectation on 2025-12-31: 10 (from 0 on 2020-12-31: unknown then to 20 at the end of 2030).`),
      // 6 operating; from 4 at the plan start: 4 + (9 − 4) × 0.5 = 6.5; 0.9 × 6.5 = 5.85 ≤ 6 < 6.5 → AT_RISK.
      row('FACILITY_COUNT', 2030, 9, 'AT_LEAST', 6, 'AT_RISK', 6.5,
        `Computed from the registry on 2025-12-31 ${HA_NAM}: 6 operating facilities. Straight-line expectation on 2025-12-31: 6.5 (from 4 on 2020-12-31 to 9 at the end of 2030).`),
      // CHILD_CARE or SOS villages: B only; none at the plan start: 0 + 2 × 0.5 = 1 ≤ 1 → ON_TRACK.
      row('FACILITY_COUNT', 2030, 2, 'AT_LEAST', 1, 'ON_TRACK', 1,
        `Computed from the registry on 2025-12-31 ${HA_NAM}: 1 operating facility of kind CHILD_CARE or SOS_CHILDRENS_VILLAGE. Straight-line expectation on 2025-12-31: 1 (from 0 on 2020-12-31 to 2 at the end of 2030).`),
      // 70 (A, 2025 report) + 30 (B) + 12 (E) + 40 (H) = 152; C, G unknown. No places known at the plan start: 300 × 0.5 = 150 ≤ 152.
      row('RESIDENTIAL_PLACES', 2030, 300, 'AT_LEAST', 152, 'ON_TRACK', 150,
        `Computed from the registry on 2025-12-31 ${HA_NAM}: 152 places in the latest capacity reports of 4 of 6 operating facilities; places unknown for 2, not counted. Straight-line expectation on 2025-12-31: 150 (from 0 on 2020-12-31: unknown then to 300 at the end of 2030).`),
      // Non-public: B 30; C and G unknown. At the plan start only G was operating, without places: line from 0, 40 × 0.5 = 20 ≤ 30.
      row('NON_PUBLIC_RESIDENTIAL_PLACES', 2030, 40, 'AT_LEAST', 30, 'ON_TRACK', 20,
        `Computed from the registry on 2025-12-31 ${HA_NAM}: 30 places in the latest capacity reports of 1 of 3 operating non-public facilities; places unknown for 2, not counted. Straight-line expectation on 2025-12-31: 20 (from 0 on 2020-12-31: unknown then to 40 at the end of 2030).`),
      // B (2022-03-01) and C (2024-09-01) opened since 2021-01-01: 2 ≥ 2 → MET; G has no opening date.
      row('NEW_NON_PUBLIC_SPECIALISED_FACILITIES', 2030, 2, 'AT_LEAST', 2, 'MET', null,
        `Computed from the registry on 2025-12-31 ${HA_NAM}: 2 non-public elderly, child, disability or mental-health care facilities opened between 2021-01-01 and 2025-12-31; 1 such facility without an opening date not counted.`),
      // End of 2024: A 50 (2024 report) + B 30 + D 10 (open until 2025-03-01) + E 12 + H 40 = 142 of 7 operating (C, G unknown).
      // Growth (152 − 142) / 142 = 7.04%. Line from 0% at 2024-12-31 to 20% at 2030-12-31: 365 of 2,191 days,
      // 20 × 365 / 2191 = 3.33 ≤ 7.04 → ON_TRACK.
      row('RESIDENTIAL_PLACES', 2030, 20, 'INCREASE_BY', 7.04, 'ON_TRACK', 3.33,
        `Computed from the registry ${HA_NAM}: growth of 7.04% from 142 at the end of 2024 to 152 on 2025-12-31. At the end of 2024: 142 places in the latest capacity reports of 5 of 7 operating facilities; places unknown for 2, not counted. On 2025-12-31: 152 places in the latest capacity reports of 4 of 6 operating facilities; places unknown for 2, not counted. Straight-line expectation on 2025-12-31: 3.33 (from 0 on 2024-12-31 to 20 at the end of 2030).`),
    ]);
  });
});

describe('a target year once past', () => {
  it('is read at the end of that year: MISSED or MET', async () => {
    const rows = await progress('provinceCode: "35", geography: LEGACY_63, year: 2025, asOf: "2026-06-30"');
    expect(rows.map((r: any) => [r.target.indicator.code, r.actual, r.status, r.expected, r.basis.slice(0, 88)])).toEqual([
      ['FACILITIES_ACCESSIBLE_SHARE', 50, 'MISSED', null, 'Computed from the registry on 2025-12-31 (the end of 2025, a past target year) in legacy'],
      ['SW_SERVICES_FACILITIES_SHARE', 50, 'MET', null, 'Computed from the registry on 2025-12-31 (the end of 2025, a past target year) in legacy'],
    ]);
  });
});

describe('asOf before and after a capacity report', () => {
  it('uses the latest report dated on or before asOf', async () => {
    const places = async (asOf: string) => (await progress(`provinceCode: "35", geography: LEGACY_63, year: 2030, asOf: "${asOf}"`))
      .find((r: any) => r.target.indicator.code === 'RESIDENTIAL_PLACES' && r.target.comparator === 'AT_LEAST');
    // 2025-05-31: A's 2024 report (50) + B 30 + E 12 + H 40 = 132 (D closed on 2025-03-01); 2025-06-01: A's new report, 70: 152.
    expect((await places('2025-05-31')).actual).toBe(132);
    expect((await places('2025-06-01')).actual).toBe(152);
    expect((await places('2025-06-01')).basis).toMatch(/^Computed from the registry on 2025-06-01 in legacy Hà Nam \(35\).*: 152 places in the latest capacity reports of 4 of 6 operating facilities;/);
  });

  it('counts new facilities only once opened on asOf', async () => {
    const opened = async (asOf: string) => (await progress(`provinceCode: "35", geography: LEGACY_63, year: 2030, asOf: "${asOf}"`))
      .find((r: any) => r.target.indicator.code === 'NEW_NON_PUBLIC_SPECIALISED_FACILITIES');
    // 2024-06-30: only B (C opens on 2024-09-01). Line from 0 to 2: 2020-12-31 → 2024-06-30 is 1,277 of 3,652 days,
    // 2 × 1277 / 3652 = 0.6993… → 0.7 ≤ 1 → ON_TRACK.
    expect(await opened('2024-06-30')).toMatchObject({ actual: 1, status: 'ON_TRACK', expected: 0.7 });
  });
});

describe('legacy and current geographies', () => {
  it('shows the legacy plan under Ninh Bình (37) in CURRENT_34, computed over legacy Hà Nam only (not Nam Định\'s facility F)', async () => {
    const rows = await progress('provinceCode: "37", geography: CURRENT_34, year: 2025, asOf: "2025-12-31"');
    const mine = rows.filter((r: any) => r.basis.includes('Hà Nam'));
    const current = { code: '37', validTo: null };
    expect(mine).toEqual([
      row('FACILITIES_ACCESSIBLE_SHARE', 2025, 100, 'AT_LEAST', 50, 'OFF_TRACK', 100,
        `Computed from the registry on 2025-12-31 ${IN_NINH_BINH}: 3 of 6 operating facilities meet the minimum accessibility conditions; 2 without an assessment, counted as not meeting them. Straight-line expectation on 2025-12-31: 100 (from 75 on 2020-12-31 to 100 at the end of 2025).`, current),
      // With F (Nam Định) the whole of Ninh Bình would give 3 of 5 = 60%: the plan's territory gives 2 of 4 = 50%.
      row('SW_SERVICES_FACILITIES_SHARE', 2025, 50, 'AT_LEAST', 50, 'MET', null,
        `Computed from the registry on 2025-12-31 ${IN_NINH_BINH}: PROXY for Decision 112/QĐ-TTg, which also counts health and education facilities the registry does not hold: 2 of the 4 operating facilities whose provision is known provide social-work services; provision unknown for 2, left out.`, current),
    ]);
    // Ninh Bình today also includes legacy Nam Định's plan 31/KH-UBND (its 6 targets of 2025), computed over Nam Định's part:
    // F is its only facility, known to provide social-work services (1 of 1 = 100%), opened on 2021-05-05 (1 new facility).
    expect(rows.filter((r: any) => r.unit.code === '37')).toHaveLength(2 + 6);
    expect(rows.filter((r: any) => r.basis.includes('Nam Định') && r.method === 'COMPUTED').map((r: any) => [r.target.indicator.code, r.actual, r.status]))
      .toEqual([['SW_SERVICES_FACILITIES_SHARE', 100, 'MET'], ['NEW_NON_PUBLIC_SPECIALISED_FACILITIES', 1, 'MET']]);
  });

  it('reads the code in the geography given: 35 is no current province, 37 in LEGACY_63 is legacy Ninh Bình (no plan)', async () => {
    const res = await t.gql(`{ a: targetProgress(provinceCode: "35") { actual } b: targetProgress(provinceCode: "37", geography: LEGACY_63) { actual } }`);
    expect(res).toEqual({ data: { a: [], b: [] } });
  });
});

describe('the registry on several dates in one statement', () => {
  it('agrees with registry-as-of.ts, date by date, for every legacy province', async () => {
    const dates = ['2020-12-31', '2024-12-31', '2025-05-31', '2025-06-01', '2025-12-31'];
    const cells = await findRegistryCells(t.pool, dates, null, 2021);
    const figures = new RegistryFigures(dates, cells, () => null);
    for (const date of dates) {
      const expected = await t.pool.query(
        `WITH state AS (${facilityStateAsOf('$1')})
         SELECT legacy_province_id AS id, count(*)::int AS operating, coalesce(sum(places), 0)::int AS places, count(places)::int AS "placesKnown",
                coalesce(sum(residents), 0)::int AS residents, count(*) FILTER (WHERE accessible)::int AS accessible
           FROM state WHERE status = 'OPERATING' AND legacy_province_id IS NOT NULL GROUP BY 1 ORDER BY 1`,
        [date],
      );
      const got = expected.rows.map(({ id }) => {
        const f = figures.tally(date, { area: { kind: 'LEGACY', unitId: id } });
        return { id, operating: f.operating, places: f.places, placesKnown: f.placesKnown, residents: f.residents, accessible: f.accessible };
      });
      expect(got).toEqual(expected.rows);
    }
  });
});
