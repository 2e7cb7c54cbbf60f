import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase } from '../../server/src/db/database.js';
import { startEmbeddedCluster, type EmbeddedCluster } from '../../server/src/db/embedded.js';
import { launch, killLaunched } from '../support/processes.js';

/**
 * kill -9 of an import in the middle of writing, on a cluster this file starts itself: nothing of
 * the file is in the database, and the next import of the same kind is not blocked.
 */
const ROWS = 20_000;
let dir: string;
let cluster: EmbeddedCluster;
let url: string;
let pool: pg.Pool;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hub-kill-'));
  await chmod(dir, 0o755);
  cluster = await startEmbeddedCluster(path.join(dir, 'pg'), { persistent: false });
  await ensureDatabase(cluster.url('postgres'), 'hub');
  url = cluster.url('hub');
  pool = new pg.Pool({ connectionString: url, max: 2 });
  // pool.end() resolves before its sockets close: the cluster's stop in afterAll may still reach an
  // idle client ("terminating connection due to administrator command"), harmless at that point.
  pool.on('error', () => undefined);
  file = path.join(dir, 'facilities-big.csv');
  const lines = ['ma,ten,loai_hinh,so_huu,ma_tinh,vi_do,kinh_do'];
  for (let i = 0; i < ROWS; i++) lines.push(`KILL-${i},Cơ sở thử nghiệm ${i},OTHER,PUBLIC,11,${(21 + (i % 1000) / 2000).toFixed(4)},103.02`);
  await writeFile(file, `${lines.join('\n')}\n`);
});

afterAll(async () => {
  await killLaunched();
  await pool?.end();
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

const importFacilities = (...args: string[]) =>
  launch(process.execPath, ['dist/server/src/scripts/import-facilities.js', ...args], { DATABASE_URL: url, LOG_LEVEL: '' });

describe('kill -9 of an import', () => {
  it('leaves nothing of the file written, and the next import runs', async () => {
    const run = importFacilities(file);
    // The progress bar (a line per 10% off a terminal) shows rows being written.
    await run.waitForOutput(/importing facilities-big\.csv: [1-8]\d% /, 120_000);
    run.child.kill('SIGKILL');
    expect(await run.exited).toBe(137);
    const written = async () => (await pool.query(`SELECT count(*)::int AS n FROM facility WHERE code LIKE 'KILL-%'`)).rows[0].n;
    // PostgreSQL notices the dead session and rolls its transaction back.
    for (let i = 0; i < 50 && (await pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'hub' AND state = 'active' AND pid <> pg_backend_pid()`)).rows[0].n > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await written()).toBe(0);
    expect((await pool.query(`SELECT count(*)::int AS n FROM import_run WHERE file_name = 'facilities-big.csv'`)).rows[0].n).toBe(0);

    const small = path.join(dir, 'facilities-small.csv');
    await writeFile(small, 'ma,ten,loai_hinh,so_huu,ma_tinh,vi_do,kinh_do\nKILL-AFTER-1,Cơ sở sau,OTHER,PUBLIC,11,21.39,103.02\n');
    const after = importFacilities(small);
    expect(await after.exited).toBe(0);
    expect(after.output()).not.toContain('waiting for the database lock');
    expect(await written()).toBe(1);
  });
});
