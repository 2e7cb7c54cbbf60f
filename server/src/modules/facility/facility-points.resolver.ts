import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { FacilityFilter } from './facility.filter.js';
import { FacilityPointsType } from './facility-points.type.js';
import { facilityPoints } from './facility.points.js';

@Resolver(() => FacilityPointsType)
export class FacilityPointsResolver {
  @Query(() => FacilityPointsType, { description: 'Every facility matching the filter as a point (code, position, kind, precision), packed for maps; no pagination. Private locations are left out for callers without edit rights, CLOSED facilities unless `filter.status` asks for them.' })
  facilityPoints(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => FacilityFilter, { nullable: true, description: 'What to match (as in `facilities`).' }) filter?: FacilityFilter,
  ): Promise<FacilityPointsType> {
    return facilityPoints(ctx.pools.read, filter, ctx.viewer);
  }
}
