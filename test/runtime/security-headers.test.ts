import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';

/** Security headers on the map and the API, and HOST choosing the listen address. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ HOST: '127.0.0.2' });
});
afterAll(async () => {
  await t.stop();
});

const COMMON = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};

describe('security headers', () => {
  it('the map page: a CSP of its own sources and the tile server, no framing, nosniff, a referrer policy', async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    expect(Object.fromEntries(Object.keys(COMMON).map((h) => [h, res.headers.get(h)]))).toEqual(COMMON);
    expect(res.headers.get('content-security-policy')!.split(';')).toEqual([
      "default-src 'self'", "script-src 'self'", "worker-src 'self'", "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: https://tile.openstreetmap.org", "connect-src 'self' https://tile.openstreetmap.org", "font-src 'self'",
      "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
    ]);
  });

  it('the API: the same headers, and a CSP that forbids framing (its landing page brings its own script policy)', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ facilities(first: 1) { totalCount } }' }) });
    expect(res.status).toBe(200);
    expect(Object.fromEntries(Object.keys(COMMON).map((h) => [h, res.headers.get(h)]))).toEqual(COMMON);
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none';object-src 'none';base-uri 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('HOST', () => {
  it('listens on the address it names only', async () => {
    const port = new URL(t.url).port;
    expect(t.url).toBe(`http://127.0.0.2:${port}`);
    expect((await fetch(`http://127.0.0.2:${port}/healthz`)).status).toBe(200);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
