import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runLoad } from '../../server/src/bench/load.js';

/**
 * The benchmarks' load (autocannon behind `runLoad`): every body once, and the errors counted. A run
 * ends with one request per connection in flight: the server may see those, the result does not.
 */
let server: http.Server;
let url: string;
let seen: number[] = [];
const CONNECTIONS = 3;

/** Answer n: Content-Length (n % 3 = 0, several TCP chunks), chunked (1), or errors (2; HTTP 500 when n is odd). */
function answer(n: number, res: http.ServerResponse): void {
  if (n % 3 === 0) {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { n, pad: 'x'.repeat(70_000) } }));
  } else if (n % 3 === 1) {
    res.write('{"data":{"n":');
    setImmediate(() => res.end(`${n}}}`));
  } else {
    res.statusCode = n % 2 ? 500 : 200;
    res.end(JSON.stringify({ errors: [{ message: 'no' }] }));
  }
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const n = Number(JSON.parse(body).query);
      seen.push(n);
      answer(n, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('runLoad', () => {
  it('sends each body once, POST /graphql over keep-alive connections, and counts every answer', async () => {
    seen = [];
    const result = await runLoad(url, CONNECTIONS, 0.5, (i) => JSON.stringify({ query: String(i) }));
    expect(result.requests).toBeGreaterThan(30);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(result.requests);
    expect(seen.length).toBeLessThanOrEqual(result.requests + CONNECTIONS);
    expect(Math.max(...seen)).toBeLessThan(result.requests + CONNECTIONS);
    expect(result.rps).toBeCloseTo(result.requests / result.seconds, 6);
    expect(result.p50).toBeGreaterThan(0);
    expect(result.p99).toBeGreaterThanOrEqual(result.p50);
  });

  it('counts answers other than 200 and answers with GraphQL errors as errors', async () => {
    seen = [];
    const result = await runLoad(url, CONNECTIONS, 0.5, (i) => JSON.stringify({ query: String(i) }));
    const erroneous = seen.filter((n) => n % 3 === 2).length;
    expect(result.errors).toBeGreaterThan(10);
    expect(result.errors).toBeLessThanOrEqual(erroneous);
    expect(result.errors).toBeGreaterThanOrEqual(erroneous - CONNECTIONS);
  });

  it('counts refused connections as failed requests', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await runLoad(`http://127.0.0.1:${port}`, 1, 0.2, () => '{}');
    expect(result.requests).toBeGreaterThan(0);
    expect(result.errors).toBe(result.requests);
  });
});
