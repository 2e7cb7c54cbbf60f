import { Arg, Ctx, Float, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { FacilityKind, TargetGroup } from '../common/enums.js';
import { BadUserInputError } from '../common/errors.js';
import { DateScalar, todayInVietnam } from '../common/scalars.js';
import { CommunesBeyondReachType } from './reach.type.js';
import { findCommunesBeyondReach, type CommuneReachRecord } from './reach.repository.js';

/** Largest reach asked for, in km (beyond it every question is about the whole country). */
export const MAX_REACH_KM = 500;

@Resolver(() => CommunesBeyondReachType)
export class ReachResolver {
  @Query(() => CommunesBeyondReachType, { description: 'Current communes farther than `withinKm` (great-circle, from the commune\'s point) from every OPERATING facility of the given kinds and target group, farthest first; communes with none anywhere first. `communesChecked` is 0 until communes are imported (`npm run import:units`). Private-location facilities never count.' })
  communesBeyondReach(
    @Ctx() ctx: HubContext,
    @Arg('withinKm', () => Float, { description: 'Reach in kilometres (more than 0, up to 500).' }) withinKm: number,
    @Arg('kinds', () => [FacilityKind], { nullable: true, description: 'Facilities of any of these kinds (default: every kind).' }) kinds?: FacilityKind[],
    @Arg('targetGroup', () => TargetGroup, { nullable: true, description: 'Only facilities serving this group.' }) targetGroup?: TargetGroup,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Only the communes of this current province (facilities anywhere count).' }) provinceCode?: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date at which the communes are read (default: today); facilities are those operating now.' }) asOf?: string,
  ): Promise<{ communesChecked: number; communes: CommuneReachRecord[] }> {
    if (!(withinKm > 0 && withinKm <= MAX_REACH_KM)) throw new BadUserInputError([{ path: 'withinKm', message: `must be more than 0 and at most ${MAX_REACH_KM}` }]);
    return findCommunesBeyondReach(ctx.pools.read, { withinKm, kinds, targetGroup, provinceCode, asOf: asOf ?? todayInVietnam() });
  }
}
