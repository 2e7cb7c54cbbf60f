import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AdminUnitType } from '../admin-unit/admin-unit.type.js';
import type { AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import type { CommuneReachRecord } from './reach.repository.js';

@ObjectType('CommuneReach', { description: 'A commune and how far its point lies from the nearest operating facility of the kinds asked for.' })
export class CommuneReachType {
  @Field(() => AdminUnitType, { description: 'The commune (its `centroid` is the point measured from).' })
  unit!: AdminUnitRecord;

  @Field(() => Float, { nullable: true, description: 'Great-circle distance in km from the commune\'s point to the nearest operating facility that matches; null when none matches anywhere. Private-location facilities never count.' })
  nearestKm!: number | null;
}

@ObjectType('CommunesBeyondReach', { description: 'The communes beyond a reach, and how many communes were checked (0 when no commune is imported, so an empty list then says nothing).' })
export class CommunesBeyondReachType {
  @Field(() => Int, { description: 'Current communes with a point that were checked (in the province asked for, or everywhere).' })
  communesChecked!: number;

  @Field(() => [CommuneReachType], { description: 'The communes beyond reach, farthest first; those with no matching facility anywhere first.' })
  communes!: CommuneReachRecord[];
}
