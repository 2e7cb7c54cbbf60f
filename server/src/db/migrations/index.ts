import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000001Initial } from './Migration20261122000001_initial.js';
import { Migration20261122000002RegistryEdits } from './Migration20261122000002_registry_edits.js';
import { Migration20261122000003NationalData } from './Migration20261122000003_national_data.js';
import { Migration20261122000004PlanningProgress } from './Migration20261122000004_planning_progress.js';
import { Migration20261122000005Gaps } from './Migration20261122000005_gaps.js';
import { Migration20261122000006OperatingPeriodsCost } from './Migration20261122000006_operating_periods_cost.js';

/** Every migration, in order. Listed explicitly so the app, the CLI scripts and jest run the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122000001_initial', class: Migration20261122000001Initial },
  { name: 'Migration20261122000002_registry_edits', class: Migration20261122000002RegistryEdits },
  { name: 'Migration20261122000003_national_data', class: Migration20261122000003NationalData },
  { name: 'Migration20261122000004_planning_progress', class: Migration20261122000004PlanningProgress },
  { name: 'Migration20261122000005_gaps', class: Migration20261122000005Gaps },
  { name: 'Migration20261122000006_operating_periods_cost', class: Migration20261122000006OperatingPeriodsCost },
];
