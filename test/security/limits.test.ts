import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { ADMIN_KEY } from '../support/app.js';
import { registryFingerprint } from '../support/fixtures.js';
import { gqlBody, startProductionApp, whileAttacking, type AttackedApp } from './attack.js';

/**
 * What one request may ask, refused before anything runs with a stable code and the limit in
 * `extensions` — for plain fields, fragments, inline fragments and variables alike — while the
 * service keeps answering everyone else.
 */
let t: AttackedApp;
beforeAll(async () => {
  t = await startProductionApp();
});
afterAll(async () => {
  await t.stop();
});

const aliases = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join('\n');

/** Sends `query` 8 times at once while probing the service; every answer must be the refusal `code`. */
async function refusedUnderAttack(body: string, code: string, limit: number) {
  const { result, worstHealthMs, worstCheapMs } = await whileAttacking(t, () => Promise.all(Array.from({ length: 8 }, () => t.post(body))));
  for (const res of result) {
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toMatchObject({ code, limit });
  }
  expect(worstHealthMs).toBeLessThan(1000);
  expect(worstCheapMs).toBeLessThan(1000);
  return result[0].body.errors[0];
}

// The alternation of the report: predecessors and successors of Đồng Tháp (82), `levels` deep.
const succession = (levels: number, wrap = (inner: string, i: number) => `${i % 2 ? 'successors' : 'predecessors'} { code ${inner} }`) => {
  let inner = '';
  for (let i = levels - 1; i >= 0; i--) inner = wrap(inner, i);
  return inner;
};

describe('depth', () => {
  it('refuses the 50-level succession chain that exhausted the heap (QUERY_TOO_DEEP)', async () => {
    const error = await refusedUnderAttack(gqlBody(`{ adminUnit(code: "82") { ${succession(50)} } }`), 'QUERY_TOO_DEEP', 12);
    expect(error.extensions.found).toBe(52); // adminUnit, 50 links, and the code of the last
    expect(error.message).toBe('The query has 52 levels of nesting; at most 12 are allowed');
  });

  it('counts inline fragments as the fields they hold', async () => {
    const body = gqlBody(`{ adminUnit(code: "82") { ${succession(50, (inner, i) => `... on AdminUnit { ${i % 2 ? 'successors' : 'predecessors'} { code ${inner} } }`)} } }`);
    await refusedUnderAttack(body, 'QUERY_TOO_DEEP', 12);
  });

  it('counts named fragments as the fields they hold, and reads the code from a variable', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on AdminUnit { ${i % 2 ? 'successors' : 'predecessors'} { code ${i < 29 ? `...F${i + 1}` : ''} } }`).join('\n');
    await refusedUnderAttack(gqlBody(`query($c: String!) { adminUnit(code: $c) { ...F0 } }\n${fragments}`, { c: '82' }), 'QUERY_TOO_DEEP', 12);
  });

  it('refuses a succession chain within the depth limit by its cost, and answers a short one', async () => {
    await refusedUnderAttack(gqlBody(`{ adminUnit(code: "82") { ${succession(10)} } }`), 'QUERY_TOO_COMPLEX', 250_000);
    const ok = await t.gql(`{ adminUnit(code: "82") { ${succession(4)} } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.adminUnit.predecessors.map((u: { code: string }) => u.code)).toContain('82');
  });
});

describe('aliases', () => {
  it('refuses 31 aliases (QUERY_TOO_MANY_ALIASES), plain and with a variable', async () => {
    await refusedUnderAttack(gqlBody(`{ ${aliases(31, () => 'facility(code: "x") { name }')} }`), 'QUERY_TOO_MANY_ALIASES', 30);
    const error = await refusedUnderAttack(gqlBody(`query($c: String) { ${aliases(31, () => 'facility(code: $c) { name }')} }`, { c: 'x' }), 'QUERY_TOO_MANY_ALIASES', 30);
    expect(error.extensions.found).toBe(31);
  });

  it('counts the aliases of a fragment at every spread', async () => {
    const body = gqlBody(`{ ...A ...B } fragment A on Query { ${aliases(16, () => 'facility(code: "x") { name }')} } fragment B on Query { ${aliases(16, (i) => `facility(code: "y${i}") { name }`).replace(/a(\d+):/g, 'b$1:')} }`);
    await refusedUnderAttack(body, 'QUERY_TOO_MANY_ALIASES', 30);
  });

  it('refuses a mutation with too many aliases and writes nothing', async () => {
    const before = await registryFingerprint(t.pool);
    const create = (i: number) => `createFacility(input: { name: "Alias ${i}", kind: ELDERLY_CARE, ownership: PUBLIC, provinceCode: "11", location: { lat: 21.4, lng: 103.0, precision: EXACT }, source: { citation: "t", confidence: ESTIMATE } }) { id }`;
    const res = await t.post(gqlBody(`mutation { ${aliases(31, create)} }`), { key: ADMIN_KEY });
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_MANY_ALIASES', limit: 30 });
    expect(await registryFingerprint(t.pool)).toBe(before);
  });
});

