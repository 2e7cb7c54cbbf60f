import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase } from '../support/app.js';
import { npmRun, killLaunched } from '../support/processes.js';

/** `npm run import:*` and signals: the signal reaches the import, which rolls back and says so. */
let url: string;
let pool: pg.Pool;
beforeAll(async () => {
  url = await createTestDatabase();
  pool = new pg.Pool({ connectionString: url, max: 2 });
});
afterAll(async () => {
  await killLaunched();
  await pool.end();
});

const communes = async () => (await pool.query(`SELECT count(*)::int AS n FROM admin_unit WHERE level = 'COMMUNE'`)).rows[0].n;

describe('import commands under signals', () => {
  it('says it waits for the database lock, and SIGTERM then ends it through npm: exit 143, nothing written', async () => {
    const holder = await pool.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtext('hub-import-units'))`);
      const run = npmRun('import:units', ['test/fixtures/communes.csv', '--confidence', 'SYNTHETIC'], { DATABASE_URL: url, LOG_LEVEL: '' });
      await run.waitForOutput('waiting for the database lock: another units import is running');
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(143);
      expect(run.output()).toContain('SIGTERM: stopping, the import is rolled back');
      expect(run.output()).toContain('import interrupted (SIGTERM): rolled back, nothing written');
      expect(await communes()).toBe(0);
    } finally {
      await holder.query(`SELECT pg_advisory_unlock(hashtext('hub-import-units'))`);
      holder.release();
    }
    // Nothing was left behind: the same import now runs to the end.
    const again = npmRun('import:units', ['test/fixtures/communes.csv', '--confidence', 'SYNTHETIC'], { DATABASE_URL: url, LOG_LEVEL: '' });
    expect(await again.exited).toBe(0);
    expect(again.output()).not.toContain('waiting for the database lock');
    expect(await communes()).toBe(5);
  });
});
