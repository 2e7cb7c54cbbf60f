import type pg from 'pg';
import { validOn } from '../admin-unit/admin-unit.repository.js';
import type { AdminLevel } from '../common/enums.js';
import { readBoundaryFeatures, type BoundaryFeature } from './geojson.reader.js';
import type { ImportCounts, ImportProblem } from './import.report.js';
import type { Importer, Progress } from './import.runner.js';

/** Attribution of the boundaries of the Vietnamese Provinces Database, shown wherever they are drawn. */
export const DEFAULT_ATTRIBUTION = 'Boundaries: Vietnamese Provinces Database (MIT), after sapnhap.bando.com.vn';

export interface BoundaryImportOptions {
  level: AdminLevel;
  /** Units are matched by code as valid on this date. */
  asOf: string;
  attribution: string;
  file: string;
}

const BATCH = 200;

/** `import:boundaries`: polygons matched by code to the units of one level; upsert per unit. */
export function boundariesImporter(opts: BoundaryImportOptions): Importer<BoundaryFeature> {
  return {
    kind: 'boundaries',
    parse(text) {
      const problems: ImportProblem[] = [];
      const { features, total } = readBoundaryFeatures(text, problems);
      return { rows: features, total, problems };
    },

    async resolve(db, features, problems, notes) {
      const res = await db.query(`SELECT u.code, u.id FROM admin_unit u WHERE u.level = $1 AND ${validOn(2)}`, [opts.level, opts.asOf]);
      const units = new Map<string, number>(res.rows.map((r) => [r.code, r.id]));
      for (const f of features) {
        const id = units.get(f.code);
        if (id === undefined) problems.push({ feature: f.feature, field: `features[${f.feature - 1}].properties.code`, message: `no ${opts.level} has code ${f.code} on ${opts.asOf}` });
        else f.unitId = id;
      }
      const without = units.size - features.filter((f) => f.unitId).length;
      if (without > 0 && !problems.length) notes.push(`${without} ${opts.level} units valid on ${opts.asOf} get no boundary from this file`);
    },

    write: (db, features, progress) => upsertBoundaries(db, features, opts, progress),
  };
}

/** Inserts boundaries, or replaces those whose geometry or attribution differs; identical ones are left alone. */
async function upsertBoundaries(db: pg.PoolClient, features: BoundaryFeature[], opts: BoundaryImportOptions, progress: Progress): Promise<ImportCounts> {
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < features.length; start += BATCH) {
    const batch = features.slice(start, start + BATCH);
    const res = await db.query(
      `INSERT INTO boundary (admin_unit_id, geometry, attribution, source_file)
       SELECT id, geometry::jsonb, $3, $4 FROM unnest($1::int[], $2::text[]) AS b(id, geometry)
       ON CONFLICT (admin_unit_id) DO UPDATE SET geometry = EXCLUDED.geometry, attribution = EXCLUDED.attribution,
         source_file = EXCLUDED.source_file, imported_at = now()
       WHERE (boundary.geometry, boundary.attribution) IS DISTINCT FROM (EXCLUDED.geometry, EXCLUDED.attribution)
       RETURNING (xmax = 0) AS inserted`,
      [batch.map((f) => f.unitId), batch.map((f) => JSON.stringify(f.geometry)), opts.attribution, opts.file],
    );
    for (const r of res.rows) r.inserted ? inserted++ : updated++;
    progress(Math.min(start + BATCH, features.length), features.length);
  }
  return { inserted, updated, unchanged: features.length - inserted - updated };
}
