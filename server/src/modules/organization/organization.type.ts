import { Field, ID, ObjectType } from 'type-graphql';
import { OrganizationKind } from '../common/enums.js';

@ObjectType('Organization', { description: 'The body that runs a facility.' })
export class OrganizationType {
  @Field(() => ID, { description: 'Opaque identifier; pass it as `operatorId` when creating or updating a facility.' })
  id!: number;

  @Field({ description: 'Name of the organisation.' })
  name!: string;

  @Field(() => OrganizationKind, { description: 'Kind of organisation.' })
  kind!: OrganizationKind;
}
