import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertFacility, provinceId } from '../support/fixtures.js';

/**
 * A small registry whose answers are worked out by hand below. Current Ninh Bình (37) absorbed the
 * legacy provinces Hà Nam (35), Nam Định (36) and Ninh Bình (37); Sơn La (14) and Lai Châu (12)
 * stayed as they were. The seeded facilities are removed; the seeded needs of Điện Biên (11) stay.
 */
let t: TestApp;
const AS_OF = '2025-12-31';

async function need(legacyCode: string, category: string, group: string | null, count: number, year: number, qualifier = 'EXACT') {
  await t.pool.query(
    `INSERT INTO need_statistic (unit_id, target_group, category, count, qualifier, year, source_citation, source_confidence)
     VALUES ($1, $2, $3, $4, $5, $6, 'fixture', 'SYNTHETIC')`,
    [await provinceId(t.pool, legacyCode, true), group, category, count, qualifier, year],
  );
}

async function facility(current: string, legacy: string, over: Record<string, unknown>): Promise<number> {
  return insertFacility(t.pool, { province_id: await provinceId(t.pool, current, false), legacy_province_id: await provinceId(t.pool, legacy, true), ...over });
}

async function report(id: number, reportedOn: string, r: { places: number; residents: number; clients: number | null; byGroup: object[]; staff: Record<string, number> }) {
  await t.pool.query(
    `INSERT INTO capacity_report (facility_id, reported_on, places, residents, community_clients, residents_by_group, staff_by_role, source_citation, source_confidence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'fixture', 'SYNTHETIC')`,
    [id, reportedOn, r.places, r.residents, r.clients, JSON.stringify(r.byGroup),
      JSON.stringify(Object.entries(r.staff).map(([role, count]) => ({ role, count })))],
  );
}

beforeAll(async () => {
  t = await startTestApp();
  await t.pool.query('DELETE FROM facility');
  await need('35', 'TOTAL_NEEDING_ASSISTANCE', null, 5000, 2024);
  await need('35', 'TARGET_GROUP', 'ELDERLY', 1000, 2023, 'ABOUT');
  await need('36', 'TARGET_GROUP', 'ELDERLY', 2000, 2024, 'AT_LEAST');
  await need('36', 'TARGET_GROUP', 'ELDERLY', 2600, 2026); // after the year of AS_OF
  await need('37', 'TOTAL_NEEDING_ASSISTANCE', null, 3000, 2023);
  await need('12', 'TOTAL_NEEDING_ASSISTANCE', null, 100, 2024);
  await need('14', 'TOTAL_NEEDING_ASSISTANCE', null, 200, 2024);

  // F1 (Hà Nam): 40 DEPENDENT elderly need 10 carers, 5 reported → CARER 5 short; every other norm met.
  const f1 = await facility('37', '35', { target_groups: ['ELDERLY'], accessible: true, provides_social_work: true });
  await report(f1, '2025-03-01', { places: 60, residents: 40, clients: 10, byGroup: [{ group: 'ELDERLY', careLevel: 'DEPENDENT', count: 40 }],
    staff: { CARER: 5, SOCIAL_WORKER: 1, PSYCHOLOGIST: 1, MEDICAL: 1, NUTRITION: 2 } });
  await report(f1, '2026-01-15', { places: 70, residents: 40, clients: 20, byGroup: [{ group: 'ELDERLY', careLevel: 'DEPENDENT', count: 40 }],
    staff: { CARER: 5, SOCIAL_WORKER: 1, PSYCHOLOGIST: 1, MEDICAL: 1, NUTRITION: 2 } });
  // F2 (Nam Định): 50 SELF_CARING elderly + 30 DEPENDENT persons with disabilities = 80 residents.
  // Carers 50/10 + 30/4 = 12.5 → 13, 10 reported → 3 short; psychologist 1 − 0 → 1 short;
  // rehabilitation 30/5 = 6, 2 reported → 4 short; social workers ⌈80/100⌉ = 1, medical ⌈80/50⌉ = 2, nutrition 80/20 = 4: met.
  const f2 = await facility('37', '36', { target_groups: ['ELDERLY', 'PERSONS_WITH_DISABILITIES'], accessible: false });
  await report(f2, '2025-06-01', { places: 100, residents: 80, clients: null,
    byGroup: [{ group: 'ELDERLY', careLevel: 'SELF_CARING', count: 50 }, { group: 'PERSONS_WITH_DISABILITIES', careLevel: 'DEPENDENT', count: 30 }],
    staff: { CARER: 10, SOCIAL_WORKER: 1, MEDICAL: 2, NUTRITION: 4, REHABILITATION: 2 } });
  // F3 (Ninh Bình): 3 infants (1:1) + 22 children aged 6-16 (1:10): carers 3 + 2.2 → 6, met; teachers ⌈22/9⌉ = 3, 2 reported → 1 short.
  const f3 = await facility('37', '37', { kind: 'CHILD_CARE', target_groups: ['CHILDREN'], provides_social_work: false });
  await report(f3, '2025-01-01', { places: 30, residents: 25, clients: 5,
    byGroup: [{ group: 'CHILDREN', careLevel: 'INFANT_UNDER_18_MONTHS', count: 3 }, { group: 'CHILDREN', careLevel: 'CHILD_6_TO_16', count: 22 }],
    staff: { CARER: 6, TEACHER: 2, SOCIAL_WORKER: 1, PSYCHOLOGIST: 1, MEDICAL: 1, NUTRITION: 2 } });
  await facility('37', '37', { target_groups: ['ELDERLY'], status: 'PLANNED' }); // not operating: never counted
  await facility('37', '36', { target_groups: ['ELDERLY'], accessible: true, provides_social_work: true }); // F5: operating, no report
  await facility('37', '35', { target_groups: ['ELDERLY'], opened_on: '2026-03-01' }); // F6: opens after AS_OF
  // F7 (Sơn La), a private location: counted in province rows for everyone; no staff by role, so not assessed.
  const f7 = await facility('14', '14', { target_groups: ['ELDERLY'], location_private: true, lat: 21.33, lng: 103.9 });
  await report(f7, '2025-01-01', { places: 100, residents: 100, clients: 0, byGroup: [], staff: {} });
});
afterAll(async () => {
  await t.stop();
});

