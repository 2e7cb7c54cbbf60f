import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getNamedType, isNonNullType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildHubSchema } from '../../server/src/graphql/schema.js';
import { CAPACITY_FIELDS, FACILITY_FIELDS, UNIT_FIELDS } from '../../server/src/modules/facility/facility.read-plan.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/app.js';
import { captureQueries } from '../support/sql-capture.js';

/**
 * Reads fetch only the columns a request selects (facility.read-plan.ts). These tests hold the
 * field → column maps equal to the schema, and every field read alone equal to the same field read
 * with everything else, on each read path.
 */
let t: TestApp;
let schema: GraphQLSchema;
let code: string;

/** Every field of `type` without required arguments, objects expanded `depth` levels down. */
function selectAll(type: GraphQLObjectType, depth: number): string {
  return Object.values(type.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) return f.name;
      return depth > 0 ? `${f.name} { ${selectAll(named, depth - 1)} }` : null;
    })
    .filter(Boolean)
    .join(' ');
}

function fieldSelection(name: string): string {
  const field = (schema.getType('Facility') as GraphQLObjectType).getFields()[name];
  const named = getNamedType(field.type);
  return isObjectType(named) ? `${name} { ${selectAll(named, 2)} }` : name;
}

/** The facility through each read path, with `selection`. */
async function readEverywhere(selection: string): Promise<Record<string, unknown>[]> {
  const res = await t.gql(`query($code: String!) {
    one: facility(code: $code) { ${selection} }
    page: facilities(filter: { codes: [$code] }, first: 1) { edges { node { ${selection} } } }
    near: facilitiesNear(lat: 22.04, lng: 103.15, first: 1, filter: { codes: [$code] }) { facility { ${selection} } }
  }`, { code });
  expect(res.errors).toBeUndefined();
  return [res.data.one, res.data.page.edges[0].node, res.data.near[0].facility];
}

beforeAll(async () => {
  t = await startTestApp();
  schema = await buildHubSchema();
  const op = await t.pool.query(`INSERT INTO organization (name, kind) VALUES ('Hội Chữ thập đỏ', 'NGO') RETURNING id`);
  const created = await t.gql(`mutation($input: CreateFacilityInput!) { createFacility(input: $input) { id code } }`, { input: {
    name: 'Trung tâm Công tác xã hội Mường Lay', nameEn: 'Muong Lay Social Work Centre', kind: 'SOCIAL_WORK_CENTRE', ownership: 'NON_PUBLIC',
    provinceCode: '11', operatorId: String(op.rows[0].id), openedOn: '2019-05-01', address: 'Phường Sông Đà',
    location: { lat: 22.04, lng: 103.15, precision: 'EXACT' }, services: ['COUNSELLING', 'CASE_MANAGEMENT'], targetGroups: ['CHILDREN', 'ELDERLY'],
    accessibility: { items: [{ item: 'ACCESS_ROUTE', status: 'MET' }, { item: 'DOORS', status: 'PARTIAL' }], assessedOn: '2024-03-01' },
    providesSocialWorkServices: true,
    contact: { phone: '0215 3 123 456', email: 'ctxh@example.vn', website: 'https://example.vn' },
    licence: { number: '12/GP-SLĐTBXH', issuedBy: 'Sở LĐTBXH Điện Biên', issuedOn: '2019-04-01' },
    source: { citation: 'Test: partner record', confidence: 'OFFICIAL_LIST' },
  } }, { key: ADMIN_KEY });
  expect(created.errors).toBeUndefined();
  code = created.data.createFacility.code;
  const report = await t.gql(`mutation($id: ID!, $input: ReportCapacityInput!) { reportCapacity(facilityId: $id, input: $input) { capacity { places } } }`, {
    id: created.data.createFacility.id,
    input: {
      reportedOn: '2025-01-01', places: 50, residents: 45, communityClients: 120,
      residentsByGroup: [{ group: 'ELDERLY', careLevel: 'DEPENDENT', count: 40 }, { group: 'CHILDREN', careLevel: null, count: 5 }],
      staffByRole: [{ role: 'CARER', count: 3 }, { role: 'SOCIAL_WORKER', count: 1 }], socialWorkers: 1, trainedSocialWorkers: 1,
    },
  }, { key: ADMIN_KEY });
  expect(report.errors).toBeUndefined();
});
afterAll(async () => {
  await t.stop();
});

describe('read plans', () => {
  it('map every field of Facility, AdminUnit and Capacity in the schema (and nothing else)', () => {
    const fields = (name: string) => Object.keys((schema.getType(name) as GraphQLObjectType).getFields()).sort();
    expect(Object.keys(FACILITY_FIELDS).sort()).toEqual(fields('Facility'));
    expect(Object.keys(UNIT_FIELDS).sort()).toEqual(fields('AdminUnit'));
    expect(Object.keys(CAPACITY_FIELDS).sort()).toEqual(fields('Capacity'));
  });

  it('answer every Facility field read alone exactly as when everything is read, on facility, facilities and facilitiesNear', async () => {
    const names = Object.keys((schema.getType('Facility') as GraphQLObjectType).getFields());
    const all = await readEverywhere(names.map(fieldSelection).join(' '));
    // The fixture fills every field, so a column left out would show as a difference.
    expect(all[0]).toMatchObject({ accessibility: { meetsMinimum: false }, licence: { number: '12/GP-SLĐTBXH' }, staff: { total: 4 } });
    expect(all[1]).toEqual(all[0]);
    expect(all[2]).toEqual(all[0]);
    for (const name of names) {
      const alone = await readEverywhere(fieldSelection(name));
      for (const got of alone) expect({ [name]: got[name] }).toEqual({ [name]: all[0][name] });
    }
  });

  it('read only the selected columns: a page of names does not fetch checklists, citations or capacity breakdowns', async () => {
    const names = await captureQueries(() => t.gql(`{ facilities(first: 5) { edges { node { name province { name } capacity { places } } } } }`));
    expect(names.result.errors).toBeUndefined();
    const statements = names.queries.map((q) => q.text);
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toMatch(/accessibility|source_citation|residents_by_group|staff_by_role|full_name/);
    expect(statements[0]).toMatch(/f\.name/);
    const more = (await captureQueries(() => t.gql(`{ facilities(first: 5) { edges { node { accessibility { meetsMinimum } staff { total } province { fullName } } } } }`))).queries;
    expect(more[0].text).toMatch(/f\.accessibility/);
    expect(more[0].text).toMatch(/staff_by_role/);
    expect(more[0].text).toMatch(/full_name/);
  });
});
