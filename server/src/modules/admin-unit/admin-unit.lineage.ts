import type { Queryable } from '../../db/sql.js';
import { validOn } from './admin-unit.repository.js';

/**
 * Ids of the unit with `code` valid on `asOf` and of all the units it replaced, through any number of
 * successions (current Ninh Bình 37 → legacy Nam Định 36, Ninh Bình 37 and Hà Nam 35). Empty when no
 * unit has that code on that date. Plans and needs of a unit are those of its whole lineage.
 */
export async function findLineageIds(db: Queryable, code: string, asOf: string): Promise<number[]> {
  const res = await db.query(
    `WITH RECURSIVE lineage(id) AS (
       (SELECT u.id FROM admin_unit u WHERE u.code = $1 AND ${validOn(2)} ORDER BY u.level LIMIT 1)
       UNION
       SELECT s.predecessor_id FROM admin_unit_succession s JOIN lineage l ON s.successor_id = l.id
     )
     SELECT id FROM lineage`,
    [code, asOf],
  );
  return res.rows.map((r) => r.id);
}
