import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Facility } from './facility.entity.js';
import type { FacilityStatus } from '../common/enums.js';

/** A dated change of a facility's status, so the registry can answer "as of" a past date. */
@Entity({ tableName: 'facility_status_change' })
export class FacilityStatusChange {
  @PrimaryKey() id!: number;
  @ManyToOne(() => Facility, { fieldName: 'facility_id' }) facility!: Rel<Facility>;
  @Property({ type: 'string' }) status!: FacilityStatus;
  @Property({ columnType: 'date', type: 'string' }) effectiveOn!: string;
  @Property({ nullable: true }) reason?: string | null;
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()' }) recordedAt: Date = new Date();
}
