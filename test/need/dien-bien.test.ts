import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

/** The figures of source document 003, Phần I, mục I.2, in the order the document gives them. */
const DOCUMENT_003 = [
  { category: 'TOTAL_NEEDING_ASSISTANCE', targetGroup: null, count: 341104, qualifier: 'EXACT' },
  { category: 'TARGET_GROUP', targetGroup: 'ELDERLY', count: 39966, qualifier: 'EXACT' },
  { category: 'TARGET_GROUP', targetGroup: 'CHILDREN', count: 8163, qualifier: 'EXACT' },
  { category: 'TARGET_GROUP', targetGroup: 'PERSONS_WITH_DISABILITIES', count: 6695, qualifier: 'EXACT' },
  { category: 'TARGET_GROUP', targetGroup: 'MENTAL_ILLNESS', count: 2000, qualifier: 'AT_LEAST' },
  { category: 'POOR_OR_NEAR_POOR_PEOPLE', targetGroup: null, count: 258000, qualifier: 'ABOUT' },
  { category: 'TARGET_GROUP', targetGroup: 'HIV_AIDS', count: 3471, qualifier: 'EXACT' },
  { category: 'TARGET_GROUP', targetGroup: 'DRUG_DEPENDENCE', count: 8781, qualifier: 'EXACT' },
  { category: 'MONTHLY_ALLOWANCE_RECIPIENTS', targetGroup: null, count: 16028, qualifier: 'EXACT' },
];

describe('Điện Biên needs (source document 003)', () => {
  it('equal the document: the total, the groups, the poor and the allowance recipients of 2020, for legacy Điện Biên', async () => {
    const res = await t.gql(`{ needs(unitCode: "11") { unit { code name validTo } category targetGroup count qualifier year source { confidence } } }`);
    expect(res).toEqual({
      data: {
        needs: DOCUMENT_003.map((n) => ({
          ...n, year: 2020, unit: { code: '11', name: 'Điện Biên', validTo: '2025-07-01' }, source: { confidence: 'VERIFIED_DOCUMENT' },
        })),
      },
    });
  });

  it('are the same read as of 2020 (the legacy unit itself), cite section I.2, and are empty where no source gives a figure', async () => {
    const res = await t.gql(`{ then: needs(unitCode: "11", asOf: "2020-12-31") { count source { citation } }
      ninhBinh: needs(unitCode: "37") { count } unknown: needs(unitCode: "99") { count } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.then.map((n: any) => n.count)).toEqual(DOCUMENT_003.map((n) => n.count));
    expect(res.data.then.every((n: any) => n.source.citation.includes('mục I.2'))).toBe(true);
    expect(res.data.ninhBinh).toEqual([]);
    expect(res.data.unknown).toEqual([]);
  });
});

describe('Điện Biên facilities (source document 003)', () => {
  it('are the provincial Social Protection Centre (80 children), the SOS village (185) and the drug-rehabilitation centre (300)', async () => {
    const res = await t.gql(`{ facilities(filter: { legacyProvinceCode: "11" }, orderBy: { field: NAME, direction: ASC }) {
      totalCount edges { node { code name kind ownership status location { precision } source { confidence }
        capacity { residents places reportedOn residentsByGroup { group count } } } } } }`);
    const node = (code: string, name: string, kind: string, ownership: string, residents: number, group: string) => ({
      code, name, kind, ownership, status: 'OPERATING', location: { precision: 'APPROXIMATE' }, source: { confidence: 'VERIFIED_DOCUMENT' },
      capacity: { residents, places: null, reportedOn: '2021-01-01', residentsByGroup: [{ group, count: residents }] },
    });
    expect(res).toEqual({
      data: {
        facilities: {
          totalCount: 3,
          edges: [
            { node: node('TGXH-11-002', 'Làng trẻ em SOS Điện Biên Phủ', 'SOS_CHILDRENS_VILLAGE', 'NON_PUBLIC', 185, 'CHILDREN') },
            { node: node('TGXH-11-001', 'Trung tâm Bảo trợ xã hội tỉnh Điện Biên', 'CHILD_CARE', 'PUBLIC', 80, 'CHILDREN') },
            { node: node('TGXH-11-003', 'Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội tỉnh Điện Biên', 'DRUG_REHABILITATION', 'PUBLIC', 300, 'DRUG_DEPENDENCE') },
          ],
        },
      },
    });
  });
});

describe('the other named facilities', () => {
  it('are the centres of Đồng Tháp (planned, an estimate), Thừa Thiên Huế and Đồng Nai, and the SOS villages at their cities', async () => {
    const res = await t.gql(`{ facilities(first: 100, orderBy: { field: NAME, direction: ASC }) { edges { node {
      code kind status location { precision } source { confidence } capacity { residents } } } } }`);
    const nodes = res.data.facilities.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(17);
    expect(nodes.filter((n: any) => ['TGXH-82-001', 'TGXH-46-001', 'TGXH-75-001'].includes(n.code))).toEqual([
      { code: 'TGXH-82-001', kind: 'COMPREHENSIVE', status: 'PLANNED', location: { precision: 'APPROXIMATE' }, source: { confidence: 'ESTIMATE' }, capacity: null },
      { code: 'TGXH-75-001', kind: 'SOCIAL_WORK_CENTRE', status: 'OPERATING', location: { precision: 'APPROXIMATE' }, source: { confidence: 'VERIFIED_DOCUMENT' }, capacity: null },
      { code: 'TGXH-46-001', kind: 'COMPREHENSIVE', status: 'OPERATING', location: { precision: 'APPROXIMATE' }, source: { confidence: 'VERIFIED_DOCUMENT' }, capacity: null },
    ]);
    const villages = nodes.filter((n: any) => n.kind === 'SOS_CHILDRENS_VILLAGE');
    expect(villages).toHaveLength(12);
    expect(villages.every((n: any) => n.location.precision === 'APPROXIMATE')).toBe(true);
    expect(villages.filter((n: any) => n.source.confidence !== 'SECONDARY_SOURCE').map((n: any) => n.code)).toEqual(['TGXH-11-002']);
  });
});
