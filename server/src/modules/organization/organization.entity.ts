import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { OrganizationKind } from '../common/enums.js';

/** The body that runs a facility (a state agency, an NGO, a religious group, an enterprise…). */
@Entity({ tableName: 'organization' })
export class Organization {
  @PrimaryKey() id!: number;
  @Property({ unique: true }) name!: string;
  @Property({ type: 'string' }) kind!: OrganizationKind;
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
}
