import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { boundariesImporter, DEFAULT_ATTRIBUTION, runImport, unitsImporter } from '../../server/src/modules/import/index.js';
import type { AdminLevel } from '../../server/src/modules/common/enums.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { fixture, withoutTiming } from '../support/imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await runImport(t.pool, unitsImporter({ citation: 'fixture', confidence: 'SYNTHETIC' }), fixture('communes.csv'), { file: 'communes.csv' });
});
afterAll(async () => {
  await t.stop();
});

const importBoundaries = (name: string, level: AdminLevel, text = fixture(name), attribution = DEFAULT_ATTRIBUTION) =>
  runImport(t.pool, boundariesImporter({ level, asOf: '2025-07-01', attribution, file: name }), text, { file: name });

describe('import:boundaries', () => {
  it('stores province polygons matched by code with their attribution, and the map reads them', async () => {
    const report = await importBoundaries('boundaries.geojson', 'PROVINCE');
    expect(withoutTiming(report)).toEqual({
      kind: 'boundaries', file: 'boundaries.geojson', rows: 2, dryRun: false, status: 'applied', inserted: 2, updated: 0, unchanged: 0,
      problems: [], notes: ['32 PROVINCE units valid on 2025-07-01 get no boundary from this file'], changes: [],
    });
    const res = await t.gql('{ boundaries(level: PROVINCE) { code geometry attribution unit { name level } } }');
    const features = JSON.parse(fixture('boundaries.geojson')).features;
    expect(res).toEqual({
      data: {
        boundaries: [
          { code: '01', geometry: JSON.stringify(features[1].geometry), attribution: DEFAULT_ATTRIBUTION, unit: { name: 'Hà Nội', level: 'PROVINCE' } },
          { code: '11', geometry: JSON.stringify(features[0].geometry), attribution: DEFAULT_ATTRIBUTION, unit: { name: 'Điện Biên', level: 'PROVINCE' } },
        ],
      },
    });
  });

  it('changes nothing the second time, and replaces a changed attribution', async () => {
    expect((await importBoundaries('boundaries.geojson', 'PROVINCE')).status).toBe('unchanged');
    const changed = await importBoundaries('boundaries.geojson', 'PROVINCE', undefined, 'Boundaries: test');
    expect([changed.status, changed.updated]).toEqual(['applied', 2]);
  });

  it('stores commune polygons and reads those of one province', async () => {
    const report = await importBoundaries('commune-boundaries.geojson', 'COMMUNE');
    expect([report.status, report.inserted]).toEqual(['applied', 5]);
    const res = await t.gql('{ boundaries(level: COMMUNE, parentCode: "01") { code unit { parent { code } } } before: boundaries(level: PROVINCE, asOf: "2025-06-30") { code } }');
    expect(res).toEqual({ data: { boundaries: [{ code: '99004', unit: { parent: { code: '01' } } }, { code: '99005', unit: { parent: { code: '01' } } }], before: [] } });
  });

  it('rejects a file whole, naming the feature and the field of each problem', async () => {
    const doc = JSON.parse(fixture('commune-boundaries.geojson'));
    doc.features[1].properties.code = '99999';
    doc.features[2].geometry.coordinates[0].pop();
    doc.features[3].geometry = { type: 'Point', coordinates: [105.8, 21.0] };
    doc.features[4].geometry.coordinates[0][1] = [2.35, 48.85];
    const res = await importBoundaries('bad.geojson', 'COMMUNE', JSON.stringify(doc));
    expect([res.status, res.problems]).toEqual(['rejected', [
      { feature: 2, field: 'features[1].properties.code', message: 'no COMMUNE has code 99999 on 2025-07-01' },
      { feature: 3, field: 'features[2].geometry.coordinates', message: 'has a ring of fewer than 4 positions' },
      { feature: 4, field: 'features[3].geometry.type', message: 'must be Polygon or MultiPolygon, got Point' },
      { feature: 5, field: 'features[4].geometry.coordinates', message: 'has a position outside Vietnam: [2.35, 48.85] (longitude first)' },
    ]]);
    const broken = await importBoundaries('broken.geojson', 'COMMUNE', '{\n  "type": "FeatureCollection",\n  "features": [\n    {} {}\n  ]\n}\n');
    expect([broken.status, broken.problems[0].line, broken.problems[0].field]).toEqual(['rejected', 4, 'JSON']);
  });
});
