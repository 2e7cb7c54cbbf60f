import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { facilityStateAsOf } from '../../server/src/modules/planning/registry-as-of.js';
import { todayInVietnam } from '../../server/src/modules/common/scalars.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility } from '../support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

async function report(facilityId: number, reportedOn: string, places: number, staff: object[] = []) {
  await t.pool.query(
    `INSERT INTO capacity_report (facility_id, reported_on, places, residents, community_clients, residents_by_group, staff_by_role, source_citation, source_confidence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'fixture', 'SYNTHETIC')`,
    [facilityId, reportedOn, places, places - 2, 3, JSON.stringify([{ group: 'ELDERLY', careLevel: 'DEPENDENT', count: places - 2 }]), JSON.stringify(staff)],
  );
}
async function statusChange(facilityId: number, status: string, effectiveOn: string) {
  await t.pool.query(`INSERT INTO facility_status_change (facility_id, status, effective_on) VALUES ($1, $2, $3)`, [facilityId, status, effectiveOn]);
}

/** The facilities operating on `date` with their figures, from facilityStateAsOf (the definition). */
async function fromDefinition(date: string) {
  const res = await t.pool.query(
    `WITH state AS (${facilityStateAsOf('$1')})
     SELECT s.id, s.reported_on::text, s.places, s.residents, s.community_clients, s.accessible, s.provides_social_work, s.is_private,
            hub_staffing_shortfall(s.residents, s.residents_by_group, s.staff_by_role) AS shortfall
       FROM state s WHERE s.status = 'OPERATING' ORDER BY s.id`,
    [date],
  );
  return res.rows.map((r) => ({ ...r, shortfall: r.reported_on ? r.shortfall : null }));
}

/** The same from the operating periods valid on `date`. */
async function fromPeriods(date: string) {
  const res = await t.pool.query(
    `SELECT p.facility_id AS id, p.reported_on::text, p.places, p.residents, p.community_clients, p.accessible, p.provides_social_work, p.is_private,
            CASE WHEN p.short_carer IS NULL THEN NULL ELSE ARRAY[p.short_social_worker, p.short_psychologist, p.short_carer, p.short_medical,
              p.short_nutrition, p.short_rehabilitation, p.short_teacher] END AS shortfall
       FROM facility_operating_period p WHERE p.valid_from <= $1 AND (p.valid_to IS NULL OR p.valid_to > $1) ORDER BY p.facility_id`,
    [date],
  );
  return res.rows;
}

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every date on which something of the registry changes, the day before and the day after, and a few far ones. */
async function probeDates(): Promise<string[]> {
  const res = await t.pool.query(`SELECT DISTINCT d::text AS d FROM (
      SELECT opened_on AS d FROM facility UNION SELECT closed_on FROM facility
      UNION SELECT effective_on FROM facility_status_change UNION SELECT reported_on FROM capacity_report) x WHERE d IS NOT NULL`);
  const dates = new Set<string>(['1990-01-01', '2100-01-01', todayInVietnam()]);
  for (const { d } of res.rows) for (const k of [-1, 0, 1]) dates.add(shift(d, k));
  return [...dates].sort();
}

async function expectPeriodsMatchDefinition() {
  const dates = await probeDates();
  expect(dates.length).toBeGreaterThan(30);
  for (const date of dates) expect({ date, rows: await fromPeriods(date) }).toEqual({ date, rows: await fromDefinition(date) });
}

