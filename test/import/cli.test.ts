import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase } from '../support/app.js';

let url: string;
let pool: pg.Pool;
beforeAll(async () => {
  url = await createTestDatabase();
  pool = new pg.Pool({ connectionString: url, max: 2 });
});
afterAll(async () => {
  await pool.end();
});

/** Runs a compiled import command (`npm test` builds first) on this file's database, as `npm run import:…` would. */
function run(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`dist/server/src/scripts/${script}.js`, ...args], {
      env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: '', LOG_LEVEL: '' },
    }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

describe('the import commands, end to end', () => {
  it('import communes with a progress bar and a summary, then say there is no change', async () => {
    const first = await run('import-units', 'test/fixtures/communes.csv', '--confidence', 'SYNTHETIC');
    expect(first).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^communes\.csv: 5 rows imported in \d+\.\d s: 5 inserted, 0 updated, 0 unchanged\nnote: ignored columns: full_name_en\n$/),
      stderr: 'importing communes.csv: 100% (5/5)\n',
    });
    const second = await run('import-units', 'test/fixtures/communes.csv', '--confidence', 'SYNTHETIC');
    expect([second.code, second.stdout.split('\n')[0]]).toEqual([0, expect.stringMatching(/^communes\.csv: no change, the database already holds these 5 rows \(\d+\.\d s\)$/)]);
    const stored = await pool.query(`SELECT count(*)::int AS n, min(source_citation) AS citation FROM admin_unit WHERE level = 'COMMUNE'`);
    expect(stored.rows).toEqual([{ n: 5, citation: 'Imported from communes.csv' }]);
  });

  it('dry-run a facility file: what would change, nothing written', async () => {
    const res = await run('import-facilities', 'test/fixtures/facilities.csv', '--dry-run');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^facilities\.csv: dry run, 4 rows checked, no problem, nothing written: would insert 3, update 1, leave 0 unchanged/);
    expect((await pool.query(`SELECT count(*)::int AS n FROM facility WHERE code LIKE 'TEST-%'`)).rows[0].n).toBe(0);
  });

  it('reject a file with a bad line with exit code 1, naming the line and the field', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hub-cli-'));
    const bad = path.join(dir, 'facilities-bad.csv');
    await writeFile(bad, 'ma,ten,loai_hinh,so_huu,ma_tinh,vi_do,kinh_do\nBAD-1,Cơ sở,OTHER,PUBLIC,11,21.39,103.02\nBAD-2,Cơ sở,OTHER,PUBLIC,11,121.39,103.02\n');
    const res = await run('import-facilities', bad);
    await rm(dir, { recursive: true });
    expect(res).toEqual({
      code: 1, stderr: '',
      stdout: 'facilities-bad.csv rejected, nothing written: 1 problem in 2 rows\n  line 3, vi_do: 121.39 is above 90\n',
    });
    expect((await pool.query(`SELECT count(*)::int AS n FROM facility WHERE code LIKE 'BAD-%'`)).rows[0].n).toBe(0);
  });

  it('refuse wrong arguments with exit code 2 and the usage', async () => {
    const res = await run('import-boundaries', 'test/fixtures/boundaries.geojson', '--level', 'DISTRICT');
    expect(res).toEqual({
      code: 2, stdout: '',
      stderr: '--level must be PROVINCE or COMMUNE\nusage: npm run import:boundaries -- <file.geojson> --level PROVINCE|COMMUNE [--dry-run] [--as-of YYYY-MM-DD] [--attribution "text"]\n',
    });
  });
});
