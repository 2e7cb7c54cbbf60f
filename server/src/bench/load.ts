/**
 * The benchmarks' load: autocannon (HTTP/1.1, keep-alive, one request at a time per connection, the
 * same for every server compared), in place of a hand-written socket client.
 *
 * What it costs the shared CPU (measured 2026-12-02, Node 24, 2 shared cores, load average 1.7-3.5):
 * 10 connections for 5 s against a trivial node:http server in its own process answering JSON;
 * generator CPU (process.cpuUsage, user + system) per answered request, median of 3 runs (range):
 *
 * | generator                                        | 100-byte answers     | 16 KB answers        |
 * |--------------------------------------------------|----------------------|----------------------|
 * | the former hand-written client (raw socket)      | 16.6 µs (15.3-18.6)  | 22.2 µs (18.5-24.9)  |
 * | this runLoad (autocannon, body(i) per request)   | 35.0 µs (35.0-35.2)  | 40.5 µs (34.5-45.4)  |
 * | autocannon alone, one fixed body, no hooks       | 17.4 µs (17.2-20.1)  | 22.8 µs (22.5-24.7)  |
 *
 * So this costs about twice the CPU per request of the hand-written client (+15-20 µs): autocannon's
 * own HTTP work is as cheap, but `setupRequest` rebuilds the whole request for every body (about
 * +12 µs) and `onResponse` hands over headers and body (about +3 µs). A server answering in
 * 300-600 µs of CPU loses a few percent of the 2 cores to it, alike for every server compared
 * (`--compare`); absolute req/s are not comparable with results taken before this change.
 * Unlike the former client, a run ends with one request per connection in flight and unanswered.
 */
import autocannon from 'autocannon';

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
 * connection one request at a time (no pipelining); `body(i)` gives the i-th request body.
 * `requests` counts the answers (and failed connections); a response other than 200, one with
 * GraphQL `errors`, a connection error or a timeout counts as an error. Latencies in ms, from writing
 * the request to the last byte of the response, as autocannon times each one: its own histogram
 * keeps whole milliseconds only, too coarse for answers of 1-5 ms, so the percentiles are taken here.
 */
export async function runLoad(url: string, connections: number, seconds: number, body: (i: number) => string): Promise<RunResult> {
  const latencies: number[] = [];
  let built = 0;
  let failed = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: new URL('/graphql', url).toString(),
      connections,
      duration: seconds,
      pipelining: 1,
      // autocannon stops at its first sampling tick after `duration`: tick every 100 ms, not 1 s.
      sampleInt: 100,
      requests: [{
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          request.body = body(built++);
          return request;
        },
        onResponse: (status, text) => {
          if (status !== 200 || text.includes('"errors"')) failed++;
        },
      }],
    }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const elapsed = (performance.now() - started) / 1000;
  const lost = result.errors + result.timeouts;
  const requests = latencies.length + lost;
  latencies.sort((a, b) => a - b);
  return { requests, errors: failed + lost, seconds: elapsed, rps: requests / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
