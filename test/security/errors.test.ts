import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { gqlBody, startProductionApp, type AttackedApp } from './attack.js';

/**
 * Malformed input of every kind is the caller's problem, said plainly: BAD_USER_INPUT (one info
 * line in the log, nothing at error level), GraphQL-shaped JSON for HTTP errors, and nothing of the
 * server's insides in any answer.
 */
let t: AttackedApp;
beforeAll(async () => {
  t = await startProductionApp();
});
afterAll(async () => {
  await t.stop();
});

const errorLines = () => t.logs.filter((l) => l.level >= 50);

/** Sends a query, expects BAD_USER_INPUT on `path`, one info line for it and no error line. */
async function badInput(query: string, variables: Record<string, unknown> | undefined, path: string) {
  const logged = t.logs.length;
  const res = await t.post(gqlBody(query, variables));
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(res.body.errors[0].extensions.fieldErrors.map((e: { path: string }) => e.path)).toEqual([path]);
  const lines = t.logs.slice(logged);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 30, msg: 'request refused', code: 'BAD_USER_INPUT' });
  expect(JSON.stringify(lines[0]).length).toBeLessThan(600);
  expect(errorLines()).toEqual([]);
}

describe('forged cursors', () => {
  const page = 'query($after: String) { facilities(first: 2, after: $after) { edges { node { name } } } }';
  const forged = {
    'a huge id': 'WyJ4IiwxMDk5NTExNjI3Nzc2XQ', // ["x",1099511627776]
    'a negative id': Buffer.from('["x",-5]').toString('base64url'),
    'a number where the name goes': Buffer.from('[12,3]').toString('base64url'),
    'a NUL in the name': Buffer.from('["a\\u0000",3]').toString('base64url'),
    'not JSON': 'not-a-cursor',
    'an object': Buffer.from('{"a":1}').toString('base64url'),
  };
  for (const [what, after] of Object.entries(forged)) {
    it(`refuses a cursor with ${what}`, async () => {
      await badInput(page, { after }, 'after');
    });
  }

  it('refuses a search cursor past the ranking or of the wrong type', async () => {
    const search = 'query($after: String) { facilities(first: 2, after: $after, filter: { search: "trung tam" }) { edges { node { name } } } }';
    await badInput(search, { after: Buffer.from('["search",99999999999]').toString('base64url') }, 'after');
    await badInput(search, { after: Buffer.from('["search",1e300]').toString('base64url') }, 'after');
    await badInput(search, { after: Buffer.from('[["search"],3]').toString('base64url') }, 'after');
  });

  it('refuses ordered-page cursors whose sort value has the wrong type', async () => {
    const byPlaces = 'query($after: String) { facilities(first: 2, after: $after, orderBy: { field: PLACES, direction: DESC }) { edges { node { name } } } }';
    await badInput(byPlaces, { after: Buffer.from('["many",3]').toString('base64url') }, 'after');
    const byUpdate = 'query($after: String) { facilities(first: 2, after: $after, orderBy: { field: UPDATED_AT, direction: ASC }) { edges { node { name } } } }';
    await badInput(byUpdate, { after: Buffer.from('["yesterday",3]').toString('base64url') }, 'after');
  });
});

describe('the NUL character in code arguments', () => {
  const cases: [string, string, string][] = [
    ['facility(code)', 'query($v: String) { facility(code: $v) { name } }', '$v'],
    ['filter.provinceCode', 'query($v: String) { facilities(filter: { provinceCode: $v }) { totalCount } }', '$v'],
    ['adminUnit(code)', 'query($v: String!) { adminUnit(code: $v) { name } }', '$v'],
    ['adminUnits(parentCode)', 'query($v: String) { adminUnits(parentCode: $v) { name } }', '$v'],
    ['needs(unitCode)', 'query($v: String!) { needs(unitCode: $v) { count } }', '$v'],
    ['communesBeyondReach(provinceCode)', 'query($v: String) { communesBeyondReach(withinKm: 10, provinceCode: $v) { communesChecked } }', '$v'],
    ['filter.legacyProvinceCode', 'query($v: String) { facilities(filter: { legacyProvinceCode: $v }) { totalCount } }', '$v'],
  ];
  for (const [where, query, path] of cases) {
    it(`refuses it in ${where}, as a variable and as a literal`, async () => {
      await badInput(query, { v: 'a\u0000' }, path);
      const literal = query.replace(/query\(\$v: String!?\) /, '').replace('$v', '"a\\u0000"');
      const logged = t.logs.length;
      const res = await t.post(gqlBody(literal));
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(t.logs.slice(logged)).toHaveLength(1);
    });
  }
});

describe('HTTP errors', () => {
  it('answers a body over the size limit with GraphQL-shaped JSON (413)', async () => {
    const res = await t.post(gqlBody(`{ facility(code: "${'x'.repeat(1_100_000)}") { name } }`));
    expect(res.status).toBe(413);
    expect(res.type).toMatch(/application\/json/);
    expect(res.body).toEqual({ errors: [{ message: 'The request body is larger than 1048576 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers malformed JSON with GraphQL-shaped JSON (400)', async () => {
    const res = await t.post('{"query": "{ facilities { totalCount } }"');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(errorLines()).toEqual([]);
  });

  it('gives no "Did you mean" suggestions in production', async () => {
    const res = await t.post(gqlBody('{ facilitys(first: 1) { totalCount } }'));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors[0].message).not.toMatch(/Did you mean/);
  });
});

describe('introspection', () => {
  it('is answered by default (the schema is published) and refused with HUB_INTROSPECTION=off', async () => {
    expect((await t.post(gqlBody(getIntrospectionQuery()))).body.data.__schema.types.length).toBeGreaterThan(50);
    const closed = await startProductionApp({ HUB_INTROSPECTION: 'off' });
    try {
      const res = await closed.post(gqlBody(getIntrospectionQuery()));
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await closed.gql('{ adminUnits(level: PROVINCE) { code } }')).data.adminUnits).toHaveLength(34);
    } finally {
      await closed.stop();
    }
  });
});
