import { Field, Float, InputType } from 'type-graphql';
import { Confidence, LocationPrecision } from './enums.js';

@InputType({ description: 'A position in WGS 84 degrees; it must lie in Vietnam (Hoàng Sa and Trường Sa included).' })
export class LocationInput {
  @Field(() => Float, { description: 'Latitude in degrees.' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude in degrees.' })
  lng!: number;

  @Field(() => LocationPrecision, { description: 'EXACT, or APPROXIMATE (for example a city centre).' })
  precision!: LocationPrecision;
}

@InputType({ description: 'Where a record comes from and how far it can be trusted.' })
export class SourceInput {
  @Field({ description: 'Document (number, date, section) or dataset; 1 to 1,000 characters.' })
  citation!: string;

  @Field(() => Confidence, { description: 'Confidence level.' })
  confidence!: Confidence;
}
