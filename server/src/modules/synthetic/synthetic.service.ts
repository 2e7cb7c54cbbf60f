import type pg from 'pg';
import { inTransaction, type Queryable } from '../../db/sql.js';
import { insertCapacityReports } from '../capacity/capacity.insert.js';
import { insertFacilities } from '../facility/facility.insert.js';
import { withDeferredOperatingPeriods } from '../gap/operating-periods.js';
import { Random } from './random.js';
import { syntheticFacility, type Anchor } from './synthetic.generator.js';

const BATCH = 1000;

/** Commune points when communes are imported, else the current provinces' points. */
export async function loadAnchors(db: Queryable): Promise<Anchor[]> {
  const legacy = await db.query(
    `SELECT s.successor_id AS "provinceId", u.id, u.lat, u.lng FROM admin_unit_succession s JOIN admin_unit u ON u.id = s.predecessor_id`,
  );
  const legacyOf = (provinceId: number) => legacy.rows.filter((r) => r.provinceId === provinceId).map(({ id, lat, lng }) => ({ id, lat, lng }));
  const communes = await db.query(
    `SELECT c.name, c.lat, c.lng, c.parent_id AS "provinceId", c.id AS "communeId" FROM admin_unit c
      WHERE c.level = 'COMMUNE' AND c.valid_to IS NULL AND c.lat IS NOT NULL AND c.parent_id IS NOT NULL ORDER BY c.code`,
  );
  const rows = communes.rowCount
    ? communes.rows
    : (await db.query(`SELECT name, lat, lng, id AS "provinceId", NULL::int AS "communeId" FROM admin_unit
        WHERE level = 'PROVINCE' AND valid_to IS NULL AND lat IS NOT NULL ORDER BY code`)).rows;
  return rows.map((r) => ({ ...r, legacy: legacyOf(r.provinceId) }));
}

/**
 * Inserts `count` deterministic synthetic facilities (codes SYN-<seed>-n; existing codes are kept),
 * with capacity reports, in one transaction of multi-row INSERTs. The operating periods of each batch
 * are refreshed once, after its facilities and reports (see gap/operating-periods.ts). `onBatch`
 * reports progress.
 */
export async function generateSynthetic(pool: pg.Pool, opts: { count: number; seed: number; clear?: boolean; onBatch?: (n: number) => void }): Promise<{ inserted: number; anchors: number; kind: string }> {
  return inTransaction(pool, async (client) => {
    if (opts.clear) await client.query(`DELETE FROM facility WHERE source_confidence = 'SYNTHETIC'`);
    const anchors = await loadAnchors(client);
    if (!anchors.length) throw new Error('no provinces: start the hub once (npm start) so the seeds are applied');
    const rng = new Random(opts.seed);
    let inserted = 0;
    await withDeferredOperatingPeriods(client, async (periods) => {
      for (let start = 0; start < opts.count; start += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, opts.count - start) }, (_, i) => syntheticFacility(rng, opts.seed, start + i, anchors));
        // A synthetic facility has at most one report: its current places are known before it is filed,
        // which saves rewriting every facility row to copy them.
        const ids = await insertFacilities(client, batch.map((b) => ({ ...b.facility, places: b.capacity?.places ?? null })));
        inserted += ids.size;
        await insertCapacityReports(client, batch
          .filter((b) => b.capacity && ids.has(b.facility.code))
          .map((b) => ({ ...b.capacity!, facilityId: ids.get(b.facility.code)! })));
        await periods.refresh();
        opts.onBatch?.(batch.length);
      }
    });
    await client.query('ANALYZE facility');
    await client.query('ANALYZE capacity_report');
    return { inserted, anchors: anchors.length, kind: anchors[0].communeId ? 'communes' : 'provinces' };
  });
}
