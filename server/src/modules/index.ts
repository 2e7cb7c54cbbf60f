/** Composes the modules: every entity and every resolver of the hub, in one place. */
import { AdminUnit } from './admin-unit/admin-unit.entity.js';
import { AdminUnitResolver } from './admin-unit/admin-unit.resolver.js';
import { Boundary } from './boundary/boundary.entity.js';
import { BoundaryResolver } from './boundary/boundary.resolver.js';
import { CapacityReport } from './capacity/capacity.entity.js';
import { Facility } from './facility/facility.entity.js';
import { FacilityStatusChange } from './facility/facility-status-change.entity.js';
import { FacilityResolver } from './facility/facility.resolver.js';
import { FacilityPointsResolver } from './facility/facility-points.resolver.js';
import { ReachResolver } from './reach/reach.resolver.js';
import { FacilityFieldsResolver } from './facility/facility-fields.resolver.js';
import { FacilityMutationResolver } from './facility/facility-mutation.resolver.js';
import { FacilityEdit } from './facility/facility-edit.entity.js';
import { GapFacilityResolver } from './gap/gap-facility.resolver.js';
import { GapResolver } from './gap/gap.resolver.js';
import { ImportRun } from './import/import-run.entity.js';
import { NeedStatistic } from './need/need.entity.js';
import { NeedResolver } from './need/need.resolver.js';
import { Organization } from './organization/organization.entity.js';
import { Indicator } from './plan/indicator.entity.js';
import { Plan } from './plan/plan.entity.js';
import { PlanResolver } from './plan/plan.resolver.js';
import { Target } from './plan/target.entity.js';
import { TargetResolver } from './plan/target.resolver.js';
import { IndicatorReport } from './planning/indicator-report.entity.js';
import { IndicatorReportResolver } from './planning/indicator-report.resolver.js';
import { ProgressResolver } from './planning/progress.resolver.js';

export const entities = [
  AdminUnit, Organization, Facility, CapacityReport, FacilityStatusChange, FacilityEdit,
  Indicator, Plan, Target, NeedStatistic, Boundary, ImportRun, IndicatorReport,
];

export const resolvers = [
  FacilityPointsResolver, ReachResolver,
  AdminUnitResolver, FacilityResolver, FacilityFieldsResolver, FacilityMutationResolver,
  PlanResolver, TargetResolver, NeedResolver, BoundaryResolver, ProgressResolver, IndicatorReportResolver,
  GapResolver, GapFacilityResolver,
] as const;
