import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AdminUnitType } from '../admin-unit/admin-unit.type.js';
import type { AdminUnitRecord } from '../admin-unit/admin-unit.repository.js';
import { StaffCount } from '../capacity/capacity.type.js';
import { DateScalar } from '../common/scalars.js';

@ObjectType('GapRow', {
  description: 'One unit of a gap analysis: need against the places and people served by the facilities OPERATING on `asOf` (with a target group: those serving it), '
    + 'their accessibility, social work and staffing against Circular 33, and how many communes are out of reach. Private-location facilities '
    + '(shelters and facilities flagged private) count in province rows for every caller, but in commune rows and in reach only for callers with edit rights.',
})
export class GapRowType {
  @Field(() => AdminUnitType, { description: 'The province (current or legacy, as the geography asks) or commune.' })
  unit!: AdminUnitRecord;

  @Field(() => Int, { nullable: true, description: 'People in need: the latest need statistic of a year up to that of `asOf` for the target group (category TARGET_GROUP), or TOTAL_NEEDING_ASSISTANCE without one. A current province without a figure of its own takes the sum of its predecessors\' figures where known (a lower bound when some lack one; `needBasis` says). Null when unknown, never 0.' })
  need!: number | null;

  @Field(() => String, { nullable: true, description: 'Where `need` comes from: unit, year and qualifier of each figure, and the predecessors without one. Null when `need` is null.' })
  needBasis!: string | null;

  @Field(() => Int, { description: 'Residential places of the facilities, from their latest capacity report on or before `asOf` (facilities without one add nothing; see `facilitiesReporting`). Places are not split by target group.' })
  places!: number;

  @Field(() => Int, { description: 'Residents of the facilities; with a target group, the residents of that group where the report breaks residents down by group (all residents where it does not).' })
  residents!: number;

  @Field(() => Int, { description: 'People served: `residents` plus the community clients of the facilities (not split by target group).' })
  served!: number;

  @Field(() => Float, { nullable: true, description: 'served / need × 100, rounded to 0.1 (above 100 when more people are served than the statistic counts). Null without a known need (or a need of 0).' })
  coveragePercent!: number | null;

  @Field(() => Int, { nullable: true, description: 'Unmet need: max(0, need − served); the ranking key of `worstGaps`. Null without a known need.' })
  unmetNeed!: number | null;

  @Field(() => Int, { description: 'Facilities operating on `asOf` (serving the target group, when one is given).' })
  facilities!: number;

  @Field(() => Int, { description: 'Of `facilities`, those with a capacity report on or before `asOf`: the base of places, residents, served and staffing.' })
  facilitiesReporting!: number;

  @Field(() => Float, { nullable: true, description: 'Share (0-100, rounded to 0.1) of the facilities meeting the minimum accessibility conditions, over the facilities whose accessibility was assessed (`accessibilityKnown`); null when none was.' })
  accessiblePercent!: number | null;

  @Field(() => Int, { description: 'Facilities whose accessibility was assessed: the base of `accessiblePercent`.' })
  accessibilityKnown!: number;

  @Field(() => Float, { nullable: true, description: 'Share (0-100, rounded to 0.1) of the facilities providing social-work services, over the facilities for which that is known (`socialWorkKnown`; unknown is not "no"); null when it is known for none.' })
  socialWorkPercent!: number | null;

  @Field(() => Int, { description: 'Facilities for which social-work provision is known: the base of `socialWorkPercent`.' })
  socialWorkKnown!: number;

  @Field(() => [StaffCount], { description: 'Staff missing against the norms of Circular 33/2017/TT-BLĐTBXH Art. 5: for each role, the sum over the facilities of max(0, required − reported), required from the residents by target group and care level of the latest report (see `Facility.staffingShortfall`). Only roles short of staff, in the order SOCIAL_WORKER, PSYCHOLOGIST, CARER, MEDICAL, NUTRITION, REHABILITATION, TEACHER; a lower bound, over the `staffingAssessed` facilities.' })
  staffingShortfall!: { role: string; count: number }[];

  @Field(() => Int, { description: 'Facilities whose staffing could be assessed (a capacity report giving staff by role and residents).' })
  staffingAssessed!: number;

  @Field(() => Int, { description: 'Of `staffingAssessed`, the facilities short of staff in at least one role.' })
  facilitiesShortOfStaff!: number;

  @Field(() => Int, { nullable: true, description: 'Imported communes (CURRENT_34; in a commune row, the commune itself: 0 or 1) whose point is farther than `withinKm` (great-circle) from the nearest facility operating on `asOf` that serves the target group; private-location facilities count only for callers with edit rights. Null without `withinKm`, for legacy provinces (communes belong to the current geography only) and for units without imported communes.' })
  communesBeyondReach!: number | null;

  @Field(() => Float, { nullable: true, description: 'Commune rows only: great-circle distance in km (to the metre) from the commune\'s point to the nearest facility operating on `asOf` that serves the target group (private-location facilities only for callers with edit rights). Null in province rows and when there is no such facility. Asking for it costs a nearest-neighbour search per commune.' })
  nearestFacilityKm!: number | null;
}

@ObjectType('GapReport', { description: 'A gap analysis: a row per unit, the worst gaps, and the date the registry was read at.' })
export class GapReportType {
  @Field(() => [GapRowType], { description: 'One row per unit of the geography and level, ordered by unit code.' })
  rows!: GapRowType[];

  @Field(() => [GapRowType], { description: 'At most 10 rows with unmet need (need − served > 0), the largest unmet need first; ties by the lower `coveragePercent`, then by unit code. Rows without a known need are never ranked.' })
  worstGaps!: GapRowType[];

  @Field(() => DateScalar, { description: 'Date the registry was read at (the `asOf` argument, or today in Asia/Ho_Chi_Minh).' })
  asOf!: string;
}
