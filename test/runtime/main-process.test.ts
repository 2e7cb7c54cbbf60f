import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../server/src/db/embedded.js';
import { waitForHttp as waitFor } from '../support/processes.js';

const children: ReturnType<typeof spawn>[] = [];
// A failed test leaves its server running: end it, or jest waits for it forever.
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Runs the built server (what `npm start` runs) as its own process. */
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['dist/server/src/main.js'], { env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}


describe('the server process (npm start)', () => {
  it('starts an embedded PostgreSQL with a persistent data directory, serves seeded data, and stops cleanly on SIGTERM', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hub-main-'));
    await chmod(dir, 0o755);
    const port = await freePort();
    const env = { PORT: String(port), HUB_DATA_DIR: path.join(dir, 'pg'), DATABASE_URL: '' };
    try {
      const first = startMain(env);
      const started = Date.now();
      const health = await waitFor(`http://127.0.0.1:${port}/healthz`, 30_000);
      expect(health.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(15_000);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ facilities(first: 5) { totalCount } }' }),
      });
      const body = (await res.json()) as any;
      expect(body.data.facilities.totalCount).toBeGreaterThanOrEqual(3);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain('facility hub stopped');

      // Second start on the same data directory: no initialisation, data kept.
      const second = startMain(env);
      await waitFor(`http://127.0.0.1:${port}/readyz`, 30_000);
      expect(second.output()).not.toContain('initialising embedded PostgreSQL');
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad configuration with a clear message and exit code 2', async () => {
    const p = startMain({ PORT: 'not-a-port' });
    expect(await p.exited).toBe(2);
    expect(p.output()).toContain('PORT must be an integer');
  });
});