describe('tokens and directives', () => {
  it('refuses the 82 KB document of 1,000 gap analyses by its size (QUERY_TOO_LARGE)', async () => {
    const body = gqlBody(`{ ${aliases(1000, () => 'gapAnalysis(level: COMMUNE) { rows { need } }')} }`);
    expect(body.length).toBeGreaterThan(50_000);
    const error = await refusedUnderAttack(body, 'QUERY_TOO_LARGE', 5000);
    expect(error.message).toBe('The query has more than 5000 tokens; send a smaller document');
  });

  it('refuses 51 directives (QUERY_TOO_MANY_DIRECTIVES), on fields and through a variable', async () => {
    const fields = Array.from({ length: 51 }, () => 'code @include(if: $yes)').join(' ');
    await refusedUnderAttack(gqlBody(`query($yes: Boolean!) { adminUnits(level: PROVINCE) { ${fields} } }`, { yes: true }), 'QUERY_TOO_MANY_DIRECTIVES', 50);
  });

  it('answers a deeply nested document with a refusal that leaks nothing of the parser', async () => {
    const res = await t.post(gqlBody('{ a '.repeat(2400) + '}'.repeat(2400)));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toMatch(/^QUERY_TOO_(LARGE|DEEP)$/);
    expect(JSON.stringify(res.body)).not.toMatch(/stack|Maximum call/i);
  });
});

describe('cost', () => {
  it('answers one gap analysis by commune with a reach radius, and refuses three (QUERY_TOO_COMPLEX)', async () => {
    const gap = 'gapAnalysis(level: COMMUNE, withinKm: 20) { rows { unit { code name } need places served coveragePercent nearestFacilityKm communesBeyondReach } }';
    const one = await t.gql(`{ ${gap} }`);
    expect(one.errors).toBeUndefined();
    const error = await refusedUnderAttack(gqlBody(`{ ${aliases(3, () => gap)} }`), 'QUERY_TOO_COMPLEX', 250_000);
    expect(error.extensions.found).toBeGreaterThan(250_000);
  });

  it('weighs a heavy field by its arguments when they come in variables', async () => {
    const query = `query($level: AdminLevel) { ...G } fragment G on Query { ${aliases(3, () => 'gapAnalysis(level: $level, withinKm: 20) { rows { unit { code } need coveragePercent } }')} }`;
    await refusedUnderAttack(gqlBody(query, { level: 'COMMUNE' }), 'QUERY_TOO_COMPLEX', 250_000);
    const provinces = await t.post(gqlBody(query, { level: 'PROVINCE' }));
    expect(provinces.body.errors).toBeUndefined();
    expect(provinces.body.data.a0.rows).toHaveLength(34);
  });

  it('refuses many copies of the whole registry as points, and of a search with its total', async () => {
    await refusedUnderAttack(gqlBody(`{ ${aliases(20, () => 'facilityPoints { count codes lat lng }')} }`), 'QUERY_TOO_COMPLEX', 250_000);
    await refusedUnderAttack(gqlBody(`{ ${aliases(25, (i) => `facilities(first: 1, filter: { search: "trung tam ${i}" }) { totalCount }`)} }`), 'QUERY_TOO_COMPLEX', 250_000);
    const one = await t.gql('{ facilityPoints { count } facilities(first: 5, filter: { search: "trung tam" }) { totalCount } }');
    expect(one.errors).toBeUndefined();
  });

  it('costs a list by its `first`, inline fragments included', async () => {
    const page = (first: number) => `facilities(first: ${first}) { edges { node { ... on Facility { name code kind province { name } operator { name } capacity { places residents } } } } }`;
    const gaps = aliases(4, () => 'gapAnalysis(level: COMMUNE, withinKm: 20) { rows { need } }');
    const cost = async (first: number) => (await refusedUnderAttack(gqlBody(`{ ${gaps} p: ${page(first)} }`), 'QUERY_TOO_COMPLEX', 250_000)).extensions.found as number;
    const perRow = ((await cost(100)) - (await cost(1))) / 99;
    expect(perRow).toBeGreaterThanOrEqual(12); // node, its 3 plain fields, 3 relations and their fields, the inline fragment's fields
    const ok = await t.gql(`{ ${aliases(5, () => page(100))} }`);
    expect(ok.errors).toBeUndefined();
  });

  it("answers graphql-js's introspection query", async () => {
    const res = await t.post(gqlBody(getIntrospectionQuery()));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });

  it('refuses nested introspection (graphql-js) and answers the most copies of the schema a request may ask, staying responsive', async () => {
    const nested = await t.post(gqlBody(`{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }`));
    expect(nested.body.errors[0]).toMatchObject({ message: 'Maximum introspection depth exceeded', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    // The most copies a request may ask for is answered (how long the service then waits is measured
    // by `npm run bench:attack`, not timed here: this process also runs the test).
    const copies = (n: number) => gqlBody(`{ ${aliases(n, () => '__schema { types { name fields { name args { name type { name ofType { name } } } type { name ofType { name } } } } }')} }`);
    expect((await t.post(copies(30))).body.data.a29.types.length).toBeGreaterThan(50);
    const { result, worstHealthMs } = await whileAttacking(t, async () => [await t.post(copies(8)), await t.post(copies(8))]);
    for (const res of result) expect(res.body.data.a7.types.length).toBeGreaterThan(50);
    expect(worstHealthMs).toBeLessThan(1000);
  });
});
