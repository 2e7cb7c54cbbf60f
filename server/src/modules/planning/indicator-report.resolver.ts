import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import type { AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import { AdminUnitType } from '../admin-unit/admin-unit.type.js';
import { UnauthenticatedError } from '../common/errors.js';
import { IndicatorType } from '../plan/indicator.type.js';
import type { IndicatorRecord } from '../plan/plan.repository.js';
import { ReportIndicatorInput } from './indicator-report.input.js';
import type { IndicatorReportRecord } from './indicator-report.repository.js';
import { reportIndicator } from './indicator-report.service.js';
import { IndicatorReportType } from './indicator-report.type.js';

@Resolver(() => IndicatorReportType)
export class IndicatorReportResolver {
  @Mutation(() => IndicatorReportType, { description: 'Files a dated value of an indicator for a province and year (for what the registry cannot compute: trained staff, units with social-work staff, children assisted). Needs edit rights. Reports are kept: `targetProgress` uses, for each unit, indicator and year, the latest one on or before its `asOf`. Every bad field is reported at once (BAD_USER_INPUT) and nothing is written.' })
  reportIndicator(@Ctx() ctx: HubContext, @Arg('input', () => ReportIndicatorInput, { description: 'The value, its unit, year, date and citation.' }) input: ReportIndicatorInput): Promise<IndicatorReportRecord> {
    if (!ctx.viewer.canEdit) throw new UnauthenticatedError();
    return reportIndicator(ctx.pools.write, input, 'admin-api-key');
  }

  @FieldResolver(() => AdminUnitType, { description: 'The province the value is for.' })
  async unit(@Root() report: IndicatorReportRecord, @Ctx() ctx: HubContext): Promise<AdminUnitRecord> {
    const unit = await ctx.loaders.unitById.load(report.unitId);
    if (!unit) throw new Error(`indicator report ${report.id}: unit ${report.unitId} is missing`);
    return unit;
  }

  @FieldResolver(() => IndicatorType, { description: 'The indicator the value is for.' })
  async indicator(@Root() report: IndicatorReportRecord, @Ctx() ctx: HubContext): Promise<IndicatorRecord> {
    const indicator = await ctx.loaders.indicatorById.load(report.indicatorId);
    if (!indicator) throw new Error(`indicator report ${report.id}: indicator ${report.indicatorId} is missing`);
    return indicator;
  }
}
