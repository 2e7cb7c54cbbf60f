import { Field, InputType, Int } from 'type-graphql';
import { SourceInput } from '../common/common.inputs.js';
import { CareLevel, StaffRole, TargetGroup } from '../common/enums.js';
import { DateScalar } from '../common/scalars.js';

@InputType({ description: 'Residents of one target group (and care level).' })
export class ResidentCountInput {
  @Field(() => TargetGroup, { description: 'Target group.' })
  group!: TargetGroup;

  @Field(() => CareLevel, { nullable: true, description: 'Care level (Circular 33 norms).' })
  careLevel?: CareLevel | null;

  @Field(() => Int, { description: 'Number of residents (0 or more).' })
  count!: number;
}

@InputType({ description: 'Staff of one role.' })
export class StaffCountInput {
  @Field(() => StaffRole, { description: 'Role.' })
  role!: StaffRole;

  @Field(() => Int, { description: 'Number of staff (0 or more).' })
  count!: number;
}

@InputType({ description: 'A dated capacity report. Counts are 0 or more; absent counts are unknown, not zero.' })
export class ReportCapacityInput {
  @Field(() => DateScalar, { description: 'Date the figures refer to (not in the future).' })
  reportedOn!: string;

  @Field(() => Int, { nullable: true, description: 'Residential places.' })
  places?: number | null;

  @Field(() => Int, { nullable: true, description: 'Residents; above `places` only with `overCapacity: true`.' })
  residents?: number | null;

  @Field(() => Int, { nullable: true, description: 'People served in the community.' })
  communityClients?: number | null;

  @Field(() => [ResidentCountInput], { nullable: true, description: 'Residents per target group and care level; their sum cannot exceed `residents`.' })
  residentsByGroup?: ResidentCountInput[] | null;

  @Field(() => [StaffCountInput], { nullable: true, description: 'Staff per role (each role at most once).' })
  staffByRole?: StaffCountInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Staff doing social work.' })
  socialWorkers?: number | null;

  @Field(() => Int, { nullable: true, description: 'Social-work staff trained in social work (at most `socialWorkers`).' })
  trainedSocialWorkers?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Confirms that residents above places is real (over capacity).' })
  overCapacity?: boolean | null;

  @Field(() => SourceInput, { nullable: true, description: 'Source of the figures (default: reported through the partner API, SECONDARY_SOURCE).' })
  source?: SourceInput | null;
}
