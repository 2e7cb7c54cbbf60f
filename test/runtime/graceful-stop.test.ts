import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDatabase } from '../../server/src/db/database.js';
import { freePort, startEmbeddedCluster, type EmbeddedCluster } from '../../server/src/db/embedded.js';
import { npmRun, slowGraphqlRequest, waitForHttp, type Launched, killLaunched } from '../support/processes.js';

/**
 * SIGTERM/SIGINT through npm start's command (after its build): the signal reaches the server, in-flight requests are answered, new connections are refused, and npm
 * exits with the server's code. Each case runs on a PostgreSQL this file starts itself.
 */
const QUERY = '{ facilities(first: 1) { totalCount } }';
let dir: string;
let cluster: EmbeddedCluster;
let databaseUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hub-stop-'));
  await chmod(dir, 0o755);
  cluster = await startEmbeddedCluster(path.join(dir, 'external'), { persistent: false });
  await ensureDatabase(cluster.url('postgres'), 'hub');
  databaseUrl = cluster.url('hub');
});
afterAll(async () => {
  await killLaunched();
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function serve(env: Record<string, string>): Promise<{ server: Launched; url: string }> {
  const port = await freePort();
  const server = npmRun('start', [], { NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1', ...env });
  const url = `http://127.0.0.1:${port}`;
  const ready = await waitForHttp(`${url}/readyz`);
  expect(ready.status).toBe(200);
  return { server, url };
}

/** Sends `signal` to npm while a request is in flight for 2 s more; returns its answer. */
async function signalDuringSlowRequest(server: Launched, url: string, signal: NodeJS.Signals) {
  const slow = slowGraphqlRequest(url, QUERY);
  await new Promise((r) => setTimeout(r, 300));
  server.child.kill(signal);
  await server.waitForOutput('stopping: finishing in-flight requests');
  // No new connection is accepted while the slow request finishes.
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  await new Promise((r) => setTimeout(r, 2000));
  slow.finish();
  return slow.response;
}

describe('graceful stop through npm', () => {
  it('SIGTERM during a 2 s request with DATABASE_URL: answered, then exit 0 and "facility hub stopped"', async () => {
    const { server, url } = await serve({ DATABASE_URL: databaseUrl });
    const answer = await signalDuringSlowRequest(server, url, 'SIGTERM');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { facilities: { totalCount: expect.any(Number) } } });
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('facility hub stopped');
    expect(server.output()).not.toContain('embedded PostgreSQL');
  });

  it('SIGINT with the embedded PostgreSQL: the request is answered, then PostgreSQL is stopped, exit 0', async () => {
    const dataDir = path.join(dir, 'embedded');
    const { server, url } = await serve({ DATABASE_URL: '', HUB_DATA_DIR: dataDir });
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);
    const answer = await signalDuringSlowRequest(server, url, 'SIGINT');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.facilities.totalCount).toBeGreaterThanOrEqual(3);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('facility hub stopped');
    // PostgreSQL removes its pid file when it has shut down.
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('SIGTERM during the start (PostgreSQL being initialised): stops once started, never listens, exit 0', async () => {
    const dataDir = path.join(dir, 'early');
    const server = npmRun('start', [], { NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: String(await freePort()), DATABASE_URL: '', HUB_DATA_DIR: dataDir });
    await server.waitForOutput('initialising embedded PostgreSQL');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('facility hub stopped');
    expect(server.output()).not.toContain('facility hub listening');
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('closes a request still unfinished after HUB_SHUTDOWN_GRACE_MS, and still exits 0', async () => {
    const { server, url } = await serve({ DATABASE_URL: databaseUrl, HUB_SHUTDOWN_GRACE_MS: '500' });
    const slow = slowGraphqlRequest(url, QUERY);
    await new Promise((r) => setTimeout(r, 300));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    await expect(slow.response).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(await server.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(server.output()).toContain('facility hub stopped');
  });
});
