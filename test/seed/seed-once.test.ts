import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { createTestDatabase } from '../support/app.js';

let url: string;
let pool: pg.Pool;
beforeAll(async () => {
  url = await createTestDatabase();
  pool = new pg.Pool({ connectionString: url });
});
afterAll(async () => {
  await pool.end();
});

describe('seeds', () => {
  it('hold the 63 legacy and 34 current provinces, 63 succession links and the documented facilities', async () => {
    const counts = await pool.query(`SELECT
      (SELECT count(*) FROM admin_unit WHERE level = 'PROVINCE' AND valid_to = '2025-07-01')::int AS legacy,
      (SELECT count(*) FROM admin_unit WHERE level = 'PROVINCE' AND valid_to IS NULL)::int AS current,
      (SELECT count(*) FROM admin_unit_succession)::int AS links,
      (SELECT count(*) FROM facility WHERE source_confidence = 'SYNTHETIC')::int AS synthetic,
      (SELECT count(*) FROM facility WHERE code IN ('TGXH-11-001', 'TGXH-11-002', 'TGXH-11-003'))::int AS dien_bien`);
    expect(counts.rows[0]).toEqual({ legacy: 63, current: 34, links: 63, synthetic: 0, dien_bien: 3 });
  });

  it('are applied once: a restart keeps what users edited', async () => {
    await pool.query(`UPDATE facility SET name = 'Tên đã sửa' WHERE code = 'TGXH-11-001'`);
    await pool.query(`DELETE FROM facility WHERE code = 'TGXH-11-003'`);
    const app = await createApp(loadConfig({ NODE_ENV: 'test' }, { port: 0, databaseUrl: url }));
    await app.start();
    await app.stop();
    const rows = await pool.query(`SELECT code, name FROM facility WHERE code IN ('TGXH-11-001', 'TGXH-11-003')`);
    expect(rows.rows).toEqual([{ code: 'TGXH-11-001', name: 'Tên đã sửa' }]);
    const versions = await pool.query(`SELECT name FROM seed_version ORDER BY name`);
    expect(versions.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['admin-units/provinces@1', 'facilities/documented@1']));
  });
});
