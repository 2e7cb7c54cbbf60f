import http from 'node:http';

export interface RunResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Sends POST /graphql requests from `connections` keep-alive connections for `seconds`, each
 * connection one request at a time; `body(i)` gives the i-th request body. Latencies in ms.
 */
export async function runLoad(url: string, connections: number, seconds: number, body: (i: number) => string): Promise<RunResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL('/graphql', url);
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const one = (payload: string) =>
    new Promise<boolean>((resolve) => {
      const req = http.request(target, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve(res.statusCode === 200 && !text.includes('"errors"'));
        });
      });
      req.on('error', () => resolve(false));
      req.end(payload);
    });
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const ok = await one(body(counter++));
      latencies.push(performance.now() - t0);
      if (!ok) errors++;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds: elapsed, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
