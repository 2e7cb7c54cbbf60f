import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Confidence, FacilityKind, TargetGroup } from '../common/enums.js';
import { Indicator } from './indicator.entity.js';
import { Plan } from './plan.entity.js';
import type { Comparator, Region } from './plan.enums.js';

/** One target of a plan: an indicator's value for a year, with how to compare and its citation. */
@Entity({ tableName: 'target' })
export class Target {
  @PrimaryKey() id!: number;
  @ManyToOne(() => Plan, { fieldName: 'plan_id' }) plan!: Rel<Plan>;
  /** Order of the target within its plan, as in the seed file. */
  @Property({ type: 'integer' }) position!: number;
  @ManyToOne(() => Indicator, { fieldName: 'indicator_id' }) indicator!: Rel<Indicator>;
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'double' }) value!: number;
  @Property({ type: 'string' }) comparator!: Comparator;
  @Property({ type: 'integer', nullable: true }) baseYear?: number | null;
  @Property({ type: 'string', nullable: true }) region?: Region | null;
  @Property({ type: 'string', nullable: true }) targetGroup?: TargetGroup | null;
  @Property({ type: 'string', nullable: true }) facilityKind?: FacilityKind | null;
  @Property({ type: 'string[]' }) countsKinds: FacilityKind[] = [];
  @Property({ type: 'integer', nullable: true }) baselineYear?: number | null;
  @Property({ type: 'double', nullable: true }) baselineValue?: number | null;
  @Property() headline!: boolean;
  @Property({ type: 'text' }) sourceCitation!: string;
  @Property({ type: 'string' }) sourceConfidence!: Confidence;
  @Property({ type: 'text', nullable: true }) note?: string | null;
}
