import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import { ADMIN_KEY, createTestDatabase, startTestApp, type TestApp } from '../support/app.js';

/** Rate limits of /graphql over real HTTP: budgets, 429 answers, wrong keys, proxies, Redis. */
const QUERY = JSON.stringify({ query: '{ facilities(first: 1) { totalCount } }' });
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const started: TestApp[] = [];
let databaseUrl: string | undefined;

afterAll(async () => {
  await Promise.all(started.map((t) => t.stop()));
});

/** An app with these rate-limit variables (the others as in every test: unlimited), sharing one database. */
async function app(env: Record<string, string>): Promise<TestApp> {
  databaseUrl ??= await createTestDatabase();
  const t = await startTestApp(env, { databaseUrl });
  started.push(t);
  return t;
}

async function post(t: TestApp, opts: { key?: string; forwardedFor?: string } = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
      ...(opts.forwardedFor ? { 'x-forwarded-for': opts.forwardedFor } : {}),
    },
    body: QUERY,
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

async function statuses(t: TestApp, n: number, opts: Parameters<typeof post>[1] = {}): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await post(t, opts)).status);
  return out;
}

function rateLimited(retryAfterSeconds: number, message: string) {
  return { errors: [{ message: `${message}: try again in ${retryAfterSeconds} s`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] };
}

describe('rate limits', () => {
  it('anonymous callers: per second plus a burst, then 429 with Retry-After and a GraphQL-shaped error', async () => {
    const t = await app({ HUB_RATE_ANONYMOUS_RPS: '2', HUB_RATE_ANONYMOUS_BURST: '3' });
    expect(await statuses(t, 5)).toEqual([200, 200, 200, 200, 200]);
    const refused = await post(t);
    expect(refused.status).toBe(429);
    const seconds = Number(refused.retryAfter);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(1);
    expect(refused.body).toEqual(rateLimited(seconds, 'Too many requests'));
    // A key holder from the same address has a budget of its own.
    expect((await post(t, { key: ADMIN_KEY })).status).toBe(200);
    // Health checks are never limited.
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('wrong keys: answered late, refused with 429 past their own budget, and never throttling anonymous reads', async () => {
    const t = await app({ HUB_RATE_AUTH_FAILURES: '3', HUB_RATE_ANONYMOUS_RPS: '1000', HUB_RATE_ANONYMOUS_BURST: '1000' });
    const wrong = { key: 'not-the-key-0123456789' };
    const before = Date.now();
    const first = await post(t, wrong);
    expect(Date.now() - before).toBeGreaterThanOrEqual(240);
    // Within budget a wrong key is an anonymous caller: reads answer, mutations are refused as before.
    expect(first.status).toBe(200);
    expect(await statuses(t, 2, wrong)).toEqual([200, 200]);
    const refused = await post(t, wrong);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(50);
    expect(refused.body).toEqual(rateLimited(Number(refused.retryAfter), 'Too many failed authentications from this address'));
    expect(await statuses(t, 20)).toEqual(Array(20).fill(200));
    expect((await post(t, { key: ADMIN_KEY })).status).toBe(200);
    expect((await post(t, wrong)).status).toBe(429);
  });

  it('TRUST_PROXY: the client address comes from X-Forwarded-For through a trusted proxy', async () => {
    const t = await app({ TRUST_PROXY: '127.0.0.1', HUB_RATE_ANONYMOUS_RPS: '1', HUB_RATE_ANONYMOUS_BURST: '1' });
    expect(await statuses(t, 3, { forwardedFor: '203.0.113.7' })).toEqual([200, 200, 429]);
    // Another client behind the same proxy has its own budget.
    expect(await statuses(t, 2, { forwardedFor: '198.51.100.1, 203.0.113.9' })).toEqual([200, 200]);
  });

  it('without TRUST_PROXY, X-Forwarded-For is ignored: a spoofed address gets no fresh budget', async () => {
    const t = await app({ HUB_RATE_ANONYMOUS_RPS: '1', HUB_RATE_ANONYMOUS_BURST: '1' });
    expect(await statuses(t, 2, { forwardedFor: '203.0.113.7' })).toEqual([200, 200]);
    expect(await statuses(t, 2, { forwardedFor: '203.0.113.8' })).toEqual([429, 429]);
    expect((await post(t)).status).toBe(429);
  });

  it('with an unreachable Redis, limits hold in memory and the hub keeps answering', async () => {
    const t = await app({ REDIS_URL: 'redis://127.0.0.1:1', HUB_RATE_ANONYMOUS_RPS: '1', HUB_RATE_ANONYMOUS_BURST: '2' });
    expect(await statuses(t, 4)).toEqual([200, 200, 200, 429]);
  });
});

/** True when a TCP connection to the Redis of REDIS_URL (default 127.0.0.1:6379) opens. */
function redisReachable(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.connect(Number(port || 6379), hostname);
  });
}

describe('rate limits shared through Redis', () => {
  it('two instances spend one budget', async () => {
    if (!(await redisReachable())) {
      const message = `Redis test NOT run: nothing answers at ${REDIS_URL}`;
      process.stderr.write(`\n*** ${message} ***\n\n`);
      if (process.env.CI) throw new Error(`${message}; CI must provide Redis`);
      return;
    }
    // A prefix of this run's own, so that no other run or hub shares these counters.
    const env = { REDIS_URL, HUB_RATE_REDIS_PREFIX: `hub-test-${randomBytes(6).toString('hex')}`, HUB_RATE_ANONYMOUS_RPS: '1', HUB_RATE_ANONYMOUS_BURST: '4' };
    const a = await app(env);
    const b = await app(env);
    expect(await statuses(a, 3)).toEqual([200, 200, 200]);
    expect(await statuses(b, 3)).toEqual([200, 200, 429]);
    const refused = await post(a);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
