import { Field, InputType } from 'type-graphql';
import {
  FacilityKind, FacilityOrderField, FacilityStatus, OrderDirection, Ownership, ServiceType, TargetGroup,
} from '../common/enums.js';

@InputType({ description: 'Filter of facilities. Lists match any of their values; different fields combine with AND.' })
export class FacilityFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name, with or without Vietnamese diacritics; best match first.' })
  search?: string | null;

  @Field(() => [FacilityKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: FacilityKind[] | null;

  @Field(() => Ownership, { nullable: true, description: 'Public or non-public.' })
  ownership?: Ownership | null;

  @Field(() => [FacilityStatus], { nullable: true, description: 'Any of these statuses. Default: every status but CLOSED.' })
  status?: FacilityStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Code of a current (34) province.' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of a legacy (63, before 2025-07-01) province.' })
  legacyProvinceCode?: string | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Serving any of these target groups.' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [ServiceType], { nullable: true, description: 'Providing any of these services.' })
  services?: ServiceType[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these public codes (for example the points of `facilityPoints` a map shows), at most 1000.' })
  codes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: meeting the minimum accessibility conditions; false: assessed and not meeting them (never-assessed facilities match neither).' })
  accessible?: boolean | null;
}

@InputType({ description: 'Order of a facility list.' })
export class FacilityOrder {
  @Field(() => FacilityOrderField, { description: 'NAME, UPDATED_AT or PLACES.' })
  field!: FacilityOrderField;

  @Field(() => OrderDirection, { description: 'ASC or DESC.' })
  direction!: OrderDirection;
}
