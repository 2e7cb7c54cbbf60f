import { Field, ID, InputType } from 'type-graphql';
import { LocationInput, SourceInput } from '../common/common.inputs.js';
import {
  AccessibilityFeature, AccessibilityStatus, FacilityKind, FacilityStatus, Ownership, ServiceType, TargetGroup,
} from '../common/enums.js';
import { DateScalar } from '../common/scalars.js';

@InputType({ description: 'Assessment of one accessibility section.' })
export class AccessibilityItemInput {
  @Field(() => AccessibilityFeature, { description: 'Section of QCVN 10.' })
  item!: AccessibilityFeature;

  @Field(() => AccessibilityStatus, { description: 'MET, PARTIAL, NOT_MET or UNKNOWN.' })
  status!: AccessibilityStatus;
}

@InputType({ description: 'An accessibility assessment; `meetsMinimum` is derived from it.' })
export class AccessibilityInput {
  @Field(() => [AccessibilityItemInput], { description: 'Assessed sections (each at most once).' })
  items!: AccessibilityItemInput[];

  @Field(() => DateScalar, { nullable: true, description: 'Date of the assessment.' })
  assessedOn?: string | null;
}

@InputType({ description: 'Operating licence.' })
export class LicenceInput {
  @Field({ description: 'Licence number.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'Issuing authority.' })
  issuedBy?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of issue.' })
  issuedOn?: string | null;
}

@InputType({ description: 'Contact details.' })
export class ContactInput {
  @Field(() => String, { nullable: true, description: 'Telephone number (digits, spaces, + - . ( )).' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site (http or https URL).' })
  website?: string | null;
}

/** Fields shared by create and update; in an update every one is optional and `null` clears it. */
@InputType({ description: "Shared facility fields (not used directly)." })
abstract class FacilityFieldsInput {
  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => FacilityStatus, { nullable: true, description: 'Status (default OPERATING). CLOSED goes through closeFacility.' })
  status?: FacilityStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date it opened.' })
  openedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the operating organisation.' })
  operatorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of a current (34) province; with `communeCode` it must be the commune\'s province.' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of a commune (imported); sets the province too.' })
  communeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the legacy (63) province; must have become part of the current province. Default: the only predecessor, if there is one.' })
  legacyProvinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address (at most 500 characters).' })
  address?: string | null;

  @Field(() => [ServiceType], { nullable: true, description: 'Services provided.' })
  services?: ServiceType[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Target groups served.' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => AccessibilityInput, { nullable: true, description: 'Accessibility assessment.' })
  accessibility?: AccessibilityInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether social-work services are provided (null = unknown).' })
  providesSocialWorkServices?: boolean | null;

  @Field(() => LicenceInput, { nullable: true, description: 'Operating licence.' })
  licence?: LicenceInput | null;

  @Field(() => ContactInput, { nullable: true, description: 'Contact details.' })
  contact?: ContactInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Hide the facility from callers without edit rights (always so for shelters).' })
  locationPrivate?: boolean | null;
}

@InputType({ description: 'A new facility.' })
export class CreateFacilityInput extends FacilityFieldsInput {
  @Field(() => String, { nullable: true, description: 'Public code (letters, digits, - _ .); generated as TGXH-<province>-<n> when absent.' })
  code?: string | null;

  @Field({ description: 'Vietnamese name (1 to 300 characters).' })
  name!: string;

  @Field(() => FacilityKind, { description: 'Type of facility.' })
  kind!: FacilityKind;

  @Field(() => Ownership, { description: 'Public or non-public.' })
  ownership!: Ownership;

  @Field(() => LocationInput, { description: 'Position.' })
  location!: LocationInput;

  @Field(() => SourceInput, { description: 'Where the record comes from.' })
  source!: SourceInput;
}

@InputType({ description: 'A patch of a facility: an absent field stays as it is; null clears a nullable field.' })
export class UpdateFacilityInput extends FacilityFieldsInput {
  @Field(() => String, { nullable: true, description: 'Public code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Vietnamese name.' })
  name?: string | null;

  @Field(() => FacilityKind, { nullable: true, description: 'Type of facility.' })
  kind?: FacilityKind | null;

  @Field(() => Ownership, { nullable: true, description: 'Public or non-public.' })
  ownership?: Ownership | null;

  @Field(() => LocationInput, { nullable: true, description: 'Position.' })
  location?: LocationInput | null;

  @Field(() => SourceInput, { nullable: true, description: 'Where the changed record comes from.' })
  source?: SourceInput | null;
}
