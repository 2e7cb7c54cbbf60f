import { Field, Int, ObjectType } from 'type-graphql';
import { FacilityKind } from '../common/enums.js';

@ObjectType('FacilityPoints', {
  description: [
    'Every facility matching a filter as a point, in a compact form for drawing many thousands on a map',
    '(100,000 points are about 1 MB before compression). The points come in one order, shared by the',
    'packed strings: point i is the i-th code, the i-th latitude and longitude, the i-th `kind` character and',
    'the i-th `approximate` character. Details of a point are read on demand with `facility(code)`.',
  ].join(' '),
})
export class FacilityPointsType {
  @Field(() => Int, { description: 'Number of points.' })
  count!: number;

  @Field(() => [FacilityKind], { description: 'The kind table: the `kind` character of a point is a base-36 index into this list.' })
  kinds!: FacilityKind[];

  @Field({ description: 'Public codes of the points, separated by commas (codes never contain a comma).' })
  codes!: string;

  @Field({ description: 'Latitudes as comma-separated integers in units of 0.00001° (positions rounded to 5 decimals, about 1 m): the first is the latitude itself, each next one the difference from the previous point. Points are ordered by latitude, so the differences are small.' })
  lat!: string;

  @Field({ description: 'Longitudes, encoded as `lat` (units of 0.00001°; first absolute, then differences from the previous point).' })
  lng!: string;

  @Field({ description: 'One base-36 digit per point (0-9, a-z): the index of its kind in `kinds`.' })
  kind!: string;

  @Field({ description: 'One character per point: "1" when its position is APPROXIMATE, "0" when EXACT.' })
  approximate!: string;
}
