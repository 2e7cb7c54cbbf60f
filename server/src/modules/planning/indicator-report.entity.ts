import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AdminUnit } from '../admin-unit/admin-unit.entity.js';
import type { Confidence } from '../common/enums.js';
import { Indicator } from '../plan/indicator.entity.js';

/** A dated value of an indicator for a unit and year, filed by `reportIndicator`; corrections are new reports. */
@Entity({ tableName: 'indicator_report' })
export class IndicatorReport {
  @PrimaryKey() id!: number;
  @ManyToOne(() => AdminUnit, { fieldName: 'unit_id' }) unit!: Rel<AdminUnit>;
  @ManyToOne(() => Indicator, { fieldName: 'indicator_id' }) indicator!: Rel<Indicator>;
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'double' }) value!: number;
  @Property({ columnType: 'date', type: 'string' }) reportedOn!: string;
  @Property({ type: 'text' }) sourceCitation!: string;
  @Property({ type: 'string' }) sourceConfidence!: Confidence;
  @Property() reportedBy!: string;
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()' }) createdAt: Date = new Date();
}
