import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Location, Source } from '../common/common.types.js';
import {
  AccessibilityFeature, AccessibilityStatus, FacilityKind, FacilityStatus, Ownership, ServiceType, TargetGroup,
} from '../common/enums.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';

@ObjectType({ description: 'Assessment of one accessibility section (QCVN 10).' })
export class AccessibilityItem {
  @Field(() => AccessibilityFeature, { description: 'Section of the standard.' })
  item!: AccessibilityFeature;

  @Field(() => AccessibilityStatus, { description: 'MET, PARTIAL, NOT_MET or UNKNOWN.' })
  status!: AccessibilityStatus;
}

@ObjectType({ description: 'Accessibility checklist of a facility after QCVN 10, with the derived minimum.' })
export class Accessibility {
  @Field({ description: 'True when every minimum section (ACCESS_ROUTE, ENTRANCE_RAMP, DOORS, ACCESSIBLE_TOILET, PUBLIC_SPACES, EMERGENCY_EXIT) is MET (Decision 524: every facility by 2025).' })
  meetsMinimum!: boolean;

  @Field(() => [AccessibilityItem], { description: 'The assessed sections.' })
  items!: AccessibilityItem[];

  @Field(() => DateScalar, { nullable: true, description: 'Date of the assessment.' })
  assessedOn!: string | null;
}

@ObjectType({ description: 'Operating licence (giấy phép hoạt động) of a non-public facility.' })
export class Licence {
  @Field({ description: 'Licence number.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'Issuing authority.' })
  issuedBy!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of issue.' })
  issuedOn!: string | null;
}

@ObjectType({ description: 'How to contact a facility.' })
export class Contact {
  @Field(() => String, { nullable: true, description: 'Telephone number.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Web site.' })
  website!: string | null;
}

@ObjectType('Facility', { description: 'A social-assistance facility of the national network.' })
export class FacilityType {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: number;

  @Field({ description: 'Public identifier of the facility (e.g. TGXH-11-001).' })
  code!: string;

  @Field({ description: 'Vietnamese name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn!: string | null;

  @Field(() => FacilityKind, { description: 'Type of facility.' })
  kind!: FacilityKind;

  @Field(() => Ownership, { description: 'Public or non-public.' })
  ownership!: Ownership;

  @Field(() => FacilityStatus, { description: 'Current status.' })
  status!: FacilityStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Date it opened, when known.' })
  openedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date it closed, for CLOSED facilities.' })
  closedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Street address, as far as known.' })
  address!: string | null;

  @Field(() => Location, { nullable: true, description: 'Position; APPROXIMATE positions (e.g. a city centre) are not the door.' })
  location!: Location | null;

  @Field(() => [ServiceType], { description: 'Services provided.' })
  services!: ServiceType[];

  @Field(() => [TargetGroup], { description: 'Target groups served.' })
  targetGroups!: TargetGroup[];

  @Field(() => Accessibility, { nullable: true, description: 'Accessibility checklist; null when never assessed (unknown).' })
  accessibility!: Accessibility | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the facility provides social-work services; null = unknown.' })
  providesSocialWorkServices!: boolean | null;

  @Field(() => Licence, { nullable: true, description: 'Operating licence, when known.' })
  licence!: Licence | null;

  @Field(() => Contact, { nullable: true, description: 'Contact details, when known.' })
  contact!: Contact | null;

  @Field(() => Source, { description: 'Where the record comes from and how far it can be trusted.' })
  source!: Source;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back as `expectedVersion` when updating.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the record was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the record last changed.' })
  updatedAt!: Date;
}
