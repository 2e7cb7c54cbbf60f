import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isInVietnam } from '../../server/src/modules/common/territory.js';
import { Random } from '../../server/src/modules/synthetic/random.js';
import { syntheticFacility } from '../../server/src/modules/synthetic/synthetic.generator.js';
import { generateSynthetic, loadAnchors } from '../../server/src/modules/synthetic/synthetic.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { operatingByDefinition, operatingByPeriods, periodRows, probeDates, rowDifference } from '../support/operating-periods.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('synthetic data', () => {
  it('is deterministic for a seed and places every facility in Vietnam', async () => {
    const anchors = await loadAnchors(t.pool);
    const run = (seed: number) => {
      const rng = new Random(seed);
      return Array.from({ length: 300 }, (_, i) => syntheticFacility(rng, seed, i, anchors));
    };
    const a = run(7);
    expect(run(7)).toEqual(a);
    expect(run(8)[0]).not.toEqual(a[0]);
    for (const { facility, capacity } of a) {
      expect(isInVietnam(facility.lat, facility.lng)).toBe(true);
      expect(facility.sourceConfidence).toBe('SYNTHETIC');
      if (capacity) expect(capacity.residents!).toBeLessThanOrEqual(capacity.places!);
    }
  });

  it('bulk-inserts facilities with capacity reports, all marked SYNTHETIC, and skips existing codes on a rerun', async () => {
    const batches: number[] = [];
    const first = await generateSynthetic(t.pool, { count: 1500, seed: 3, onBatch: (n) => batches.push(n) });
    expect(first).toEqual({ inserted: 1500, anchors: 34, kind: 'provinces' });
    expect(batches).toEqual([1000, 500]);
    const again = await generateSynthetic(t.pool, { count: 1500, seed: 3 });
    expect(again.inserted).toBe(0);
    const counts = await t.pool.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE source_confidence <> 'SYNTHETIC')::int AS other,
      (SELECT count(*)::int FROM capacity_report c JOIN facility f ON f.id = c.facility_id WHERE f.code LIKE 'SYN-3-%') AS reports
      FROM facility WHERE code LIKE 'SYN-3-%'`);
    expect(counts.rows[0].n).toBe(1500);
    expect(counts.rows[0].other).toBe(0);
    expect(counts.rows[0].reports).toBeGreaterThan(1200);
    const visible = await t.pool.query(`SELECT code FROM facility WHERE code LIKE 'SYN-3-%' AND NOT is_private ORDER BY code LIMIT 1`);
    const api = await t.gql(`query($code: String) { facility(code: $code) { source { citation confidence } } }`, { code: visible.rows[0].code });
    expect(api.data.facility.source).toEqual({ citation: expect.stringContaining('Synthetic data'), confidence: 'SYNTHETIC' });
  });

  it('leaves the operating periods of its facilities as a refresh from scratch computes them, and as facilityStateAsOf defines them', async () => {
    await generateSynthetic(t.pool, { count: 2000, seed: 11 });
    const ids: number[] = (await t.pool.query(`SELECT id FROM facility WHERE code LIKE 'SYN-11-%' ORDER BY id`)).rows.map((r) => r.id);
    expect(ids).toHaveLength(2000);
    const generated = await periodRows(t.pool, ids);
    expect(generated.length).toBeGreaterThan(3000);

    // What the triggers compute for a write of these facilities: their refresh, from nothing, in one statement each.
    const client = await t.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM facility_operating_period WHERE facility_id = ANY($1)', [ids]);
      await client.query('SELECT hub_refresh_operating_periods($1)', [ids]);
      const recomputed = await periodRows(client, ids);
      expect(rowDifference(generated, recomputed)).toEqual({ unexpected: [], missing: [] });
      expect(generated).toHaveLength(recomputed.length);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }

    // The definition, on every report date, a sample of the opening dates, the days around them, and far dates.
    const dates = await probeDates(t.pool, { ids, sampleOpenings: 200 });
    expect(dates.length).toBeGreaterThan(60);
    for (const date of dates) {
      const [periods, definition] = [await operatingByPeriods(t.pool, date, ids), await operatingByDefinition(t.pool, date, ids)];
      expect({ date, ...rowDifference(periods, definition) }).toEqual({ date, unexpected: [], missing: [] });
      expect(periods).toHaveLength(definition.length);
    }

    // Places filed with each facility are those of its latest report, as the copy after a report would set them.
    const places = await t.pool.query(`SELECT count(*)::int AS wrong FROM facility f WHERE f.id = ANY($1) AND f.places IS DISTINCT FROM
      (SELECT c.places FROM capacity_report c WHERE c.facility_id = f.id ORDER BY c.reported_on DESC, c.id DESC LIMIT 1)`, [ids]);
    expect(places.rows[0].wrong).toBe(0);
  });
});
