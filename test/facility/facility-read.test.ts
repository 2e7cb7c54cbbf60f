import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('facility lookups', () => {
  it('returns a seeded facility by code with every field of its record', async () => {
    const res = await t.gql(`{ facility(code: "TGXH-11-002") {
      code name kind ownership status openedOn closedOn address location { lat lng precision }
      operator { name kind } province { code name } legacyProvince { code name } commune { code }
      capacity { places residents communityClients reportedOn residentsByGroup { group careLevel count } }
      staff { total socialWorkers trainedSocialWorkers byRole { role count } }
      services targetGroups accessibility { meetsMinimum } providesSocialWorkServices licence { number } contact { phone }
      source { citation confidence } version } }`);
    expect(res.errors).toBeUndefined();
    const f = res.data.facility;
    expect(f).toEqual({
      code: 'TGXH-11-002',
      name: 'Làng trẻ em SOS Điện Biên Phủ',
      kind: 'SOS_CHILDRENS_VILLAGE',
      ownership: 'NON_PUBLIC',
      status: 'OPERATING',
      openedOn: f.openedOn,
      closedOn: null,
      address: f.address,
      location: { lat: expect.any(Number), lng: expect.any(Number), precision: 'APPROXIMATE' },
      operator: f.operator,
      province: { code: '11', name: 'Điện Biên' },
      legacyProvince: { code: '11', name: 'Điện Biên' },
      commune: null,
      capacity: { places: null, residents: 185, communityClients: null, reportedOn: '2021-01-01', residentsByGroup: [{ group: 'CHILDREN', careLevel: null, count: 185 }] },
      staff: { total: null, socialWorkers: null, trainedSocialWorkers: null, byRole: [] },
      services: expect.arrayContaining(['RESIDENTIAL_CARE']),
      targetGroups: ['CHILDREN'],
      accessibility: null,
      providesSocialWorkServices: f.providesSocialWorkServices,
      licence: null,
      contact: null,
      source: { citation: expect.stringContaining('Điện Biên'), confidence: 'VERIFIED_DOCUMENT' },
      version: 1,
    });
  });

  it('finds the same facility by id and returns null for unknown keys', async () => {
    const byCode = await t.gql(`{ facility(code: "TGXH-11-001") { id name } }`);
    const id = byCode.data.facility.id;
    const res = await t.gql(`query($id: ID) { byId: facility(id: $id) { name } nope: facility(code: "NO-SUCH") { name } badId: facility(id: "abc") { name } }`, { id });
    expect(res).toEqual({ data: { byId: { name: byCode.data.facility.name }, nope: null, badId: null } });
  });

  it('refuses both or neither of id and code with BAD_USER_INPUT', async () => {
    const both = await t.gql(`{ facility(id: "1", code: "TGXH-11-001") { name } }`);
    const neither = await t.gql(`{ facility { name } }`);
    for (const res of [both, neither]) {
      expect(res.data).toEqual({ facility: null });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ message: 'give exactly one of id and code' })] });
    }
  });
});
