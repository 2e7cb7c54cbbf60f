import { Field, Float, InputType, Int } from 'type-graphql';
import { Confidence } from '../common/enums.js';
import { DateScalar } from '../common/scalars.js';
import { Geography } from './planning.enums.js';

@InputType({ description: 'A value of an indicator for a province and year, as the province reports it (for what the registry cannot compute).' })
export class ReportIndicatorInput {
  @Field({ description: 'GSO code of the province the value is for, read in `geography`.' })
  unitCode!: string;

  @Field(() => Geography, { nullable: true, description: 'How `unitCode` is read. Default: LEGACY_63 for a `year` up to 2025 (the plans of 2021-2025 were set per legacy province), CURRENT_34 from 2026.' })
  geography?: Geography | null;

  @Field({ description: 'Code of the indicator (see `indicators`), e.g. SW_STAFF_TRAINED_SHARE.' })
  indicatorCode!: string;

  @Field(() => Int, { description: 'Year the value describes (1990 to the year of `reportedOn`).' })
  year!: number;

  @Field(() => Float, { description: 'The value in the indicator\'s unit: a percentage from 0 to 100 (a growth indicator such as SW_SUPPORTED_PEOPLE_INCREASE: the growth in percent over its base year, -100 or more), or a count (a whole number, 0 or more).' })
  value!: number;

  @Field(() => DateScalar, { description: 'Date of the report (not in the future); of several reports for the same unit, indicator and year, the latest on or before `asOf` counts.' })
  reportedOn!: string;

  @Field({ description: 'Document the value is taken from (number, date, section); 1 to 1,000 characters.' })
  citation!: string;

  @Field(() => Confidence, { nullable: true, description: 'Confidence of the value (default SECONDARY_SOURCE).' })
  confidence?: Confidence | null;
}
