import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('HTTP surface', () => {
  it('answers /healthz while the process is up', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz when the database is reachable', async () => {
    const res = await fetch(`${t.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('serves a page at /', async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('trợ giúp xã hội');
  });

  it('masks unexpected errors and keeps typed ones', async () => {
    const bad = await t.gql('{ facilities(first: 500) { totalCount } }');
    expect(bad).toEqual({
      data: null,
      errors: [{
        message: 'Invalid input: first: must be from 0 to 100',
        locations: [{ line: 1, column: 3 }],
        path: ['facilities'],
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'first', message: 'must be from 0 to 100' }] },
      }],
    });
  });

  it('refuses a date that does not exist with BAD_USER_INPUT naming the variable', async () => {
    const res = await t.gql('query($d: Date) { adminUnits(asOf: $d) { code } }', { d: '2025-02-29' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([{ path: 'd', message: expect.stringContaining('calendar date') }]);
    expect(res.data).toBeUndefined();
  });
});
