import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The polygon of one administrative unit (GeoJSON geometry), kept for the map with its attribution. */
@Entity({ tableName: 'boundary' })
export class Boundary {
  @PrimaryKey({ autoincrement: false }) adminUnitId!: number;
  @Property({ type: 'json' }) geometry!: Record<string, unknown>;
  @Property({ type: 'text' }) attribution!: string;
  @Property({ type: 'text' }) sourceFile!: string;
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()' }) importedAt: Date = new Date();
}
