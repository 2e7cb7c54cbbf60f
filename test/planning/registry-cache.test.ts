import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { insertFacility } from '../support/fixtures.js';
import { captureQueries } from '../support/sql-capture.js';

/** The registry aggregate is reused between requests only while no write has changed the registry. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const TODAY = { year: Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date())) };
const network = async () => {
  const res = await t.gql(`{ networkProgress(year: ${TODAY.year}) { facilities places residents } }`);
  expect(res.errors).toBeUndefined();
  return res.data.networkProgress;
};

describe('the registry aggregate between requests', () => {
  it('follows every kind of registry write at the next request', async () => {
    // Seeds: 16 operating facilities, no places, 565 residents (Điện Biên).
    expect(await network()).toEqual({ facilities: 16, places: 0, residents: 565 });
    expect(await network()).toEqual({ facilities: 16, places: 0, residents: 565 });

    // A facility inserted directly (statement trigger on facility).
    await insertFacility(t.pool, { provides_social_work: true });
    expect(await network()).toEqual({ facilities: 17, places: 0, residents: 565 });

    // Through the API: a new facility, then its capacity report (capacity_report), then its closure (status change).
    const created = await t.gql(`mutation { createFacility(input: { name: "Cơ sở bộ nhớ đệm", kind: ELDERLY_CARE, ownership: PUBLIC, provinceCode: "11",
      location: { lat: 21.39, lng: 103.02, precision: EXACT }, source: { citation: "test", confidence: SYNTHETIC } }) { id version } }`, {}, { key: ADMIN_KEY });
    const { id, version } = created.data.createFacility;
    expect(await network()).toEqual({ facilities: 18, places: 0, residents: 565 });
    await t.gql(`mutation { reportCapacity(facilityId: "${id}", input: { reportedOn: "2025-01-01", places: 40, residents: 30 }) { id } }`, {}, { key: ADMIN_KEY });
    expect(await network()).toEqual({ facilities: 18, places: 40, residents: 595 });
    const closed = await t.gql(`mutation { closeFacility(id: "${id}", expectedVersion: ${version}, closedOn: "2025-02-01") { status } }`, {}, { key: ADMIN_KEY });
    expect(closed.data).toEqual({ closeFacility: { status: 'CLOSED' } });
    expect(await network()).toEqual({ facilities: 17, places: 0, residents: 565 });

    // An UPDATE that changes no count still changes the version: social-work provision of the seeded facilities.
    const share = async () => (await t.gql(`{ networkProgress(year: ${TODAY.year}) { targets { target { indicator { code } year } actual } } }`))
      .data.networkProgress.targets.find((r: any) => r.target.indicator.code === 'SW_SERVICES_FACILITIES_SHARE' && r.target.year === 2030).actual;
    // Known provision: Đồng Nai's centre (yes) and the facility inserted above (yes): 2 / 2 = 100%.
    expect(await share()).toBe(100);
    await t.pool.query(`UPDATE facility SET provides_social_work = false WHERE code = 'TGXH-11-001'`);
    // Điện Biên's centre now known as not providing: 2 / 3 = 66.67%.
    expect(await share()).toBe(66.67);
  });

  it('is read once for concurrent requests after a write', async () => {
    await insertFacility(t.pool, {});
    const { queries } = await captureQueries(() => Promise.all([1, 2, 3, 4, 5].map(() => network())));
    expect(queries.filter((q) => q.text.includes('FROM capacity_report c'))).toHaveLength(1);
  });
});
