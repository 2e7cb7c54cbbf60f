import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { IndicatorMethod, IndicatorUnit } from './plan.enums.js';

/** A measurable indicator that targets set values for (seeded from seeds/indicators.json). */
@Entity({ tableName: 'indicator' })
export class Indicator {
  @PrimaryKey() id!: number;
  @Property({ unique: true }) code!: string;
  @Property() name!: string;
  @Property() nameEn!: string;
  @Property({ type: 'string' }) unit!: IndicatorUnit;
  @Property({ type: 'string' }) method!: IndicatorMethod;
  @Property({ type: 'text' }) description!: string;
  @Property({ type: 'text', nullable: true }) note?: string | null;
}
