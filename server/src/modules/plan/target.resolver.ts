import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { IndicatorType } from './indicator.type.js';
import { TargetType } from './target.type.js';
import type { IndicatorRecord, TargetRecord } from './plan.repository.js';

/** Relations of a target, batched through the request's loaders. */
@Resolver(() => TargetType)
export class TargetResolver {
  @FieldResolver(() => IndicatorType, { description: 'The indicator the target sets a value for.' })
  async indicator(@Root() target: TargetRecord, @Ctx() ctx: HubContext): Promise<IndicatorRecord> {
    const indicator = await ctx.loaders.indicatorById.load(target.indicatorId);
    if (!indicator) throw new Error(`target ${target.id}: indicator ${target.indicatorId} is missing`);
    return indicator;
  }
}
