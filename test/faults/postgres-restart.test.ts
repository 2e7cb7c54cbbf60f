import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDatabase } from '../../server/src/db/database.js';
import { freePort, startEmbeddedCluster, type EmbeddedCluster } from '../../server/src/db/embedded.js';
import { UNLIMITED } from '../support/app.js';
import { launch, waitForHttp, type Launched, killLaunched } from '../support/processes.js';

/**
 * PostgreSQL restarted under load, on a cluster this file starts itself (never the machine's or the
 * suite's): the server process survives, /readyz says 503 while the database is away, and every
 * answer from 5 s after its return is correct again. Never a wrong answer, even during the outage.
 */
const QUERY = JSON.stringify({ query: '{ facilities(first: 3) { totalCount edges { node { code } } } }' });
let dir: string;
let cluster: EmbeddedCluster;
let port: number;
let server: Launched;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hub-fault-'));
  await chmod(dir, 0o755);
  port = await freePort();
  cluster = await startEmbeddedCluster(path.join(dir, 'pg'), { persistent: true, port });
  await ensureDatabase(cluster.url('postgres'), 'hub');
  const httpPort = await freePort();
  server = launch(process.execPath, ['dist/server/src/main.js'], {
    ...UNLIMITED, DATABASE_URL: cluster.url('hub'), PORT: String(httpPort), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn',
  });
  url = `http://127.0.0.1:${httpPort}`;
  expect((await waitForHttp(`${url}/readyz`)).status).toBe(200);
});

afterAll(async () => {
  // The server, stopped gracefully (and also after a failed test).
  await killLaunched();
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

interface Sample { at: number; status: number; body: string }

async function ask(): Promise<Sample> {
  const at = Date.now();
  try {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY, signal: AbortSignal.timeout(10_000) });
    return { at, status: res.status, body: await res.text() };
  } catch (error) {
    return { at, status: 0, body: String(error) };
  }
}

describe('PostgreSQL restarted under load', () => {
  it('the server survives, /readyz is 503 meanwhile, and answers are correct within 5 s of the return', async () => {
    const expected = JSON.parse((await ask()).body);
    expect(expected.data.facilities.totalCount).toBeGreaterThanOrEqual(3);
    const samples: Sample[] = [];
    const ready: Sample[] = [];
    let running = true;
    const load = Array.from({ length: 4 }, async () => {
      while (running) samples.push(await ask());
    });
    const probe = (async () => {
      while (running) {
        const at = Date.now();
        const status = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0);
        ready.push({ at, status, body: '' });
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    await new Promise((r) => setTimeout(r, 1000));
    const stopped = Date.now();
    await cluster.stop();
    const down = Date.now();
    await new Promise((r) => setTimeout(r, 2000));
    cluster = await startEmbeddedCluster(path.join(dir, 'pg'), { persistent: true, port });
    const back = Date.now();
    await new Promise((r) => setTimeout(r, 7000));
    running = false;
    await Promise.all([...load, probe]);

    expect(server.child.exitCode).toBeNull();
    // While the database was away: the readiness check said so.
    const whileDown = ready.filter((s) => s.at > down && s.at + 1000 < back);
    expect(whileDown.length).toBeGreaterThan(3);
    expect(new Set(whileDown.map((s) => s.status))).toEqual(new Set([503]));
    // From 5 s after its return: ready, and every answer correct.
    expect(ready.filter((s) => s.at > back + 5000).map((s) => s.status)).not.toContain(503);
    const late = samples.filter((s) => s.at > back + 5000);
    expect(late.length).toBeGreaterThan(10);
    for (const s of late) expect([s.status, JSON.parse(s.body)]).toEqual([200, expected]);
    // Never a wrong answer: each one is the right data or an error without data.
    for (const s of samples.filter((x) => x.status === 200)) {
      const body = JSON.parse(s.body);
      if (body.data?.facilities) expect(body).toEqual(expected);
      else expect(body.errors?.length).toBeGreaterThan(0);
    }
    // The outage was seen by the load (errors), not hidden.
    expect(samples.filter((s) => s.at > down && s.at + 500 < back).every((s) => s.body.includes('errors') || s.status !== 200)).toBe(true);
    const correct = (s: Sample) => s.status === 200 && JSON.stringify(JSON.parse(s.body)) === JSON.stringify(expected);
    const outage = samples.filter((s) => s.at > down && s.at < back);
    const kinds = [...new Set(outage.map((s) => `${s.status} ${s.body.slice(0, 120)}`))];
    process.stderr.write(`postgres restart: stop took ${down - stopped} ms, ${samples.length} requests, ${outage.length} during the outage (${kinds.join(' | ')}); `
      + `first correct answer ${(samples.find((s) => s.at > back && correct(s))?.at ?? NaN) - back} ms after the return, ready again after ${(ready.find((s) => s.at > back && s.status === 200)?.at ?? NaN) - back} ms\n`);
  });
});
