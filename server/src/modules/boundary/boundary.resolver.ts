import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { AdminUnitType } from '../admin-unit/admin-unit.type.js';
import type { AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import { AdminLevel } from '../common/enums.js';
import { DateScalar, todayInVietnam } from '../common/scalars.js';
import { BoundaryType } from './boundary.type.js';
import { findBoundaries, type BoundaryRecord } from './boundary.repository.js';

@Resolver(() => BoundaryType)
export class BoundaryResolver {
  @Query(() => [BoundaryType], { description: 'Polygons of the units of one level valid on `asOf`, for the map: 34 provinces (about 130 KB) or, with `parentCode`, the communes of one province. Units without an imported boundary are left out; empty until `npm run import:boundaries` has run.' })
  boundaries(
    @Ctx() ctx: HubContext,
    @Arg('level', () => AdminLevel, { description: 'PROVINCE or COMMUNE.' }) level: AdminLevel,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date at which units are read (default: today in Asia/Ho_Chi_Minh); boundaries exist for the units since 2025-07-01.' }) asOf?: string,
    @Arg('parentCode', () => String, { nullable: true, description: 'Only units under the unit with this code (e.g. the communes of province "11").' }) parentCode?: string,
  ): Promise<BoundaryRecord[]> {
    return findBoundaries(ctx.pools.read, { level, asOf: asOf ?? todayInVietnam(), parentCode });
  }

  @FieldResolver(() => AdminUnitType, { description: 'The unit this polygon belongs to.' })
  async unit(@Root() boundary: BoundaryRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord> {
    const unit = await ctx.loaders.unitById.load(boundary.unitId);
    if (!unit) throw new Error(`boundary of unit ${boundary.unitId}: unit is missing`);
    return unit;
  }
}
