import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { registryFingerprint } from '../support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const CREATE = `mutation($input: CreateFacilityInput!) { createFacility(input: $input) {
  id code name nameEn kind ownership status openedOn province { code } legacyProvince { code } location { lat lng precision }
  services targetGroups accessibility { meetsMinimum items { item status } assessedOn } contact { phone email website }
  licence { number issuedBy issuedOn } source { citation confidence } version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateFacilityInput!) { updateFacility(id: $id, expectedVersion: $v, input: $input) { id name nameEn address version status services } }`;

const valid = () => ({
  name: '  Trung tâm Công tác xã hội Mường Lay ',
  nameEn: 'Muong Lay Social Work Centre',
  kind: 'SOCIAL_WORK_CENTRE',
  ownership: 'PUBLIC',
  provinceCode: '11',
  openedOn: '2019-05-01',
  location: { lat: 22.04, lng: 103.15, precision: 'EXACT' },
  services: ['COUNSELLING', 'CASE_MANAGEMENT', 'COUNSELLING'],
  targetGroups: ['CHILDREN'],
  accessibility: { items: ['ACCESS_ROUTE', 'ENTRANCE_RAMP', 'DOORS', 'ACCESSIBLE_TOILET', 'PUBLIC_SPACES', 'EMERGENCY_EXIT'].map((item) => ({ item, status: 'MET' })), assessedOn: '2024-03-01' },
  contact: { phone: '0215 3 123 456', email: 'ctxh@example.vn', website: 'https://example.vn' },
  licence: { number: '12/GP-SLĐTBXH', issuedBy: 'Sở LĐTBXH Điện Biên', issuedOn: '2019-04-01' },
  source: { citation: 'Test: partner record', confidence: 'OFFICIAL_LIST' },
});

async function create(input: Record<string, unknown> = valid()) {
  const res = await t.gql(CREATE, { input }, { key: ADMIN_KEY });
  expect(res.errors).toBeUndefined();
  return res.data.createFacility;
}

describe('authorisation', () => {
  it('refuses every mutation without the admin key, or with a wrong one, and changes nothing', async () => {
    const before = await registryFingerprint(t.pool);
    for (const key of [undefined, 'wrong-key-wrong-key-wrong']) {
      const res = await t.gql(CREATE, { input: valid() }, { key });
      expect(res).toEqual({ data: null, errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' }, path: ['createFacility'] })] });
      const close = await t.gql(`mutation { closeFacility(id: "1", expectedVersion: 1, closedOn: "2025-01-01") { id } }`, {}, { key });
      expect(close.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    }
    expect(await registryFingerprint(t.pool)).toBe(before);
  });
});

describe('createFacility', () => {
  it('creates a facility with a generated code, trimmed name, derived accessibility and its legacy province', async () => {
    const f = await create();
    expect(f).toEqual({
      id: expect.any(String),
      code: expect.stringMatching(/^TGXH-11-\d{3}$/),
      name: 'Trung tâm Công tác xã hội Mường Lay',
      nameEn: 'Muong Lay Social Work Centre',
      kind: 'SOCIAL_WORK_CENTRE',
      ownership: 'PUBLIC',
      status: 'OPERATING',
      openedOn: '2019-05-01',
      province: { code: '11' },
      legacyProvince: { code: '11' },
      location: { lat: 22.04, lng: 103.15, precision: 'EXACT' },
      services: ['COUNSELLING', 'CASE_MANAGEMENT'],
      targetGroups: ['CHILDREN'],
      accessibility: { meetsMinimum: true, items: expect.any(Array), assessedOn: '2024-03-01' },
      contact: { phone: '0215 3 123 456', email: 'ctxh@example.vn', website: 'https://example.vn' },
      licence: { number: '12/GP-SLĐTBXH', issuedBy: 'Sở LĐTBXH Điện Biên', issuedOn: '2019-04-01' },
      source: { citation: 'Test: partner record', confidence: 'OFFICIAL_LIST' },
      version: 1,
    });
    const log = await t.pool.query(`SELECT action, version FROM facility_edit WHERE facility_id = $1`, [Number(f.id)]);
    expect(log.rows).toEqual([{ action: 'CREATE', version: 1 }]);
    const status = await t.pool.query(`SELECT status, effective_on::text AS "on" FROM facility_status_change WHERE facility_id = $1`, [Number(f.id)]);
    expect(status.rows).toEqual([{ status: 'OPERATING', on: '2019-05-01' }]);
  });

  it('reports every bad field at once and writes nothing', async () => {
    const before = await registryFingerprint(t.pool);
    const res = await t.gql(CREATE, {
      input: {
        ...valid(),
        name: '   ',
        address: 'Số 1\u0000 phố',
        provinceCode: '36',
        operatorId: '999999',
        openedOn: '2099-01-01',
        location: { lat: 48.8566, lng: 2.3522, precision: 'EXACT' },
        contact: { email: 'not-an-email', website: 'ftp://x', phone: 'call me' },
        source: { citation: '', confidence: 'ESTIMATE' },
      },
    }, { key: ADMIN_KEY });
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fieldErrors.map((e: any) => e.path).sort()).toEqual([
      'input.address', 'input.contact.email', 'input.contact.phone', 'input.contact.website', 'input.location', 'input.name',
      'input.openedOn', 'input.operatorId', 'input.provinceCode', 'input.source.citation',
    ]);
    expect(await registryFingerprint(t.pool)).toBe(before);
  });

  it.each([
    ['Hoàng Sa', 16.5, 112.0, true],
    ['Trường Sa', 8.65, 111.92, true],
    ['Bangkok', 13.7563, 100.5018, false],
    ['Paris', 48.8566, 2.3522, false],
  ])('takes coordinates in Vietnam only: %s', async (_name, lat, lng, ok) => {
    const res = await t.gql(CREATE, { input: { ...valid(), provinceCode: '48', location: { lat, lng, precision: 'APPROXIMATE' } } }, { key: ADMIN_KEY });
    if (ok) expect(res.data.createFacility.location).toEqual({ lat, lng, precision: 'APPROXIMATE' });
    else expect(res.errors?.[0].extensions?.fieldErrors).toEqual([{ path: 'input.location', message: 'must lie in Vietnam (the Hoàng Sa and Trường Sa zones included)' }]);
  });

  it('refuses a code already in use, a legacy province of another province, and a closed status', async () => {
    const res = await t.gql(CREATE, { input: { ...valid(), code: 'TGXH-11-001' } }, { key: ADMIN_KEY });
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([{ path: 'input.code', message: 'is already used by another facility' }]);
    const legacy = await t.gql(CREATE, { input: { ...valid(), legacyProvinceCode: '36' } }, { key: ADMIN_KEY });
    expect(legacy.errors?.[0].extensions?.fieldErrors).toEqual([{ path: 'input.legacyProvinceCode', message: "province 36 did not become part of the facility's current province" }]);
    const closed = await t.gql(CREATE, { input: { ...valid(), status: 'CLOSED' } }, { key: ADMIN_KEY });
    expect(closed.errors?.[0].extensions?.fieldErrors?.[0].path).toBe('input.status');
  });
});

describe('updateFacility', () => {
  it('patches: absent fields stay, null clears, the version goes up and the change is logged', async () => {
    const f = await create();
    const res = await t.gql(UPDATE, { id: f.id, v: 1, input: { nameEn: null, address: 'Phường Sông Đà, Mường Lay' } }, { key: ADMIN_KEY });
    expect(res).toEqual({ data: { updateFacility: { id: f.id, name: f.name, nameEn: null, address: 'Phường Sông Đà, Mường Lay', version: 2, status: 'OPERATING', services: f.services } } });
    const log = await t.pool.query(`SELECT changes FROM facility_edit WHERE facility_id = $1 AND action = 'UPDATE'`, [Number(f.id)]);
    expect(log.rows[0].changes).toEqual({ nameEn: { from: 'Muong Lay Social Work Centre', to: null }, address: { from: null, to: 'Phường Sông Đà, Mường Lay' } });
  });

  it('refuses a stale version with VERSION_CONFLICT and changes nothing', async () => {
    const f = await create();
    await t.gql(UPDATE, { id: f.id, v: 1, input: { name: 'Tên mới' } }, { key: ADMIN_KEY });
    const before = await registryFingerprint(t.pool);
    const res = await t.gql(UPDATE, { id: f.id, v: 1, input: { name: 'Tên cũ hơn' } }, { key: ADMIN_KEY });
    expect(res.errors?.[0].extensions).toEqual({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect(await registryFingerprint(t.pool)).toBe(before);
  });

  it('lets one of two concurrent updates with the same version win and refuses the other', async () => {
    const f = await create();
    const results = await Promise.all(['Tên A', 'Tên B'].map((name) => t.gql(UPDATE, { id: f.id, v: 1, input: { name } }, { key: ADMIN_KEY })));
    const won = results.filter((r) => r.data?.updateFacility);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions!.code).toBe('VERSION_CONFLICT');
    const row = await t.pool.query(`SELECT name, version FROM facility WHERE id = $1`, [Number(f.id)]);
    expect(row.rows[0]).toEqual({ name: won[0].data.updateFacility.name, version: 2 });
  });

  it('refuses to clear required fields and answers NOT_FOUND for an unknown facility', async () => {
    const f = await create();
    const res = await t.gql(UPDATE, { id: f.id, v: 1, input: { name: null, location: null } }, { key: ADMIN_KEY });
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { path: 'input.name', message: 'cannot be cleared' }, { path: 'input.location', message: 'cannot be cleared' },
    ]);
    const missing = await t.gql(UPDATE, { id: '987654', v: 1, input: { name: 'x' } }, { key: ADMIN_KEY });
    expect(missing.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
  });
});

describe('closeFacility', () => {
  it('closes with a date and reason, records the status change, and leaves lists', async () => {
    const f = await create({ ...valid(), name: 'Trung tâm sắp đóng cửa Tủa Chùa' });
    const res = await t.gql(`mutation($id: ID!) { closeFacility(id: $id, expectedVersion: 1, closedOn: "2025-06-30", reason: "merged") { status closedOn version } }`, { id: f.id }, { key: ADMIN_KEY });
    expect(res).toEqual({ data: { closeFacility: { status: 'CLOSED', closedOn: '2025-06-30', version: 2 } } });
    const changes = await t.pool.query(`SELECT status, effective_on::text AS "on", reason FROM facility_status_change WHERE facility_id = $1 ORDER BY id`, [Number(f.id)]);
    expect(changes.rows).toEqual([{ status: 'OPERATING', on: '2019-05-01', reason: 'created' }, { status: 'CLOSED', on: '2025-06-30', reason: 'merged' }]);
    const list = await t.gql(`query($q: String) { open: facilities(filter: { search: $q }) { totalCount }
      all: facilities(filter: { search: $q, status: [CLOSED] }) { totalCount } }`, { q: 'sap dong cua tua chua' });
    expect(list.data).toEqual({ open: { totalCount: 0 }, all: { totalCount: 1 } });
    const again = await t.gql(`mutation($id: ID!) { closeFacility(id: $id, expectedVersion: 2, closedOn: "2025-07-01") { status } }`, { id: f.id }, { key: ADMIN_KEY });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('reportCapacity', () => {
  const REPORT = `mutation($id: ID!, $input: ReportCapacityInput!) { reportCapacity(facilityId: $id, input: $input) {
    capacity { places residents communityClients reportedOn residentsByGroup { group careLevel count } }
    staff { total socialWorkers trainedSocialWorkers byRole { role count } } } }`;

  it('files a dated report that becomes the current capacity and staff', async () => {
    const f = await create();
    const input = {
      reportedOn: '2025-01-01', places: 50, residents: 45, communityClients: 120,
      residentsByGroup: [{ group: 'ELDERLY', careLevel: 'DEPENDENT', count: 40 }, { group: 'ELDERLY', careLevel: 'SELF_CARING', count: 5 }],
      staffByRole: [{ role: 'CARER', count: 5 }, { role: 'SOCIAL_WORKER', count: 1 }], socialWorkers: 1, trainedSocialWorkers: 1,
    };
    const res = await t.gql(REPORT, { id: f.id, input }, { key: ADMIN_KEY });
    expect(res).toEqual({ data: { reportCapacity: {
      capacity: { places: 50, residents: 45, communityClients: 120, reportedOn: '2025-01-01', residentsByGroup: input.residentsByGroup },
      staff: { total: 6, socialWorkers: 1, trainedSocialWorkers: 1, byRole: input.staffByRole },
    } } });
    // An older report filed later is kept in the history but does not become current.
    await t.gql(REPORT, { id: f.id, input: { reportedOn: '2024-01-01', places: 30, residents: 30 } }, { key: ADMIN_KEY });
    const now = await t.gql(`query($id: ID) { facility(id: $id) { capacity { places reportedOn } } }`, { id: f.id });
    expect(now.data.facility.capacity).toEqual({ places: 50, reportedOn: '2025-01-01' });
    const history = await t.pool.query(`SELECT count(*)::int AS n FROM capacity_report WHERE facility_id = $1`, [Number(f.id)]);
    expect(history.rows[0].n).toBe(2);
  });

  it('refuses residents above places unless over capacity is confirmed, and negative counts', async () => {
    const f = await create();
    const before = await registryFingerprint(t.pool);
    const over = await t.gql(REPORT, { id: f.id, input: { reportedOn: '2025-01-01', places: 10, residents: 12 } }, { key: ADMIN_KEY });
    expect(over.errors?.[0].extensions?.fieldErrors).toEqual([{ path: 'input.residents', message: '12 residents exceed 10 places: set overCapacity: true if that is the real situation' }]);
    const negative = await t.gql(REPORT, { id: f.id, input: { reportedOn: '2025-01-01', places: -1, staffByRole: [{ role: 'CARER', count: -2 }] } }, { key: ADMIN_KEY });
    expect(negative.errors?.[0].extensions?.fieldErrors).toEqual([
      { path: 'input.places', message: 'must be 0 or more' }, { path: 'input.staffByRole.0.count', message: 'must be 0 or more' },
    ]);
    expect(await registryFingerprint(t.pool)).toBe(before);
    const confirmed = await t.gql(REPORT, { id: f.id, input: { reportedOn: '2025-01-01', places: 10, residents: 12, overCapacity: true } }, { key: ADMIN_KEY });
    expect(confirmed.data.reportCapacity.capacity).toMatchObject({ places: 10, residents: 12 });
  });
});
