import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Float, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { FacilityConnection, FacilityDistance } from './facility.connection.js';
import { FacilityFilter, FacilityOrder } from './facility.filter.js';
import { FacilityType } from './facility.type.js';
import { facilityQueries } from './facility.queries.js';
import type { FacilityRecord } from './facility.repository.js';

@Resolver(() => FacilityConnection)
export class FacilityResolver {
  @Query(() => FacilityType, { nullable: true, description: 'One facility by `id` or by `code` (exactly one of them); null when unknown.' })
  facility(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { nullable: true, description: 'Opaque identifier.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Public code, e.g. TGXH-11-001.' }) code?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<FacilityRecord | null> {
    return facilityQueries.facility(ctx, { id, code }, info!);
  }

  @Query(() => FacilityConnection, { description: 'Facilities matching a filter, a page at a time (CLOSED ones only when `filter.status` asks for them). Default order: by name; with `filter.search`, best match first.' })
  facilities(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => FacilityFilter, { nullable: true, description: 'What to match.' }) filter?: FacilityFilter,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, from 0 to 100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor` of the previous page).' }) after?: string,
    @Arg('orderBy', () => FacilityOrder, { nullable: true, description: 'Order of the results.' }) orderBy?: FacilityOrder,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<FacilityConnection> {
    return facilityQueries.facilities(ctx, { filter, first, after, orderBy }, info!);
  }

  @Query(() => [FacilityDistance], { description: 'The facilities nearest to a point, nearest first (great-circle distance), optionally within a radius and matching a filter. CLOSED ones only when `filter.status` asks for them.' })
  facilitiesNear(
    @Ctx() ctx: HubContext,
    @Arg('lat', () => Float, { description: 'Latitude of the point.' }) lat: number,
    @Arg('lng', () => Float, { description: 'Longitude of the point.' }) lng: number,
    @Arg('radiusKm', () => Float, { nullable: true, description: 'Only facilities within this many kilometres (up to 2000).' }) radiusKm?: number,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many, from 1 to 100.' }) first = 10,
    @Arg('filter', () => FacilityFilter, { nullable: true, description: 'What to match.' }) filter?: FacilityFilter,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return facilityQueries.facilitiesNear(ctx, { lat, lng, radiusKm, first, filter }, info!);
  }

  @FieldResolver(() => Int, { description: 'Number of facilities matching the filter (all pages).' })
  totalCount(@Root() connection: FacilityConnection): Promise<number> {
    return connection.count();
  }
}