const ROW = `unit { code } need needBasis places residents served coveragePercent unmetNeed facilities facilitiesReporting
  accessiblePercent accessibilityKnown socialWorkPercent socialWorkKnown staffingShortfall { role count } staffingAssessed facilitiesShortOfStaff
  communesBeyondReach nearestFacilityKm`;
const QUERY = `query($geography: Geography, $group: TargetGroup, $asOf: Date, $km: Float) {
  gapAnalysis(geography: $geography, targetGroup: $group, asOf: $asOf, withinKm: $km) { asOf rows { ${ROW} } worstGaps { unit { code } unmetNeed coveragePercent } } }`;

/** A unit with nothing known: every count 0, every share and the need null. */
const empty = (code: string) => ({
  unit: { code }, need: null, needBasis: null, places: 0, residents: 0, served: 0, coveragePercent: null, unmetNeed: null, facilities: 0,
  facilitiesReporting: 0, accessiblePercent: null, accessibilityKnown: 0, socialWorkPercent: null, socialWorkKnown: 0, staffingShortfall: [],
  staffingAssessed: 0, facilitiesShortOfStaff: 0, communesBeyondReach: null, nearestFacilityKm: null,
});
const shortOf = (counts: Record<string, number>) => Object.entries(counts).map(([role, count]) => ({ role, count }));

async function unitCodes(legacy: boolean): Promise<string[]> {
  const res = await t.pool.query(`SELECT code FROM admin_unit WHERE level = 'PROVINCE' AND ${legacy ? `valid_to = '2025-07-01'` : 'valid_to IS NULL'} ORDER BY code`);
  return res.rows.map((r) => r.code);
}
/** Every unit of the geography, in code order: the rows given, the others empty. */
async function rowsOf(legacy: boolean, rows: Record<string, object>) {
  return (await unitCodes(legacy)).map((code) => (rows[code] ? { ...empty(code), ...rows[code] } : empty(code)));
}

const dienBienTotal = (basis: string) => ({ need: 341104, needBasis: basis, coveragePercent: 0, unmetNeed: 341104 });

