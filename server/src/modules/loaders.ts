import type { Queryable } from '../db/sql.js';
import { createAdminUnitLoaders } from './admin-unit/admin-unit.loaders.js';
import { createCapacityLoaders } from './capacity/capacity.loaders.js';
import { createOrganizationLoaders } from './organization/organization.loaders.js';
import { createPlanLoaders } from './plan/plan.loaders.js';

/** Every DataLoader of the hub, created per request so nothing outlives it. */
export function createLoaders(db: Queryable) {
  return {
    ...createAdminUnitLoaders(db),
    ...createOrganizationLoaders(db),
    ...createCapacityLoaders(db),
    ...createPlanLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
