import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { createTestDatabase } from '../support/app.js';

/**
 * A page of facilities is garbage as soon as it is answered. Getters of object literals broke that:
 * V8 keeps a literal's getter closure alive from the object's hidden class until a full collection,
 * so pages captured by `get endCursor()` survived every young-generation collection and were
 * promoted (18% of all bytes under load, 15 ms scavenge pauses). The reads run in a fresh V8 of
 * their own (test/support/page-garbage.mjs, on the built server), away from the state a jest
 * worker's heap carries from earlier test files.
 */
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  await pool.query(`INSERT INTO facility (code, name, kind, ownership, status, province_id, lat, lng, location_precision, source_citation, source_confidence)
    SELECT 'GC-' || i, 'Trung tâm bảo trợ xã hội số ' || i, 'COMPREHENSIVE', 'PUBLIC', 'OPERATING',
           (SELECT id FROM admin_unit WHERE level = 'PROVINCE' AND code = '11' AND valid_to IS NULL), 21.3, 103.0, 'APPROXIMATE',
           'Test: page garbage', 'SYNTHETIC'
      FROM generate_series(1, 100) i`);
  await pool.end();
});

describe('pages of facilities', () => {
  it('do not survive young-generation collections once answered', async () => {
    const { stdout } = await promisify(execFile)(process.execPath,
      ['--expose-gc', 'test/support/page-garbage.mjs', databaseUrl]);
    const { survived } = JSON.parse(stdout);
    // 150 pages of 50 full records are about 15 MB; what the driver and V8 keep stays far below.
    expect(survived).toBeLessThan(3_000_000);
  });
});
