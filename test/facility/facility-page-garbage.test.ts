import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FacilityReader } from '../../server/src/modules/facility/facility.service.js';
import { FULL_READ } from '../../server/src/modules/facility/facility.read-plan.js';
import { createTestDatabase } from '../support/app.js';

/**
 * A page of facilities is garbage as soon as it is answered. Getters of object literals broke that:
 * V8 keeps a literal's getter closure alive from the object's hidden class until a full collection,
 * so pages captured by `get cursor()` / `get endCursor()` survived every young-generation
 * collection and were promoted (18% of all bytes under load, 15 ms scavenge pauses).
 */
let pool: pg.Pool;
let gc: (options: { type: 'minor' | 'major' }) => void;

beforeAll(async () => {
  v8.setFlagsFromString('--expose-gc');
  gc = runInNewContext('gc');
  pool = new pg.Pool({ connectionString: await createTestDatabase(), max: 1 });
  await pool.query(`INSERT INTO facility (code, name, kind, ownership, status, province_id, lat, lng, location_precision, source_citation, source_confidence)
    SELECT 'GC-' || i, 'Trung tâm bảo trợ xã hội số ' || i, 'COMPREHENSIVE', 'PUBLIC', 'OPERATING',
           (SELECT id FROM admin_unit WHERE level = 'PROVINCE' AND code = '11' AND valid_to IS NULL), 21.3, 103.0, 'APPROXIMATE',
           'Test: page garbage', 'SYNTHETIC'
      FROM generate_series(1, 100) i`);
});

afterAll(async () => {
  await pool.end();
});

const oldSpaceUsed = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size;

describe('pages of facilities', () => {
  it('do not survive young-generation collections once answered', async () => {
    const reader = new FacilityReader(pool, { canEdit: false });
    const read = async () => {
      const page = await reader.page({ first: 50 }, FULL_READ);
      expect(page.edges.length).toBe(50);
      // What the API reads from a page: every cursor and the end cursor.
      return page.edges.map((e) => e.cursor).join() + page.pageInfo.endCursor;
    };
    for (let i = 0; i < 20; i++) await read();
    gc({ type: 'major' });
    const before = oldSpaceUsed();
    for (let i = 0; i < 150; i++) {
      await read();
      // Two young-generation collections: an object still reachable after both is promoted.
      gc({ type: 'minor' });
      gc({ type: 'minor' });
    }
    const promoted = oldSpaceUsed() - before;
    // 150 pages of 50 full records are about 25 MB; promoted bookkeeping of the driver stays far below.
    expect(promoted).toBeLessThan(4_000_000);
  });
});