describe('gapAnalysis in the current geography (34 provinces)', () => {
  it('sums need, places, people served, shares and staffing per province, and ranks the worst gaps', async () => {
    const res = await t.gql(QUERY, { asOf: AS_OF });
    expect(res).toEqual({ data: { gapAnalysis: { asOf: AS_OF, rows: await rowsOf(false, {
      '11': dienBienTotal('figure of the unit it replaced: 341,104 in Điện Biên (11, 2020)'),
      '12': { need: 100, needBasis: 'figure of the unit it replaced: 100 in Lai Châu (12, 2024)', coveragePercent: 0, unmetNeed: 100 },
      // Sơn La: served 100 + 0 of a need of 200 → 50%, 100 unmet; the private facility counts at province level.
      '14': { need: 200, needBasis: 'figure of the unit it replaced: 200 in Sơn La (14, 2024)', places: 100, residents: 100, served: 100,
        coveragePercent: 50, unmetNeed: 100, facilities: 1, facilitiesReporting: 1 },
      // Ninh Bình: F1, F2, F3, F5 operate (F4 planned, F6 opens in 2026); places 60 + 100 + 30 = 190; residents 40 + 80 + 25 = 145;
      // served 145 + 10 + 5 = 160; need 5,000 (Hà Nam) + 3,000 (Ninh Bình), Nam Định unknown: 8,000 → 160 / 8,000 = 2.0%, 7,840 unmet.
      // Accessible: F1 yes, F2 no, F5 yes (F3 unknown) → 2/3 = 66.7%; social work: F1 yes, F3 no, F5 yes (F2 unknown) → 66.7%.
      // Staffing: F1 CARER 5; F2 PSYCHOLOGIST 1, CARER 3, REHABILITATION 4; F3 TEACHER 1 → 3 facilities assessed, all short.
      '37': { need: 8000, needBasis: 'sum of the figures of the units it replaced: 5,000 in Hà Nam (35, 2024); 3,000 in Ninh Bình (37, 2023); no figure for Nam Định (36), so a lower bound',
        places: 190, residents: 145, served: 160, coveragePercent: 2, unmetNeed: 7840, facilities: 4, facilitiesReporting: 3,
        accessiblePercent: 66.7, accessibilityKnown: 3, socialWorkPercent: 66.7, socialWorkKnown: 3,
        staffingShortfall: shortOf({ PSYCHOLOGIST: 1, CARER: 8, REHABILITATION: 4, TEACHER: 1 }), staffingAssessed: 3, facilitiesShortOfStaff: 3 },
    }),
    // Unmet need: Điện Biên 341,104, Ninh Bình 7,840, then Lai Châu and Sơn La at 100 each: the lower coverage (0% < 50%) first.
    worstGaps: [
      { unit: { code: '11' }, unmetNeed: 341104, coveragePercent: 0 }, { unit: { code: '37' }, unmetNeed: 7840, coveragePercent: 2 },
      { unit: { code: '12' }, unmetNeed: 100, coveragePercent: 0 }, { unit: { code: '14' }, unmetNeed: 100, coveragePercent: 50 },
    ] } } });
    expect(res.data.gapAnalysis.rows).toHaveLength(34);
  });

  it('narrows everything to a target group: its facilities, its residents, its need', async () => {
    const res = await t.gql(QUERY, { asOf: AS_OF, group: 'ELDERLY' });
    expect(res.data.gapAnalysis.rows).toEqual(await rowsOf(false, {
      '11': { need: 39966, needBasis: 'figure of the unit it replaced: 39,966 in Điện Biên (11, 2020)', coveragePercent: 0, unmetNeed: 39966 },
      // Sơn La's facility gives no breakdown by group: all its 100 residents count; no ELDERLY figure for Sơn La.
      '14': { places: 100, residents: 100, served: 100, facilities: 1, facilitiesReporting: 1 },
      // F1, F2, F5 serve older people (F3 does not): places 60 + 100 = 160; residents of the group 40 (F1) + 50 (F2) = 90;
      // served 90 + 10 = 100; need about 1,000 (Hà Nam, 2023) + at least 2,000 (Nam Định, 2024; its 2026 figure is later than AS_OF)
      // = 3,000 → 100 / 3,000 = 3.33 → 3.3%, 2,900 unmet. Accessible F1, F5 of F1, F2, F5 → 66.7%; social work F1, F5 of 2 known → 100%.
      '37': { need: 3000, needBasis: 'sum of the figures of the units it replaced: about 1,000 in Hà Nam (35, 2023); at least 2,000 in Nam Định (36, 2024); no figure for Ninh Bình (37), so a lower bound',
        places: 160, residents: 90, served: 100, coveragePercent: 3.3, unmetNeed: 2900, facilities: 3, facilitiesReporting: 2,
        accessiblePercent: 66.7, accessibilityKnown: 3, socialWorkPercent: 100, socialWorkKnown: 2,
        staffingShortfall: shortOf({ PSYCHOLOGIST: 1, CARER: 8, REHABILITATION: 4 }), staffingAssessed: 2, facilitiesShortOfStaff: 2 },
    }));
  });

  it('reads the registry and the needs as of the date asked', async () => {
    const res = await t.gql(`query { gapAnalysis(targetGroup: ELDERLY, asOf: "2026-06-01") { rows { unit { code } need places served coveragePercent facilities facilitiesReporting } } }`);
    // On 2026-06-01 F6 has opened (4 facilities, still 2 reporting); F1's report of 2026-01-15 counts: places 70 + 100 = 170,
    // served 40 + 50 + 20 clients = 110; Nam Định's 2026 figure replaces its 2024 one: 1,000 + 2,600 = 3,600 → 110 / 3,600 = 3.06 → 3.1%.
    const row = res.data.gapAnalysis.rows.find((r: any) => r.unit.code === '37');
    expect(row).toEqual({ unit: { code: '37' }, need: 3600, places: 170, served: 110, coveragePercent: 3.1, facilities: 4, facilitiesReporting: 2 });
  });
});

