import { type Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Facility } from './facility.entity.js';

export type EditAction = 'CREATE' | 'UPDATE' | 'CLOSE' | 'REPORT_CAPACITY';

/** One accepted change of a facility: when, by whom, which fields (old and new values). */
@Entity({ tableName: 'facility_edit' })
export class FacilityEdit {
  @PrimaryKey() id!: number;
  @ManyToOne(() => Facility, { fieldName: 'facility_id' }) facility!: Rel<Facility>;
  @Property({ type: 'string' }) action!: EditAction;
  @Property({ type: 'integer' }) version!: number;
  @Property({ type: 'json' }) changes!: Record<string, unknown>;
  @Property() editedBy!: string;
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()' }) editedAt: Date = new Date();
}
