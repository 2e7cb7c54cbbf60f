import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import type { AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import { AdminUnitType } from '../admin-unit/admin-unit.type.js';
import { DateScalar } from '../common/scalars.js';
import { Geography } from './planning.enums.js';
import { ProgressService, type NetworkProgressRecord } from './progress.service.js';
import { NetworkProgressType, TargetProgressType, type TargetProgressRecord } from './progress.types.js';

@Resolver(() => TargetProgressType)
export class ProgressResolver {
  @Query(() => [TargetProgressType], { description: 'Progress of every target of every plan on `asOf`, in plan and document order. With `provinceCode`, the plans of that province (read in `geography`) and of the provinces it replaced; national targets are listed only without `provinceCode`. A legacy plan is computed over its legacy province\'s territory in both geographies (facilities by their legacy province); CURRENT_34 shows it under the province that absorbed the issuer (Nam Định 36 under Ninh Bình 37). An unknown code gives an empty list.' })
  targetProgress(
    @Ctx() ctx: HubContext,
    @Arg('provinceCode', () => String, { nullable: true, description: 'GSO code of a province, read in `geography`: a current province includes the plans of its predecessors, a legacy one its own.' }) provinceCode?: string,
    @Arg('geography', () => Geography, { defaultValue: 'CURRENT_34', description: 'Which provinces `provinceCode` and the units shown are read in.' }) geography: Geography = 'CURRENT_34',
    @Arg('year', () => Int, { nullable: true, description: 'Only the targets of this target year.' }) year?: number,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date progress is given for (default: today in Asia/Ho_Chi_Minh). Only facts dated on or before it count: status changes, capacity and indicator reports.' }) asOf?: string,
  ): Promise<TargetProgressRecord[]> {
    return new ProgressService(ctx.pools.read, ctx.loaders).targetProgress({ provinceCode, geography, year, asOf });
  }

  @Query(() => NetworkProgressType, { description: 'The national picture in a year against Decisions 524, 112 and 966: operating facilities, places and residents, and the progress of the national targets. National figures do not depend on `geography`; regional minimums are always counted through the legacy provinces\' regions.' })
  networkProgress(
    @Ctx() ctx: HubContext,
    @Arg('year', () => Int, { description: 'The year: the registry is read at its end once it is past, else today.' }) year: number,
    @Arg('geography', () => Geography, { defaultValue: 'CURRENT_34', description: 'Accepted for symmetry with `targetProgress`; national targets have no unit, so it changes nothing here.' }) geography: Geography = 'CURRENT_34',
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Read the registry on this date instead (default: the end of `year` if past, else today).' }) asOf?: string,
  ): Promise<NetworkProgressRecord> {
    return new ProgressService(ctx.pools.read, ctx.loaders).networkProgress(year, geography, asOf);
  }

  @FieldResolver(() => AdminUnitType, { nullable: true, description: 'The province the target is shown under, in the geography asked for; null for national targets.' })
  unit(@Root() progress: TargetProgressRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord | null> | null {
    return progress.unitId == null ? null : ctx.loaders.unitById.load(progress.unitId);
  }
}
