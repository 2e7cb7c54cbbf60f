import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { AdminUnit } from '../admin-unit/admin-unit.entity.js';
import type { Confidence } from '../common/enums.js';
import type { PlanScope } from './plan.enums.js';

/** A national decision or a provincial plan that sets targets; `issuer` is null for national plans. */
@Entity({ tableName: 'plan' })
export class Plan {
  @PrimaryKey() id!: number;
  @Property({ unique: true }) key!: string;
  @Property({ nullable: true }) code?: string | null;
  @Property() title!: string;
  @Property({ nullable: true }) titleEn?: string | null;
  @Property({ type: 'string' }) scope!: PlanScope;
  @ManyToOne(() => AdminUnit, { nullable: true, fieldName: 'issuer_id' }) issuer?: Rel<AdminUnit> | null;
  @Property({ columnType: 'date', type: 'string', nullable: true }) issuedOn?: string | null;
  @Property({ type: 'text' }) legalBasis!: string;
  @Property({ type: 'integer' }) periodStart!: number;
  @Property({ type: 'integer' }) periodEnd!: number;
  @Property({ type: 'text' }) sourceCitation!: string;
  @Property({ type: 'string' }) sourceConfidence!: Confidence;
  @Property({ type: 'text', nullable: true }) note?: string | null;
}
