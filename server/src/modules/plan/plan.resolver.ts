import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { AdminUnitType } from '../admin-unit/admin-unit.type.js';
import type { AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import { DateScalar } from '../common/scalars.js';
import { IndicatorType } from './indicator.type.js';
import { PlanType } from './plan.type.js';
import { TargetType } from './target.type.js';
import { PlanReader } from './plan.service.js';
import type { IndicatorRecord, PlanRecord, TargetRecord } from './plan.repository.js';

@Resolver(() => PlanType)
export class PlanResolver {
  @Query(() => [PlanType], { description: 'Plans and their targets. Without `provinceCode`, every plan (national ones first). With it, the plans issued by the unit having this code on `asOf` and by every unit it replaced: `plans(provinceCode: "37")` today includes the plan of legacy Nam Định (36), now part of Ninh Bình. National plans are listed only without `provinceCode`.' })
  plans(
    @Ctx() ctx: HubContext,
    @Arg('provinceCode', () => String, { nullable: true, description: 'GSO code of a province, read as of `asOf`.' }) provinceCode?: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date at which the code is read (default: today in Asia/Ho_Chi_Minh).' }) asOf?: string,
  ): Promise<PlanRecord[]> {
    return new PlanReader(ctx.pools.read).plans(provinceCode, asOf);
  }

  @Query(() => [IndicatorType], { description: 'Every indicator targets refer to, by code.' })
  indicators(@Ctx() ctx: HubContext): Promise<IndicatorRecord[]> {
    return new PlanReader(ctx.pools.read).indicators();
  }

  @FieldResolver(() => AdminUnitType, { nullable: true, description: 'The province that issued the plan, as it was then (a legacy unit for plans before 2025-07-01); null for national plans.' })
  issuer(@Root() plan: PlanRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord | null> | null {
    return plan.issuerId == null ? null : ctx.loaders.unitById.load(plan.issuerId);
  }

  @FieldResolver(() => [TargetType], { description: 'The plan\'s targets, in the order of the document.' })
  targets(@Root() plan: PlanRecord, @Ctx() ctx: HubContext): Promise<TargetRecord[]> {
    return ctx.loaders.targetsOfPlan.load(plan.id);
  }
}
