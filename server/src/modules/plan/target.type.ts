import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Source } from '../common/common.types.js';
import { FacilityKind, TargetGroup } from '../common/enums.js';
import { Comparator, Region } from './plan.enums.js';

@ObjectType({ description: 'A starting value a source gives for a target that is not INCREASE_BY (Decision 966: about 45,000 places in 2020).' })
export class TargetBaseline {
  @Field(() => Int, { description: 'Year of the baseline value.' })
  year!: number;

  @Field(() => Float, { description: 'Baseline value, in the indicator\'s unit.' })
  value!: number;
}

@ObjectType('Target', { description: 'One target of a plan: the value an indicator must reach by a year, in document units (60 for 60%), with its citation.' })
export class TargetType {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: number;

  @Field(() => Int, { description: 'Target year; a period "2021-2025" is recorded at its last year.' })
  year!: number;

  @Field(() => Float, { description: 'Target value in the indicator\'s unit (percentages 0 to 100; for INCREASE_BY the growth in percent).' })
  value!: number;

  @Field(() => Comparator, { description: 'How the actual is compared with `value`.' })
  comparator!: Comparator;

  @Field(() => Int, { nullable: true, description: 'Base year of an INCREASE_BY target ("so với năm 2020"); null otherwise.' })
  baseYear!: number | null;

  @Field(() => Region, { nullable: true, description: 'Socio-economic region the target applies to (Decision 966 regional minimums); null when not regional.' })
  region!: Region | null;

  @Field(() => TargetGroup, { nullable: true, description: 'Target group the target is about (CHILDREN for the children-assisted indicator); null otherwise.' })
  targetGroup!: TargetGroup | null;

  @Field(() => FacilityKind, { nullable: true, description: 'Facility kind of a per-kind minimum (Decision 966); null otherwise.' })
  facilityKind!: FacilityKind | null;

  @Field(() => [FacilityKind], { description: 'Kinds a count of facilities for this target includes: `facilityKind`, widened where the source groups kinds (Decision 966 counts SOCIAL_WORK_CENTRE with COMPREHENSIVE, and SOS villages are counted with CHILD_CARE); empty when the target is not per kind.' })
  countsKinds!: FacilityKind[];

  @Field(() => TargetBaseline, { nullable: true, description: 'Baseline the source gives (for the straight-line expectation); null when none.' })
  baseline!: TargetBaseline | null;

  @Field({ description: 'True for the plan\'s stated targets (its objectives section or table); false for quotas taken from its tasks section (training numbers, new facilities).' })
  headline!: boolean;

  @Field(() => Source, { description: 'Document and section the target is read in, and its confidence.' })
  source!: Source;

  @Field(() => String, { nullable: true, description: 'Judgement call made when the target was extracted (English); documentation, not data.' })
  note!: string | null;
}
