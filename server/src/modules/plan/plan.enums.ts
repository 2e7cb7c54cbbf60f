import { defineEnum } from '../common/enums.js';

/** Enumerations of plans and targets (docs/CONTRACT.md, part "data"). */
export const PlanScope = defineEnum('PlanScope', 'Who a plan binds: the whole country or one province.', {
  NATIONAL: 'A national decision or programme of the Prime Minister; it has no issuing province.',
  PROVINCIAL: 'A plan of a provincial People\'s Committee; its issuer is the (legacy) province.',
});
export type PlanScope = keyof typeof PlanScope;

export const Comparator = defineEnum('Comparator', 'How the actual value is compared with a target value.', {
  AT_LEAST: 'The actual must be at least the value ("ít nhất", "tối thiểu", "đạt", bare table values; 100 = all).',
  EXACTLY: 'The actual must equal the value.',
  MORE_THAN: 'The actual must exceed the value ("trên 90%").',
  INCREASE_BY: 'The actual must have grown by at least the value, in percent, over the target\'s `baseYear` ("tăng 20% so với năm 2020").',
});
export type Comparator = keyof typeof Comparator;

export const Region = defineEnum('Region', 'Socio-economic region of the national master plan 2021-2030 (Decision 966/QĐ-TTg sets minimum facility counts per region).', {
  NORTHERN_MIDLANDS_AND_MOUNTAINS: 'Northern Midlands and Mountains (Trung du và miền núi phía Bắc).',
  RED_RIVER_DELTA: 'Red River Delta (Đồng bằng sông Hồng).',
  NORTH_CENTRAL_AND_CENTRAL_COAST: 'North Central and Central Coast (Bắc Trung Bộ và duyên hải miền Trung).',
  CENTRAL_HIGHLANDS: 'Central Highlands (Tây Nguyên).',
  SOUTHEAST: 'Southeast (Đông Nam Bộ).',
  MEKONG_RIVER_DELTA: 'Mekong River Delta (Đồng bằng sông Cửu Long).',
});
export type Region = keyof typeof Region;

export const IndicatorUnit = defineEnum('IndicatorUnit', 'Unit of an indicator\'s values.', {
  PERCENT: 'A percentage from 0 to 100 (a target of 60% is 60).',
  COUNT: 'A number of facilities, people or staff.',
  PLACES: 'A number of residential places (beds).',
});
export type IndicatorUnit = keyof typeof IndicatorUnit;

export const IndicatorMethod = defineEnum('IndicatorMethod', 'Where the actual value of an indicator comes from.', {
  COMPUTED: 'Computed from the facility registry by the formula in the indicator\'s description.',
  REPORTED: 'Reported by the province; the registry cannot derive it.',
});
export type IndicatorMethod = keyof typeof IndicatorMethod;
