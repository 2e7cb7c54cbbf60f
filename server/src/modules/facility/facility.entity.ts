import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AdminUnit } from '../admin-unit/admin-unit.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type {
  AccessibilityItemValue, Confidence, FacilityKind, FacilityStatus, LocationPrecision, Ownership, ServiceType, TargetGroup,
} from '../common/enums.js';

/** A social-assistance facility. `version` is the optimistic lock partners send back on updates. */
@Entity({ tableName: 'facility' })
export class Facility {
  @PrimaryKey() id!: number;
  @Property({ unique: true }) code!: string;
  @Property() name!: string;
  @Property({ nullable: true }) nameEn?: string | null;
  @Property({ type: 'string' }) kind!: FacilityKind;
  @Property({ type: 'string' }) ownership!: Ownership;
  @Property({ type: 'string' }) status!: FacilityStatus;
  @Property({ columnType: 'date', type: 'string', nullable: true }) openedOn?: string | null;
  @Property({ columnType: 'date', type: 'string', nullable: true }) closedOn?: string | null;
  @ManyToOne(() => Organization, { nullable: true, fieldName: 'operator_id' }) operator?: Rel<Organization> | null;
  @ManyToOne(() => AdminUnit, { nullable: true, fieldName: 'province_id' }) province?: Rel<AdminUnit> | null;
  @ManyToOne(() => AdminUnit, { nullable: true, fieldName: 'legacy_province_id' }) legacyProvince?: Rel<AdminUnit> | null;
  @ManyToOne(() => AdminUnit, { nullable: true, fieldName: 'commune_id' }) commune?: Rel<AdminUnit> | null;
  @Property({ nullable: true }) address?: string | null;
  @Property({ type: 'double' }) lat!: number;
  @Property({ type: 'double' }) lng!: number;
  @Property({ type: 'string' }) locationPrecision!: LocationPrecision;
  @Property() locationPrivate: boolean = false;
  @Property({ type: 'string[]' }) services: ServiceType[] = [];
  @Property({ type: 'string[]' }) targetGroups: TargetGroup[] = [];
  @Property({ type: 'json', nullable: true }) accessibility?: AccessibilityItemValue[] | null;
  @Property({ columnType: 'date', type: 'string', nullable: true }) accessibilityAssessedOn?: string | null;
  /** Derived from `accessibility` on every write: true when every minimum section is MET. */
  @Property({ nullable: true }) accessible?: boolean | null;
  @Property({ nullable: true, fieldName: 'provides_social_work' }) providesSocialWorkServices?: boolean | null;
  @Property({ nullable: true }) licenceNumber?: string | null;
  @Property({ nullable: true }) licenceIssuedBy?: string | null;
  @Property({ columnType: 'date', type: 'string', nullable: true }) licenceIssuedOn?: string | null;
  @Property({ nullable: true }) phone?: string | null;
  @Property({ nullable: true }) email?: string | null;
  @Property({ nullable: true }) website?: string | null;
  @Property() sourceCitation!: string;
  @Property({ type: 'string' }) sourceConfidence!: Confidence;
  /** Places of the latest capacity report (kept for ordering by PLACES). */
  @Property({ type: 'integer', nullable: true }) places?: number | null;
  @Property({ version: true }) version!: number;
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
}
