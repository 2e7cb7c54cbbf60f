import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Kind, parse, print } from 'graphql';
import * as map from '../../web/src/api/queries.js';
import * as planning from '../../web/src/api/planning.queries.js';
import { ADMIN_KEY } from '../support/app.js';
import { gqlBody, startProductionApp, type AttackedApp } from './attack.js';

/**
 * The limits refuse only what no real client asks: every query the map sends and every operation of
 * the README is answered, under production settings, without a limit's refusal or a masked error.
 */
let t: AttackedApp;
beforeAll(async () => {
  t = await startProductionApp();
});
afterAll(async () => {
  await t.stop();
});

function expectAnswered(body: any) {
  const codes: string[] = (body.errors ?? []).map((e: { extensions: { code: string } }) => e.extensions.code);
  expect(codes.filter((c) => c.startsWith('QUERY_') || c === 'INTERNAL_SERVER_ERROR' || c === 'GRAPHQL_VALIDATION_FAILED')).toEqual([]);
}

describe('the map', () => {
  const variables: Record<string, Record<string, unknown>> = {
    FACILITIES_PAGE: { first: 100, filter: { provinceCode: '11' } },
    FACILITY_DETAIL: { code: 'TGXH-11-001' },
    FACILITIES_NEAR: { lat: 21.39, lng: 103.02, first: 10 },
    FACILITY_POINTS: { filter: null },
    FACILITY_LABELS: { codes: ['TGXH-11-001', 'TGXH-11-002'], first: 100 },
    GAP_ANALYSIS: { geography: 'CURRENT_34' },
    TARGET_PROGRESS: { geography: 'LEGACY_63', provinceCode: null },
    PROVINCES_AS_OF: { asOf: '2024-12-31' },
    BOUNDARIES_AS_OF: { asOf: '2024-12-31' },
    COMMUNES_BEYOND_REACH: { withinKm: 30, kinds: ['ELDERLY_CARE'] },
  };
  const documents = Object.entries({ ...map, ...planning }).filter(([, v]) => typeof v === 'string' && /^\s*query /.test(v)) as [string, string][];

  it('has a query for every document it exports', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  for (const [name, query] of documents) {
    it(`answers ${name}`, async () => {
      const res = await t.post(gqlBody(query, variables[name] ?? {}));
      expectAnswered(res.body);
      expect(res.body.data).toBeDefined();
    });
  }
});

describe('the README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const operations = blocks.flatMap((b) => parse(b).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).map((d) => print(d)));

  it('has operations to send', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
  });

  for (const [i, operation] of operations.entries()) {
    it(`answers operation ${i + 1}: ${operation.replace(/\s+/g, ' ').slice(0, 60)}`, async () => {
      const res = await t.post(gqlBody(operation), { key: ADMIN_KEY });
      expectAnswered(res.body);
    });
  }
});
