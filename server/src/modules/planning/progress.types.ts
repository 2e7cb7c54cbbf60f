import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { IndicatorMethod } from '../plan/plan.enums.js';
import type { PlanRecord, TargetRecord } from '../plan/plan.repository.js';
import { PlanType } from '../plan/plan.type.js';
import { TargetType } from '../plan/target.type.js';
import type { IndicatorReportRecord } from './indicator-report.repository.js';
import { IndicatorReportType } from './indicator-report.type.js';
import { ProgressStatus } from './planning.enums.js';

const STATUS_RULE = 'For a target year already past at `asOf`, the actual is taken at the end of that year: MET or MISSED. Before it: MET if the comparator already holds; else ON_TRACK if the actual is at least the straight-line expectation between the base (or plan start) and the target year, AT_RISK if at least 90% of it, OFF_TRACK below; NO_DATA when nothing is known (never an invented 0).';

@ObjectType('TargetProgress', { description: `Where one target of a plan stands on \`asOf\`: the actual value, computed from the registry or reported by the province, its status and the basis of the figure. ${STATUS_RULE}` })
export class TargetProgressType {
  @Field(() => TargetType, { description: 'The target.' })
  target!: TargetRecord;

  @Field(() => PlanType, { nullable: true, description: 'The plan that sets the target.' })
  plan!: PlanRecord | null;

  // `unit` is resolved by ProgressResolver.

  @Field(() => Float, { nullable: true, description: 'The actual value in the indicator\'s unit (percentages 0 to 100, rounded to 2 decimals); for an INCREASE_BY target, the growth in percent since the end of its base year. Null when nothing is known (status NO_DATA).' })
  actual!: number | null;

  @Field(() => ProgressStatus, { description: STATUS_RULE })
  status!: ProgressStatus;

  @Field(() => IndicatorMethod, { description: 'Where the actual comes from: COMPUTED from the registry, or REPORTED by the province through `reportIndicator` (a report for the year read takes precedence over the registry). For NO_DATA, the indicator\'s own method.' })
  method!: IndicatorMethod;

  @Field({ description: 'How the figure was obtained: the date the registry was read on, the territory and how facilities were aggregated to it (by legacy or current province, or region), how many facilities it rests on and how many were left out as unknown; the report used; the straight-line expectation when the status comes from it.' })
  basis!: string;

  @Field(() => Float, { nullable: true, description: 'The straight-line expectation the status was read from (ON_TRACK, AT_RISK, OFF_TRACK); null otherwise.' })
  expected!: number | null;

  @Field(() => IndicatorReportType, { nullable: true, description: 'The report the actual comes from (method REPORTED); null otherwise.' })
  report!: IndicatorReportRecord | null;

  @Field(() => DateScalar, { description: 'The date progress is given for.' })
  asOf!: string;
}

/** A row of `targetProgress` as the service produces it. */
export interface TargetProgressRecord {
  target: TargetRecord;
  plan: PlanRecord | null;
  unitId: number | null;
  actual: number | null;
  status: ProgressStatus;
  method: IndicatorMethod;
  basis: string;
  expected: number | null;
  report: IndicatorReportRecord | null;
  asOf: string;
}

@ObjectType('NetworkProgress', { description: 'The national network in a year against Decisions 524/QĐ-TTg, 112/QĐ-TTg and 966/QĐ-TTg: registry totals (private-location facilities included, as in every figure of a province or more) and the progress of the national targets.' })
export class NetworkProgressType {
  @Field(() => Int, { description: 'The year asked for.' })
  year!: number;

  @Field(() => DateScalar, { description: 'The date the registry is read on: the end of `year` once it is past, else today (or the `asOf` given).' })
  asOf!: string;

  @Field(() => Int, { description: 'Facilities OPERATING on `asOf`, all kinds and owners.' })
  facilities!: number;

  @Field(() => Int, { description: 'Residential places in the latest capacity reports (on or before `asOf`) of the operating facilities; facilities without a reported number are not counted.' })
  places!: number;

  @Field(() => Int, { description: 'Residents in the same reports, counted the same way.' })
  residents!: number;

  @Field(() => [TargetProgressType], { description: 'Progress on `asOf` of every target of the national plans in force in `year` (their period includes it); `unit` is null for them.' })
  targets!: TargetProgressRecord[];
}
