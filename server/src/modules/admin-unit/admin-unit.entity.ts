import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { AdminLevel, Confidence } from '../common/enums.js';

/** A province, district or commune, valid over a half-open date range [validFrom, validTo). */
@Entity({ tableName: 'admin_unit' })
export class AdminUnit {
  @PrimaryKey() id!: number;
  @Property() code!: string;
  @Property({ type: 'string' }) level!: AdminLevel;
  @Property() name!: string;
  @Property({ nullable: true }) nameEn?: string | null;
  @Property({ nullable: true }) fullName?: string | null;
  @Property({ nullable: true }) unitType?: string | null;
  @ManyToOne(() => AdminUnit, { nullable: true, fieldName: 'parent_id' }) parent?: Rel<AdminUnit> | null;
  @Property({ columnType: 'date', type: 'string' }) validFrom!: string;
  @Property({ columnType: 'date', type: 'string', nullable: true }) validTo?: string | null;
  @Property({ type: 'double', nullable: true }) lat?: number | null;
  @Property({ type: 'double', nullable: true }) lng?: number | null;
  @Property({ nullable: true }) region?: string | null;
  @Property({ type: 'double', nullable: true }) areaKm2?: number | null;
  @Property() sourceCitation!: string;
  @Property({ type: 'string' }) sourceConfidence!: Confidence;
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
}
