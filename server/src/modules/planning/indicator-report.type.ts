import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Source } from '../common/common.types.js';
import { DateScalar } from '../common/scalars.js';

@ObjectType('IndicatorReport', { description: 'A value of an indicator for a province and year, reported on a date (`reportIndicator`). Progress uses the latest report on or before its `asOf`.' })
export class IndicatorReportType {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: number;

  @Field(() => Int, { description: 'Year the value describes.' })
  year!: number;

  @Field(() => Float, { description: 'The value, in the indicator\'s unit (percentages 0 to 100).' })
  value!: number;

  @Field(() => DateScalar, { description: 'Date of the report.' })
  reportedOn!: string;

  @Field(() => Source, { description: 'Document the value is taken from, and its confidence.' })
  source!: Source;
}
