import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runLoad } from '../../server/src/bench/load.js';

/** The benchmarks' load generator reads HTTP/1.1 itself: it must frame both kinds of bodies and count errors. */
let server: http.Server;
let url: string;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push(body);
      const n = Number(JSON.parse(body).query);
      if (n % 3 === 0) {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { n, pad: 'x'.repeat(70_000) } })); // Content-Length, several TCP chunks
      } else if (n % 3 === 1) {
        res.write('{"data":{"n":'); // chunked
        setImmediate(() => res.end(`${n}}}`));
      } else {
        res.statusCode = n % 2 ? 500 : 200;
        res.end(JSON.stringify({ errors: [{ message: 'no' }] }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('runLoad', () => {
  it('sends every body, frames Content-Length and chunked answers, and counts errors (non-200 or GraphQL errors)', async () => {
    const result = await runLoad(url, 3, 0.5, (i) => JSON.stringify({ query: String(i) }));
    expect(result.requests).toBeGreaterThan(30);
    expect(seen.length).toBe(result.requests);
    const sent = seen.map((b) => Number(JSON.parse(b).query)).sort((a, b) => a - b);
    expect(sent).toEqual(Array.from({ length: sent.length }, (_, i) => i));
    expect(result.errors).toBe(sent.filter((n) => n % 3 === 2).length);
    expect(result.p50).toBeGreaterThan(0);
    expect(result.p99).toBeGreaterThanOrEqual(result.p50);
  });
});
