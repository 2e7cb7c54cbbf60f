import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { AdminUnitType } from '../admin-unit/admin-unit.type.js';
import type { AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import { DateScalar } from '../common/scalars.js';
import { NeedStatisticType } from './need.type.js';
import { NeedReader } from './need.service.js';
import type { NeedRecord } from './need.repository.js';

@Resolver(() => NeedStatisticType)
export class NeedResolver {
  @Query(() => [NeedStatisticType], { description: 'People needing social assistance in the unit having `unitCode` on `asOf`, and in every unit it replaced (`needs(unitCode: "11")` gives the 2020 figures of Điện Biên). Empty for an unknown code or where no source gives a figure.' })
  needs(
    @Ctx() ctx: HubContext,
    @Arg('unitCode', () => String, { description: 'GSO code of a province or commune, read as of `asOf`.' }) unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date at which the code is read (default: today in Asia/Ho_Chi_Minh).' }) asOf?: string,
  ): Promise<NeedRecord[]> {
    return new NeedReader(ctx.pools.read).needs(unitCode, asOf);
  }

  @FieldResolver(() => AdminUnitType, { description: 'The unit the figure describes, as it was then (a legacy province for figures before 2025-07-01).' })
  async unit(@Root() need: NeedRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord> {
    const unit = await ctx.loaders.unitById.load(need.unitId);
    if (!unit) throw new Error(`need statistic ${need.id}: unit ${need.unitId} is missing`);
    return unit;
  }
}
