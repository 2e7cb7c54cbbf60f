import { Field, Int, ObjectType } from 'type-graphql';
import { Source } from '../common/common.types.js';
import { TargetGroup } from '../common/enums.js';
import { NeedCategory, Qualifier } from './need.enums.js';

@ObjectType('NeedStatistic', { description: 'People needing social assistance in an administrative unit and year, as a source states them. Rows overlap (a TOTAL includes the groups; groups overlap each other): never add them up.' })
export class NeedStatisticType {
  @Field(() => TargetGroup, { nullable: true, description: 'Target group counted, for category TARGET_GROUP; null otherwise.' })
  targetGroup!: TargetGroup | null;

  @Field(() => NeedCategory, { description: 'What is counted.' })
  category!: NeedCategory;

  @Field(() => Int, { description: 'Number of people.' })
  count!: number;

  @Field(() => Qualifier, { description: 'EXACT, AT_LEAST ("more than") or ABOUT, as the source words it.' })
  qualifier!: Qualifier;

  @Field(() => Int, { description: 'Year the figure describes.' })
  year!: number;

  @Field(() => Source, { description: 'Document and section the figure is read in, and its confidence.' })
  source!: Source;

  @Field(() => String, { nullable: true, description: 'Judgement call made when the figure was extracted (English); documentation, not data.' })
  note!: string | null;
}
