import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { boundariesImporter, DEFAULT_ATTRIBUTION, runImport, unitsImporter } from '../../server/src/modules/import/index.js';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * The shared reference files (never committed to the project). In CI (`CI` set) this test always
 * runs and fails when they are missing; elsewhere it runs when they are on the machine.
 */
const DIR = path.resolve('..', 'shared', 'reference-data', 'vn-admin-2025');
const FILES = ['wards.csv', 'provinces.geojson', 'wards.geojson'].map((f) => path.join(DIR, f));
const present = FILES.every((f) => existsSync(f));
const runHere = present || Boolean(process.env.CI);

describe('the shared reference data (vn-admin-2025)', () => {
  if (!runHere) {
    it('is not on this machine, and this is not CI: nothing to import', () => {
      expect(FILES.filter((f) => existsSync(f))).not.toHaveLength(FILES.length);
    });
    return;
  }

  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('is present', () => {
    expect(FILES.filter((f) => !existsSync(f))).toEqual([]);
  });

  it('imports wards.csv: 3,321 communes under the 34 provinces, and nothing changes the second time', async () => {
    const text = readFileSync(FILES[0], 'utf8');
    const importer = () => unitsImporter({ citation: 'Vietnamese Provinces Database (MIT), wards.csv', confidence: 'SECONDARY_SOURCE' });
    const first = await runImport(t.pool, importer(), text, { file: 'wards.csv' });
    expect([first.status, first.rows, first.inserted, first.problems]).toEqual(['applied', 3321, 3321, []]);
    const second = await runImport(t.pool, importer(), text, { file: 'wards.csv' });
    expect([second.status, second.unchanged, second.inserted, second.updated]).toEqual(['unchanged', 3321, 0, 0]);
    const res = await t.gql('{ communes: adminUnits(level: COMMUNE) { code } dienBien: adminUnits(level: COMMUNE, parentCode: "11") { code } }');
    expect(res.data.communes).toHaveLength(3321);
    expect(res.data.dienBien.length).toBeGreaterThan(40);
    const orphans = await t.pool.query(`SELECT count(*)::int AS n FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
      WHERE c.level = 'COMMUNE' AND (p.level <> 'PROVINCE' OR p.valid_to IS NOT NULL)`);
    expect(orphans.rows[0].n).toBe(0);
  });

  it('imports the 34 province polygons and the 3,321 commune polygons with their attribution', async () => {
    const provinces = await runImport(t.pool, boundariesImporter({ level: 'PROVINCE', asOf: '2025-07-01', attribution: DEFAULT_ATTRIBUTION, file: 'provinces.geojson' }),
      readFileSync(FILES[1], 'utf8'), { file: 'provinces.geojson' });
    expect([provinces.status, provinces.inserted, provinces.problems, provinces.notes]).toEqual(['applied', 34, [], []]);
    const wards = await runImport(t.pool, boundariesImporter({ level: 'COMMUNE', asOf: '2025-07-01', attribution: DEFAULT_ATTRIBUTION, file: 'wards.geojson' }),
      readFileSync(FILES[2], 'utf8'), { file: 'wards.geojson' });
    expect([wards.status, wards.inserted, wards.problems, wards.notes]).toEqual(['applied', 3321, [], []]);
    const res = await t.gql('{ boundaries(level: PROVINCE) { code attribution } }');
    expect(res.data.boundaries).toHaveLength(34);
    expect(new Set(res.data.boundaries.map((b: any) => b.attribution))).toEqual(new Set([DEFAULT_ATTRIBUTION]));
  });
});
