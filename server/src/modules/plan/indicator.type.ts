import { Field, ObjectType } from 'type-graphql';
import { IndicatorMethod, IndicatorUnit } from './plan.enums.js';

@ObjectType('Indicator', { description: 'A measurable indicator that plans set targets for (shares of units, facilities, places, trained staff…).' })
export class IndicatorType {
  @Field({ description: 'Stable identifier, e.g. SW_STAFF_ASSIGNED_UNITS_SHARE.' })
  code!: string;

  @Field({ description: 'Vietnamese name, close to the wording of the plans.' })
  name!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;

  @Field(() => IndicatorUnit, { description: 'PERCENT (0 to 100), COUNT or PLACES.' })
  unit!: IndicatorUnit;

  @Field(() => IndicatorMethod, { description: 'COMPUTED from the registry or REPORTED by provinces.' })
  method!: IndicatorMethod;

  @Field({ description: 'Exact meaning (English); for COMPUTED indicators the formula over the registry, and whether it is only a proxy of the official indicator.' })
  description!: string;
}
