import { Field, Int, ObjectType } from 'type-graphql';
import { CareLevel, StaffRole, TargetGroup } from '../common/enums.js';
import { DateScalar } from '../common/scalars.js';

@ObjectType({ description: 'Residents of one target group (and care level, when reported).' })
export class ResidentCount {
  @Field(() => TargetGroup, { description: 'Target group of these residents.' })
  group!: TargetGroup;

  @Field(() => CareLevel, { nullable: true, description: 'Care level (Circular 33 norms), when reported.' })
  careLevel!: CareLevel | null;

  @Field(() => Int, { description: 'Number of residents.' })
  count!: number;
}

@ObjectType({ description: 'Places and people served, from the latest capacity report. A null number is unknown, never zero.' })
export class Capacity {
  @Field(() => Int, { nullable: true, description: 'Residential places (beds).' })
  places!: number | null;

  @Field(() => Int, { nullable: true, description: 'People living in the facility.' })
  residents!: number | null;

  @Field(() => Int, { nullable: true, description: 'People served in the community (not residing).' })
  communityClients!: number | null;

  @Field(() => DateScalar, { description: 'Date the figures refer to.' })
  reportedOn!: string;

  @Field(() => [ResidentCount], { description: 'Residents per target group and care level, as far as reported.' })
  residentsByGroup!: ResidentCount[];
}

@ObjectType({ description: 'Staff of one role.' })
export class StaffCount {
  @Field(() => StaffRole, { description: 'Role.' })
  role!: StaffRole;

  @Field(() => Int, { description: 'Number of staff in this role.' })
  count!: number;
}

@ObjectType({ description: 'Staff, from the latest capacity report. A null number is unknown, never zero.' })
export class Staff {
  @Field(() => Int, { nullable: true, description: 'All staff: the sum of `byRole`, null when no role was reported.' })
  total!: number | null;

  @Field(() => Int, { nullable: true, description: 'Staff doing social work.' })
  socialWorkers!: number | null;

  @Field(() => Int, { nullable: true, description: 'Social-work staff trained in social work.' })
  trainedSocialWorkers!: number | null;

  @Field(() => [StaffCount], { description: 'Staff per role, as far as reported.' })
  byRole!: StaffCount[];
}
