import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { FacilityConnection } from './facility.connection.js';
import { FacilityFilter, FacilityOrder } from './facility.filter.js';
import { FacilityType } from './facility.type.js';
import { FacilityReader } from './facility.service.js';
import type { FacilityRecord } from './facility.repository.js';

@Resolver(() => FacilityConnection)
export class FacilityResolver {
  @Query(() => FacilityType, { nullable: true, description: 'One facility by `id` or by `code` (exactly one of them); null when unknown.' })
  facility(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID, { nullable: true, description: 'Opaque identifier.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Public code, e.g. TGXH-11-001.' }) code?: string,
  ): Promise<FacilityRecord | null> {
    return new FacilityReader(ctx.pools.read, ctx.viewer).get({ id, code });
  }

  @Query(() => FacilityConnection, { description: 'Facilities matching a filter, a page at a time (CLOSED ones only when `filter.status` asks for them). Default order: by name; with `filter.search`, best match first.' })
  facilities(
    @Ctx() ctx: HubContext,
    @Arg('filter', () => FacilityFilter, { nullable: true, description: 'What to match.' }) filter?: FacilityFilter,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, from 0 to 100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor` of the previous page).' }) after?: string,
    @Arg('orderBy', () => FacilityOrder, { nullable: true, description: 'Order of the results.' }) orderBy?: FacilityOrder,
  ): Promise<FacilityConnection> {
    return new FacilityReader(ctx.pools.read, ctx.viewer).page({ filter, first, after, orderBy });
  }

  @FieldResolver(() => Int, { description: 'Number of facilities matching the filter (all pages).' })
  totalCount(@Root() connection: FacilityConnection): Promise<number> {
    return connection.count();
  }
}
