import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Ctx, Float, Info, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { AdminLevel, TargetGroup } from '../common/enums.js';
import { DateScalar } from '../common/scalars.js';
import { Geography } from '../planning/planning.enums.js';
import { GapService } from './gap.service.js';
import { GapReportType } from './gap.type.js';

@Resolver(() => GapReportType)
export class GapResolver {
  @Query(() => GapReportType, {
    description: 'Where the gaps are: a row per province (34 current or 63 legacy) or per imported commune (CURRENT_34 only) with need, places, '
      + 'people served and coverage, the share of facilities accessible or providing social work, the staff missing against Circular 33 and the '
      + 'communes out of reach, from the registry as it stood on `asOf`; `worstGaps` ranks the rows by unmet need. DISTRICT, and COMMUNE with '
      + 'LEGACY_63, are BAD_USER_INPUT.',
  })
  gapAnalysis(
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('geography', () => Geography, { nullable: true, defaultValue: 'CURRENT_34', description: 'CURRENT_34 (facilities by current province) or LEGACY_63 (by legacy province); null means CURRENT_34.' }) geography: Geography | null,
    @Arg('level', () => AdminLevel, { nullable: true, defaultValue: 'PROVINCE', description: 'PROVINCE, or COMMUNE (the imported communes of the current geography); null means PROVINCE.' }) level: AdminLevel | null,
    @Arg('targetGroup', () => TargetGroup, { nullable: true, description: 'Only facilities serving this group, need of this group, residents of this group; all facilities and the total need when absent.' }) targetGroup?: TargetGroup,
    @Arg('withinKm', () => Float, { nullable: true, description: 'Reach radius in km (more than 0, at most 2000) for `communesBeyondReach`; without it that field is null.' }) withinKm?: number,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date the registry is read at: status, capacity reports and need statistics up to that date (default: today in Asia/Ho_Chi_Minh).' }) asOf?: string,
  ): Promise<GapReportType> {
    return new GapService(ctx.pools.read).gapAnalysis({ geography, level, targetGroup, withinKm, asOf }, ctx.viewer, selects(info, 'nearestFacilityKm'));
  }
}

/** True when `field` is selected anywhere under the current field (fragments included). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean => (set?.selections ?? []).some((sel) =>
    sel.kind === 'Field' ? sel.name.value === field || visit(sel.selectionSet)
      : sel.kind === 'InlineFragment' ? visit(sel.selectionSet) : visit(info.fragments[sel.name.value]?.selectionSet));
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