describe('facility_operating_period', () => {
  it('gives, on every date, the operating facilities and figures of facilityStateAsOf (status changes, openings, closings, reports)', async () => {
    // Reports on several dates, two on the same day (the later filing wins), one before the opening.
    const a = await insertFacility(t.pool, { opened_on: '2020-01-01', accessible: true, provides_social_work: false });
    await report(a, '2021-06-01', 10);
    await report(a, '2023-01-01', 20, [{ role: 'CARER', count: 2 }]);
    await report(a, '2024-01-01', 30);
    await report(a, '2024-01-01', 35, [{ role: 'CARER', count: 9 }, { role: 'PSYCHOLOGIST', count: 1 }]);
    const b = await insertFacility(t.pool, { status: 'OPERATING' });
    await statusChange(b, 'OPERATING', '2019-01-01');
    await statusChange(b, 'SUSPENDED', '2022-03-01');
    await statusChange(b, 'OPERATING', '2022-09-01');
    await report(b, '2022-05-01', 12);
    await insertFacility(t.pool, { opened_on: '2027-01-01' }); // operating only from a future opening
    const d = await insertFacility(t.pool, { status: 'CLOSED', closed_on: '2024-06-30' });
    await statusChange(d, 'OPERATING', '2018-01-01');
    await statusChange(d, 'CLOSED', '2024-06-30');
    const e = await insertFacility(t.pool, {});
    await statusChange(e, 'OPERATING', '2023-01-01'); // did not exist before its first recorded change
    const f = await insertFacility(t.pool, { opened_on: '2022-01-01' });
    await report(f, '2021-01-01', 8);
    await insertFacility(t.pool, { status: 'CLOSED' });
    await insertFacility(t.pool, { status: 'SUSPENDED', kind: 'SHELTER' });
    await expectPeriodsMatchDefinition();
  });

  it('follows the API\'s writes: create, report capacity, a move to another province, close', async () => {
    const created = await t.gql(`mutation($input: CreateFacilityInput!) { createFacility(input: $input) { id version } }`, { input: {
      name: 'Trung tâm thử kỳ hoạt động', kind: 'ELDERLY_CARE', ownership: 'PUBLIC', provinceCode: '11', openedOn: '2019-05-01',
      location: { lat: 21.39, lng: 103.02, precision: 'EXACT' }, targetGroups: ['ELDERLY'], source: { citation: 'test', confidence: 'SYNTHETIC' },
    } }, { key: ADMIN_KEY });
    const { id } = created.data.createFacility;
    const reported = await t.gql(`mutation($id: ID!) { reportCapacity(facilityId: $id, input: { reportedOn: "2024-02-01", places: 40, residents: 40,
      residentsByGroup: [{ group: ELDERLY, careLevel: DEPENDENT, count: 40 }], staffByRole: [{ role: CARER, count: 5 }] }) { version } }`, { id }, { key: ADMIN_KEY });
    expect(reported.errors).toBeUndefined();
    const periods = async () => (await t.pool.query(
      `SELECT valid_from::text, valid_to::text, places, short_carer, province_id FROM facility_operating_period WHERE facility_id = $1 ORDER BY valid_from`, [id])).rows;
    const dienBien = (await t.pool.query(`SELECT id FROM admin_unit WHERE code = '11' AND valid_to IS NULL`)).rows[0].id;
    // Operating from its opening; the report of 2024-02-01 brings 40 places and 10 − 5 = 5 missing carers.
    expect(await periods()).toEqual([
      { valid_from: '2019-05-01', valid_to: '2024-02-01', places: null, short_carer: null, province_id: dienBien },
      { valid_from: '2024-02-01', valid_to: null, places: 40, short_carer: 5, province_id: dienBien },
    ]);
    const moved = await t.gql(`mutation($id: ID!, $v: Int!) { updateFacility(id: $id, expectedVersion: $v, input: { provinceCode: "12" }) { version } }`,
      { id, v: reported.data.reportCapacity.version }, { key: ADMIN_KEY });
    const laiChau = (await t.pool.query(`SELECT id FROM admin_unit WHERE code = '12' AND valid_to IS NULL`)).rows[0].id;
    expect((await periods()).map((p) => p.province_id)).toEqual([laiChau, laiChau]);
    const closed = await t.gql(`mutation($id: ID!, $v: Int!) { closeFacility(id: $id, expectedVersion: $v, closedOn: "2025-03-01") { status } }`,
      { id, v: moved.data.updateFacility.version }, { key: ADMIN_KEY });
    expect(closed.errors).toBeUndefined();
    expect((await periods()).map((p) => [p.valid_from, p.valid_to])).toEqual([['2019-05-01', '2024-02-01'], ['2024-02-01', '2025-03-01']]);
    await expectPeriodsMatchDefinition();
  });

  it('lets two transactions report on the same facility at once: the second waits for the first, then both reports count', async () => {
    const id = await insertFacility(t.pool, { opened_on: '2020-01-01' });
    const [one, two] = [await t.pool.connect(), await t.pool.connect()];
    try {
      const insert = (c: typeof one, day: string, places: number) => c.query(
        `INSERT INTO capacity_report (facility_id, reported_on, places, source_citation, source_confidence) VALUES ($1, $2, $3, 'fixture', 'SYNTHETIC')`, [id, day, places]);
      await one.query('BEGIN');
      await two.query('BEGIN');
      await insert(one, '2024-01-01', 11);
      const second = insert(two, '2025-01-01', 22).then(() => two.query('COMMIT'));
      await new Promise((r) => setTimeout(r, 200));
      await one.query('COMMIT');
      await second;
    } finally {
      one.release();
      two.release();
    }
    const rows = await t.pool.query(`SELECT valid_from::text, valid_to::text, places FROM facility_operating_period WHERE facility_id = $1 ORDER BY valid_from`, [id]);
    expect(rows.rows).toEqual([
      { valid_from: '2020-01-01', valid_to: '2024-01-01', places: null },
      { valid_from: '2024-01-01', valid_to: '2025-01-01', places: 11 },
      { valid_from: '2025-01-01', valid_to: null, places: 22 },
    ]);
  });
});
