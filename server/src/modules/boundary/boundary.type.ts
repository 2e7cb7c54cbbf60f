import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';

@ObjectType('Boundary', { description: 'The polygon of an administrative unit for the map, as imported by `npm run import:boundaries`. Show `attribution` wherever it is drawn.' })
export class BoundaryType {
  @Field({ description: 'GSO code of the unit (same as `unit.code`), so a map can join without asking for the unit.' })
  code!: string;

  @Field({ description: 'GeoJSON geometry (Polygon or MultiPolygon, WGS 84 longitude/latitude), as a compact JSON string: `JSON.parse` it and use it as the `geometry` of a GeoJSON Feature.' })
  geometry!: string;

  @Field({ description: 'Attribution to display with the boundary, e.g. "Boundaries: Vietnamese Provinces Database (MIT), after sapnhap.bando.com.vn".' })
  attribution!: string;

  @Field(() => DateTimeScalar, { description: 'When the polygon was last imported or changed.' })
  importedAt!: Date;
}