describe('gapAnalysis in the legacy geography (63 provinces)', () => {
  it('counts facilities in their legacy province and reads each legacy province\'s own need', async () => {
    const res = await t.gql(QUERY, { asOf: AS_OF, geography: 'LEGACY_63', km: 10 });
    expect(res).toEqual({ data: { gapAnalysis: { asOf: AS_OF, rows: await rowsOf(true, {
      '11': dienBienTotal('341,104 in Điện Biên (11, 2020)'),
      '12': { need: 100, needBasis: '100 in Lai Châu (12, 2024)', coveragePercent: 0, unmetNeed: 100 },
      '14': { need: 200, needBasis: '200 in Sơn La (14, 2024)', places: 100, residents: 100, served: 100, coveragePercent: 50, unmetNeed: 100, facilities: 1, facilitiesReporting: 1 },
      // Hà Nam: F1 alone: served 40 + 10 = 50 of 5,000 → 1.0%, 4,950 unmet.
      '35': { need: 5000, needBasis: '5,000 in Hà Nam (35, 2024)', places: 60, residents: 40, served: 50, coveragePercent: 1, unmetNeed: 4950,
        facilities: 1, facilitiesReporting: 1, accessiblePercent: 100, accessibilityKnown: 1, socialWorkPercent: 100, socialWorkKnown: 1,
        staffingShortfall: shortOf({ CARER: 5 }), staffingAssessed: 1, facilitiesShortOfStaff: 1 },
      // Nam Định: F2 and F5; accessible 1 of 2 = 50%; social work known for F5 only.
      '36': { places: 100, residents: 80, served: 80, facilities: 2, facilitiesReporting: 1, accessiblePercent: 50, accessibilityKnown: 2,
        socialWorkPercent: 100, socialWorkKnown: 1, staffingShortfall: shortOf({ PSYCHOLOGIST: 1, CARER: 3, REHABILITATION: 4 }), staffingAssessed: 1, facilitiesShortOfStaff: 1 },
      // Ninh Bình (legacy): F3: served 25 + 5 = 30 of 3,000 → 1.0%, 2,970 unmet.
      '37': { need: 3000, needBasis: '3,000 in Ninh Bình (37, 2023)', places: 30, residents: 25, served: 30, coveragePercent: 1, unmetNeed: 2970,
        facilities: 1, facilitiesReporting: 1, socialWorkPercent: 0, socialWorkKnown: 1, staffingShortfall: shortOf({ TEACHER: 1 }), staffingAssessed: 1, facilitiesShortOfStaff: 1 },
    }),
    worstGaps: [
      { unit: { code: '11' }, unmetNeed: 341104, coveragePercent: 0 }, { unit: { code: '35' }, unmetNeed: 4950, coveragePercent: 1 },
      { unit: { code: '37' }, unmetNeed: 2970, coveragePercent: 1 }, { unit: { code: '12' }, unmetNeed: 100, coveragePercent: 0 },
      { unit: { code: '14' }, unmetNeed: 100, coveragePercent: 50 },
    ] } } });
    expect(res.data.gapAnalysis.rows).toHaveLength(63);
  });
});

describe('gapAnalysis arguments', () => {
  it('refuses districts, communes in the legacy geography and a radius out of range, naming each field', async () => {
    const bad = async (args: string) => (await t.gql(`{ gapAnalysis(${args}) { asOf } }`)).errors?.map((e) => [e.extensions?.code, e.extensions?.fieldErrors]);
    expect(await bad('level: DISTRICT')).toEqual([['BAD_USER_INPUT', [{ path: 'level', message: 'districts were abolished on 2025-07-01 and are not in the registry: ask PROVINCE or COMMUNE' }]]]);
    expect(await bad('geography: LEGACY_63, level: COMMUNE, withinKm: 0')).toEqual([['BAD_USER_INPUT', [
      { path: 'level', message: 'communes are units of the current geography: ask COMMUNE with geography CURRENT_34' },
      { path: 'withinKm', message: 'must be more than 0 and at most 2000' },
    ]]]);
  });

  it('defaults to the current provinces as of today when given nothing (null arguments included)', async () => {
    const res = await t.gql(`{ gapAnalysis(geography: null, level: null) { asOf rows { unit { code validTo } } } }`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    expect(res).toEqual({ data: { gapAnalysis: { asOf: today, rows: (await unitCodes(false)).map((code) => ({ unit: { code, validTo: null } })) } } });
  });
});
