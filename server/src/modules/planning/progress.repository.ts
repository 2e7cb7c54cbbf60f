import type { Queryable } from '../../db/sql.js';
import type { NeedFigure } from './computed-indicators.js';

/**
 * People needing assistance per unit and year: the TOTAL_NEEDING_ASSISTANCE figure, or the sum of
 * the TARGET_GROUP figures for a year without a total. Oldest year first.
 */
export async function findNeedFigures(db: Queryable, unitIds: readonly number[]): Promise<Map<number, NeedFigure[]>> {
  const res = await db.query(
    `SELECT n.unit_id AS "unitId", n.year, n.category, sum(n.count)::float8 AS count, bool_or(n.qualifier <> 'EXACT') AS approximate
       FROM need_statistic n
      WHERE n.unit_id = ANY($1::int[]) AND n.category IN ('TOTAL_NEEDING_ASSISTANCE', 'TARGET_GROUP')
      GROUP BY n.unit_id, n.year, n.category
      ORDER BY n.unit_id, n.year, n.category DESC`,
    [unitIds],
  );
  const byUnit = new Map<number, NeedFigure[]>();
  for (const { unitId, ...figure } of res.rows as (NeedFigure & { unitId: number })[]) {
    const list = byUnit.get(unitId) ?? [];
    // TOTAL_NEEDING_ASSISTANCE sorts first within a year: a year's sum of groups only stands in for a missing total.
    if (!list.some((f) => f.year === figure.year)) list.push(figure);
    byUnit.set(unitId, list);
  }
  return byUnit;
}

/** The latest need figure of a year up to `year`. */
export function needUpTo(figures: readonly NeedFigure[] | undefined, year: number): NeedFigure | null {
  let best: NeedFigure | null = null;
  for (const f of figures ?? []) if (f.year <= year && (!best || f.year > best.year)) best = f;
  return best;
}
