import type { Queryable } from '../../db/sql.js';
import { validOn } from '../admin-unit/admin-unit.repository.js';
import type { AdminLevel } from '../common/enums.js';
import type { BoundaryType } from './boundary.type.js';

export interface BoundaryRecord extends BoundaryType {
  unitId: number;
}

/** Boundaries of the units of `level` valid on `asOf` (optionally under the unit `parentCode`), by code. */
export async function findBoundaries(db: Queryable, opts: { level: AdminLevel; asOf: string; parentCode?: string | null }): Promise<BoundaryRecord[]> {
  const params: unknown[] = [opts.level, opts.asOf];
  let parent = '';
  if (opts.parentCode != null) {
    params.push(opts.parentCode);
    parent = `AND u.parent_id IN (SELECT p.id FROM admin_unit p WHERE p.code = $3 AND ${validOn(2, 'p')})`;
  }
  const res = await db.query(
    `SELECT u.id AS "unitId", u.code, b.geometry, b.attribution, b.imported_at AS "importedAt"
       FROM boundary b JOIN admin_unit u ON u.id = b.admin_unit_id
      WHERE u.level = $1 AND ${validOn(2)} ${parent} ORDER BY u.code`,
    params,
  );
  // jsonb comes back parsed; re-serialise without the spaces PostgreSQL's text output adds.
  return res.rows.map((r) => ({ ...r, geometry: JSON.stringify(r.geometry) }));
}
