import DataLoader from 'dataloader';
import type { Queryable } from '../../db/sql.js';
import { findIndicatorsByIds, findTargetsOfPlans, type IndicatorRecord, type TargetRecord } from './plan.repository.js';

/** Per-request loaders of plans' targets and of indicators: one query per batch. */
export function createPlanLoaders(db: Queryable) {
  return {
    targetsOfPlan: new DataLoader<number, TargetRecord[]>(async (planIds) => {
      const rows = await findTargetsOfPlans(db, planIds);
      return planIds.map((id) => rows.filter((t) => t.planId === id));
    }),
    indicatorById: new DataLoader<number, IndicatorRecord | null>(async (ids) => {
      const byId = new Map((await findIndicatorsByIds(db, ids)).map((i) => [i.id, i]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
