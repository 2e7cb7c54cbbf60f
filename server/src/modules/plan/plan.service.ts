import type { Queryable } from '../../db/sql.js';
import { findLineageIds } from '../admin-unit/admin-unit.lineage.js';
import { todayInVietnam } from '../common/scalars.js';
import { findIndicators, findPlans, type IndicatorRecord, type PlanRecord } from './plan.repository.js';

/** Reads of plans and indicators. */
export class PlanReader {
  constructor(private readonly db: Queryable) {}

  /**
   * Every plan without `provinceCode`; with it, the plans issued by the unit that has this code on
   * `asOf` (default today) and by every unit it replaced: Ninh Bình (37) today includes the plan of
   * legacy Nam Định (36). An unknown code gives an empty list.
   */
  async plans(provinceCode?: string | null, asOf?: string | null): Promise<PlanRecord[]> {
    if (provinceCode == null) return findPlans(this.db);
    const lineage = await findLineageIds(this.db, provinceCode, asOf ?? todayInVietnam());
    return lineage.length ? findPlans(this.db, lineage) : [];
  }

  indicators(): Promise<IndicatorRecord[]> {
    return findIndicators(this.db);
  }
}
