import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type TestApp } from '../support/app.js';
import { insertFacility } from '../support/fixtures.js';

let t: TestApp;
let statements: string[] = [];
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  t = await startTestApp();
  for (let i = 0; i < 60; i++) {
    const op = await t.pool.query(`INSERT INTO organization (name, kind) VALUES ($1, 'NGO') RETURNING id`, [`Batch operator ${i}`]);
    const id = await insertFacility(t.pool, { code: `BATCH-${String(i).padStart(2, '0')}`, name: `Batch ${String(i).padStart(2, '0')}`, operator_id: op.rows[0].id, services: ['COUNSELLING'], target_groups: ['ELDERLY'] });
    await t.pool.query(`INSERT INTO capacity_report (facility_id, reported_on, places, residents, source_citation, source_confidence) VALUES ($1, '2025-01-01', 10, 8, 'fixture', 'SYNTHETIC')`, [id]);
  }
  // Count every statement the app sends, at the driver.
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
    if (text) statements.push(text);
    return (originalQuery as any).apply(this, args);
  } as any;
});
afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await t.stop();
});

async function countStatements(first: number): Promise<number> {
  statements = [];
  const res = await t.gql(`query($first: Int) { facilities(first: $first, filter: { kinds: [ELDERLY_CARE], services: [COUNSELLING] }) {
    edges { node { name operator { name } province { name } legacyProvince { name } capacity { places residents } staff { total } services targetGroups } } } }`, { first });
  expect(res.errors).toBeUndefined();
  expect(res.data.facilities.edges).toHaveLength(first);
  expect(res.data.facilities.edges[0].node.operator.name).toMatch(/^Batch operator/);
  return statements.length;
}

describe('batched relations', () => {
  it('sends as many SQL statements for a page of 50 as for a page of 5 (1: relations are joined and primed into the loaders)', async () => {
    const five = await countStatements(5);
    const fifty = await countStatements(50);
    expect(fifty).toBe(five);
    expect(fifty).toBe(1);
  });

  it('batches succession links: 3 statements for the 34 current or the 63 legacy provinces', async () => {
    const run = async (asOf: string) => {
      statements = [];
      const res = await t.gql(`query($asOf: Date) { adminUnits(level: PROVINCE, asOf: $asOf) { code predecessors { code } successors { code parent { code } } } }`, { asOf });
      expect(res.errors).toBeUndefined();
      return { units: res.data.adminUnits.length, statements: statements.length };
    };
    expect(await run('2026-01-01')).toEqual({ units: 34, statements: 3 });
    expect(await run('2024-01-01')).toEqual({ units: 63, statements: 3 });
  });
});
