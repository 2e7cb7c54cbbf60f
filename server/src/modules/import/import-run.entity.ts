import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One applied run of an import command (dry runs and rejected files leave no trace). */
@Entity({ tableName: 'import_run' })
export class ImportRun {
  @PrimaryKey() id!: number;
  @Property() kind!: 'units' | 'boundaries' | 'facilities';
  @Property({ type: 'text' }) fileName!: string;
  @Property() checksum!: string;
  @Property({ type: 'integer' }) rows!: number;
  @Property({ type: 'integer' }) inserted!: number;
  @Property({ type: 'integer' }) updated!: number;
  @Property({ type: 'integer' }) unchanged!: number;
  @Property({ columnType: 'timestamptz(3)', defaultRaw: 'now()' }) finishedAt: Date = new Date();
}
