import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { insertFacilities } from '../../server/src/modules/facility/facility.insert.js';
import { withDeferredOperatingPeriods } from '../../server/src/modules/gap/operating-periods.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility, provinceId as fixtureProvince } from '../support/fixtures.js';
import { operatingByDefinition, operatingByPeriods, probeDates } from '../support/operating-periods.js';

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

async function expectPeriodsMatchDefinition() {
  const dates = await probeDates(t.pool);
  expect(dates.length).toBeGreaterThan(30);
  for (const date of dates) {
    expect({ date, rows: await operatingByPeriods(t.pool, date) }).toEqual({ date, rows: await operatingByDefinition(t.pool, date) });
  }
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

  it('follows updates of the columns the periods read, and leaves the periods unwritten when an update changes none of them', async () => {
    const a = await insertFacility(t.pool, { opened_on: '2018-01-01' });
    const b = await insertFacility(t.pool, { opened_on: '2019-01-01' });
    await report(a, '2021-01-01', 10);
    await report(a, '2022-01-01', 20);
    await statusChange(b, 'OPERATING', '2019-01-01');
    await statusChange(b, 'SUSPENDED', '2023-01-01');
    // xmin names the transaction that wrote a row: a refresh rewrites every period of the facility.
    const written = async () => (await t.pool.query(
      `SELECT facility_id, valid_from::text, xmin::text FROM facility_operating_period WHERE facility_id = ANY($1) ORDER BY 1, 2`, [[a, b]])).rows;
    const before = await written();
    await t.pool.query(`UPDATE facility SET name = name || ' (tên mới)', phone = '0215 3824 999', places = 99 WHERE id = ANY($1)`, [[a, b]]);
    await t.pool.query(`UPDATE capacity_report SET source_citation = 'corrected', social_workers = 4 WHERE facility_id = $1`, [a]);
    await t.pool.query(`UPDATE facility_status_change SET reason = 'inspection' WHERE facility_id = $1`, [b]);
    expect(await written()).toEqual(before);

    // A report's date and figures, a report moved to another facility, a status change's date, an opening date.
    await t.pool.query(`UPDATE capacity_report SET reported_on = '2021-07-01', places = 15 WHERE facility_id = $1 AND reported_on = '2021-01-01'`, [a]);
    await t.pool.query(`UPDATE capacity_report SET facility_id = $2 WHERE facility_id = $1 AND reported_on = '2022-01-01'`, [a, b]);
    await t.pool.query(`UPDATE facility_status_change SET effective_on = '2023-06-01' WHERE facility_id = $1 AND status = 'SUSPENDED'`, [b]);
    await t.pool.query(`UPDATE facility SET opened_on = '2017-01-01' WHERE id = $1`, [a]);
    const periods = async (id: number) => (await t.pool.query(
      `SELECT valid_from::text, valid_to::text, places FROM facility_operating_period WHERE facility_id = $1 ORDER BY valid_from`, [id])).rows;
    expect(await periods(a)).toEqual([
      { valid_from: '2017-01-01', valid_to: '2021-07-01', places: null },
      { valid_from: '2021-07-01', valid_to: null, places: 15 },
    ]);
    expect(await periods(b)).toEqual([
      { valid_from: '2019-01-01', valid_to: '2022-01-01', places: null },
      { valid_from: '2022-01-01', valid_to: '2023-06-01', places: 20 },
    ]);
    await expectPeriodsMatchDefinition();
  });

  it('lets a bulk writer refresh once per batch within its transaction, while other transactions refresh at once', async () => {
    const existing = await insertFacility(t.pool, { opened_on: '2020-01-01' });
    const provinceId = await fixtureProvince(t.pool, '11', false);
    const periods = async (db: pg.Pool | pg.PoolClient, id: number) => (await db.query(
      `SELECT valid_from::text, valid_to::text, places FROM facility_operating_period WHERE facility_id = $1 ORDER BY valid_from`, [id])).rows;
    const fileReport = (db: pg.PoolClient, id: number, day: string, places: number) => db.query(
      `INSERT INTO capacity_report (facility_id, reported_on, places, source_citation, source_confidence) VALUES ($1, $2, $3, 'fixture', 'SYNTHETIC')`, [id, day, places]);
    const [bulk, other] = [await t.pool.connect(), await t.pool.connect()];
    try {
      await bulk.query('BEGIN');
      const id = await withDeferredOperatingPeriods(bulk, async (deferred) => {
        const ids = await insertFacilities(bulk, [{ code: `FX-BULK-${process.pid}`, name: 'Cơ sở nạp hàng loạt', kind: 'ELDERLY_CARE', ownership: 'PUBLIC',
          status: 'OPERATING', openedOn: '2021-03-01', provinceId, lat: 21.39, lng: 103.02, locationPrecision: 'EXACT', sourceCitation: 'fixture',
          sourceConfidence: 'SYNTHETIC' }]);
        const id = [...ids.values()][0];
        await fileReport(bulk, id, '2024-01-01', 30);
        expect(await periods(bulk, id)).toEqual([]);
        // Another transaction's write meanwhile is refreshed by its own statement.
        await fileReport(other, existing, '2024-01-01', 12);
        expect(await periods(t.pool, existing)).toEqual([
          { valid_from: '2020-01-01', valid_to: '2024-01-01', places: null },
          { valid_from: '2024-01-01', valid_to: null, places: 12 },
        ]);
        expect(await deferred.refresh()).toBe(1);
        expect(await periods(bulk, id)).toEqual([
          { valid_from: '2021-03-01', valid_to: '2024-01-01', places: null },
          { valid_from: '2024-01-01', valid_to: null, places: 30 },
        ]);
        return id;
      });
      // The deferral ends with the helper: later writes of the transaction are refreshed at once again.
      await fileReport(bulk, id, '2025-01-01', 40);
      expect((await periods(bulk, id)).map((p) => p.places)).toEqual([null, 30, 40]);
      await bulk.query('COMMIT');
    } finally {
      bulk.release();
      other.release();
    }
    await expectPeriodsMatchDefinition();
  });
});
