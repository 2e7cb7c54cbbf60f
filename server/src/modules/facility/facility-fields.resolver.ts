import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { AdminUnitType } from '../admin-unit/admin-unit.type.js';
import type { AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import { Capacity, Staff } from '../capacity/capacity.type.js';
import type { CapacityRecord } from '../capacity/capacity.loaders.js';
import { OrganizationType } from '../organization/organization.type.js';
import type { OrganizationRecord } from '../organization/organization.loaders.js';
import { FacilityType } from './facility.type.js';
import type { FacilityRecord } from './facility.repository.js';

/**
 * Relations of a facility, batched through the request's DataLoaders. Relations joined into the
 * facility's own statement never reach these resolvers: answerJoinedRelationsDirectly (in
 * facility.relations.ts) returns them from the record; staff is derived from the joined report.
 */
@Resolver(() => FacilityType)
export class FacilityFieldsResolver {
  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The body that runs the facility, when known.' })
  operator(@Root() f: FacilityRecord, @Ctx() ctx: HubContext): Promise<OrganizationRecord | null> | null {
    return f.operatorId == null ? null : ctx.loaders.organizationById.load(f.operatorId);
  }

  @FieldResolver(() => AdminUnitType, { nullable: true, description: 'Current (34) province the facility lies in.' })
  province(@Root() f: FacilityRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord | null> | null {
    return f.provinceId == null ? null : ctx.loaders.unitById.load(f.provinceId);
  }

  @FieldResolver(() => AdminUnitType, { nullable: true, description: 'Legacy (63, before 2025-07-01) province the facility lay in.' })
  legacyProvince(@Root() f: FacilityRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord | null> | null {
    return f.legacyProvinceId == null ? null : ctx.loaders.unitById.load(f.legacyProvinceId);
  }

  @FieldResolver(() => AdminUnitType, { nullable: true, description: 'Commune, ward or special zone, once communes are imported.' })
  commune(@Root() f: FacilityRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord | null> | null {
    return f.communeId == null ? null : ctx.loaders.unitById.load(f.communeId);
  }

  @FieldResolver(() => Capacity, { nullable: true, description: 'Places and residents from the latest capacity report; null when none was filed.' })
  capacity(@Root() f: FacilityRecord, @Ctx() ctx: HubContext): Promise<Capacity | null> {
    return ctx.loaders.latestCapacity.load(f.id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Staff from the latest capacity report; null when none was filed.' })
  staff(@Root() f: FacilityRecord, @Ctx() ctx: HubContext): Staff | null | Promise<Staff | null> {
    return f.relations?.capacity !== undefined ? staffOf(f.relations.capacity) : ctx.loaders.latestCapacity.load(f.id).then(staffOf);
  }
}

/** Staff as the API shows it: `total` is the sum over roles, null when no role was reported. */
function staffOf(report: CapacityRecord | null): Staff | null {
  if (!report) return null;
  const byRole = report.staffByRole ?? [];
  return {
    total: byRole.length ? byRole.reduce((sum, r) => sum + r.count, 0) : null,
    socialWorkers: report.socialWorkers,
    trainedSocialWorkers: report.trainedSocialWorkers,
    byRole,
  };
}
