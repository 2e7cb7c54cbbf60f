import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Source } from '../common/common.types.js';
import { DateScalar } from '../common/scalars.js';
import { PlanScope } from './plan.enums.js';

@ObjectType('Plan', { description: 'A national decision or a provincial plan that sets targets for social work and the network of social-assistance facilities.' })
export class PlanType {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: number;

  @Field({ description: 'Stable key of the plan, also for plans without a number, e.g. NAM-DINH-31-KH-UBND-2021.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Document number as written, e.g. "31/KH-UBND"; null when the text carries none.' })
  code!: string | null;

  @Field({ description: 'Vietnamese title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'English title.' })
  titleEn!: string | null;

  @Field(() => PlanScope, { description: 'NATIONAL or PROVINCIAL.' })
  scope!: PlanScope;

  @Field(() => DateScalar, { nullable: true, description: 'Date of issue; null when the source does not give it.' })
  issuedOn!: string | null;

  @Field({ description: 'The decision(s) the plan implements.' })
  legalBasis!: string;

  @Field(() => Int, { description: 'First year the plan covers.' })
  periodStart!: number;

  @Field(() => Int, { description: 'Last year the plan covers.' })
  periodEnd!: number;

  @Field(() => Source, { description: 'Where the plan record comes from and how far it can be trusted.' })
  source!: Source;

  @Field(() => String, { nullable: true, description: 'Judgement calls made when the plan was extracted (English); documentation, not data.' })
  note!: string | null;
}
