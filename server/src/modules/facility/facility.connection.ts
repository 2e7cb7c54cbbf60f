import { Field, Float, ObjectType } from "type-graphql";
import { PageInfo } from '../common/common.types.js';
import { FacilityType } from './facility.type.js';
import type { FacilityRecord } from './facility.repository.js';

@ObjectType({ description: 'A facility in a page of results.' })
export class FacilityEdge {
  @Field({ description: 'Opaque cursor of this item; pass it as `after` to continue after it.' })
  cursor!: string;

  @Field(() => FacilityType, { description: 'The facility.' })
  node!: FacilityRecord;
}

@ObjectType({ description: 'A page of facilities (Relay connection).' })
export class FacilityConnection {
  @Field(() => [FacilityEdge], { description: 'The facilities of this page, in order.' })
  edges!: FacilityEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to get the next one.' })
  pageInfo!: PageInfo;

  /** Counts every match of the filter; run only when `totalCount` is asked for. */
  count!: () => Promise<number>;
}

@ObjectType({ description: 'A facility with its distance from a point.' })
export class FacilityDistance {
  @Field(() => FacilityType, { description: 'The facility.' })
  facility!: FacilityRecord;

  @Field(() => Float, { description: 'Great-circle distance from the given point, in kilometres.' })
  distanceKm!: number;
}


