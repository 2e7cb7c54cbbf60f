import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Facility } from '../facility/facility.entity.js';
import type { Confidence, ResidentCountValue, StaffCountValue } from '../common/enums.js';

/** A dated report of a facility's places, residents and staff. History is kept; the latest is current. */
@Entity({ tableName: 'capacity_report' })
export class CapacityReport {
  @PrimaryKey() id!: number;
  @ManyToOne(() => Facility, { fieldName: 'facility_id' }) facility!: Rel<Facility>;
  @Property({ columnType: 'date', type: 'string' }) reportedOn!: string;
  @Property({ type: 'integer', nullable: true }) places?: number | null;
  @Property({ type: 'integer', nullable: true }) residents?: number | null;
  @Property({ type: 'integer', nullable: true }) communityClients?: number | null;
  @Property({ type: 'json' }) residentsByGroup: ResidentCountValue[] = [];
  @Property({ type: 'json' }) staffByRole: StaffCountValue[] = [];
  @Property({ type: 'integer', nullable: true }) socialWorkers?: number | null;
  @Property({ type: 'integer', nullable: true }) trainedSocialWorkers?: number | null;
  @Property() overCapacity: boolean = false;
  @Property() sourceCitation!: string;
  @Property({ type: 'string' }) sourceConfidence!: Confidence;
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()' }) createdAt: Date = new Date();
}
