/** Composes the modules: every entity and every resolver of the hub, in one place. */
import { AdminUnit } from './admin-unit/admin-unit.entity.js';
import { AdminUnitResolver } from './admin-unit/admin-unit.resolver.js';
import { CapacityReport } from './capacity/capacity.entity.js';
import { Facility } from './facility/facility.entity.js';
import { FacilityStatusChange } from './facility/facility-status-change.entity.js';
import { FacilityResolver } from './facility/facility.resolver.js';
import { FacilityFieldsResolver } from './facility/facility-fields.resolver.js';
import { FacilityMutationResolver } from './facility/facility-mutation.resolver.js';
import { FacilityEdit } from './facility/facility-edit.entity.js';
import { Organization } from './organization/organization.entity.js';

export const entities = [AdminUnit, Organization, Facility, CapacityReport, FacilityStatusChange, FacilityEdit];

export const resolvers = [AdminUnitResolver, FacilityResolver, FacilityFieldsResolver, FacilityMutationResolver] as const;
