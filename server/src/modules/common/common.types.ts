import { Field, Float, ObjectType } from 'type-graphql';
import { Confidence, LocationPrecision } from './enums.js';

@ObjectType({ description: 'Where a record comes from and how far it can be trusted.' })
export class Source {
  @Field({ description: 'The document (number, date, section) or dataset the record was taken from.' })
  citation!: string;

  @Field(() => Confidence, { description: 'Confidence level of the record: ESTIMATE and SYNTHETIC are never facts.' })
  confidence!: Confidence;
}

@ObjectType({ description: 'A point in WGS 84 degrees.' })
export class Location {
  @Field(() => Float, { description: 'Latitude in degrees (WGS 84).' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude in degrees (WGS 84).' })
  lng!: number;

  @Field(() => LocationPrecision, { description: 'EXACT, or APPROXIMATE (for example a city centre).' })
  precision!: LocationPrecision;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when more items follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; pass it as `after` for the next page.' })
  endCursor!: string | null;

  @Field({ description: 'True when the page starts after a cursor (`after`), so items come before its first one. Pages are read forwards only (no `before` or `last`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page; null when the page is empty.' })
  startCursor!: string | null;
}
