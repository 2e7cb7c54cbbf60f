import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AdminUnit } from '../admin-unit/admin-unit.entity.js';
import type { Confidence, TargetGroup } from '../common/enums.js';
import type { NeedCategory, Qualifier } from './need.enums.js';

/** A count of people needing social assistance in a unit and year, as a source states it. */
@Entity({ tableName: 'need_statistic' })
export class NeedStatistic {
  @PrimaryKey() id!: number;
  @ManyToOne(() => AdminUnit, { fieldName: 'unit_id' }) unit!: Rel<AdminUnit>;
  @Property({ type: 'string', nullable: true }) targetGroup?: TargetGroup | null;
  @Property({ type: 'string' }) category!: NeedCategory;
  @Property({ type: 'integer' }) count!: number;
  @Property({ type: 'string' }) qualifier!: Qualifier;
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'text' }) sourceCitation!: string;
  @Property({ type: 'string' }) sourceConfidence!: Confidence;
  @Property({ type: 'text', nullable: true }) note?: string | null;
}
