import { Writable } from 'node:stream';
import { createLogger } from '../../server/src/logger.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** A production-mode app (as deployed: NODE_ENV=production) whose log lines the test can read. */
export interface AttackedApp extends TestApp {
  logs: Record<string, any>[];
  /** POSTs a body as is (any string), with an optional key; the raw status, headers and parsed JSON body. */
  post(body: string, opts?: { key?: string; contentType?: string; signal?: AbortSignal }): Promise<{ status: number; type: string; body: any }>;
}

export async function startProductionApp(env: Record<string, string> = {}): Promise<AttackedApp> {
  const logs: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger({ logLevel: 'info' }, sink);
  const t = await startTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'info', ...env }, { logger });
  return {
    ...t,
    logs,
    async post(body, opts = {}) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': opts.contentType ?? 'application/json', ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}) },
        body,
        signal: opts.signal,
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // left as text: the test asserts on it
      }
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: parsed };
    },
  };
}

export const gqlBody = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

/** Milliseconds until `GET /healthz` answers 200. */
export async function healthLatency(url: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${url}/healthz`);
  if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
  await res.text();
  return performance.now() - start;
}

/** A cheap query any visitor may send: the 34 current provinces' codes. */
export const CHEAP_QUERY = '{ adminUnits(level: PROVINCE) { code } }';

/**
 * Runs `attack` while probing `/healthz` and a cheap query every 100 ms; returns the slowest
 * answer of each (the service must stay responsive while it refuses the attack).
 */
export async function whileAttacking<T>(t: AttackedApp, attack: () => Promise<T>): Promise<{ result: T; worstHealthMs: number; worstCheapMs: number }> {
  let done = false;
  let worstHealthMs = 0;
  let worstCheapMs = 0;
  const probe = (async () => {
    while (!done) {
      worstHealthMs = Math.max(worstHealthMs, await healthLatency(t.url));
      const start = performance.now();
      const cheap = await t.post(gqlBody(CHEAP_QUERY));
      if (cheap.status !== 200 || cheap.body.data?.adminUnits?.length !== 34) throw new Error(`cheap query answered ${cheap.status} ${JSON.stringify(cheap.body).slice(0, 200)}`);
      worstCheapMs = Math.max(worstCheapMs, performance.now() - start);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    const result = await attack();
    return { result, worstHealthMs, worstCheapMs };
  } finally {
    done = true;
    await probe;
  }
}
