import type { Queryable } from '../../db/sql.js';
import type { NeedStatisticType } from './need.type.js';

/** A need statistic as the API reads it, with the id of its unit. */
export interface NeedRecord extends NeedStatisticType {
  id: number;
  unitId: number;
}

/** Need statistics of the given units, latest year first, in the order they were recorded. */
export async function findNeedsOfUnits(db: Queryable, unitIds: readonly number[]): Promise<NeedRecord[]> {
  const res = await db.query(
    `SELECT n.id, n.unit_id AS "unitId", n.target_group AS "targetGroup", n.category, n.count, n.qualifier, n.year,
            json_build_object('citation', n.source_citation, 'confidence', n.source_confidence) AS source, n.note
       FROM need_statistic n JOIN admin_unit u ON u.id = n.unit_id
      WHERE n.unit_id = ANY($1::int[]) ORDER BY n.year DESC, u.code, n.id`,
    [unitIds],
  );
  return res.rows;
}
