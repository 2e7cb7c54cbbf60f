import { defineEnum } from '../common/enums.js';

/** Enumerations of need statistics (docs/CONTRACT.md, part "data"). */
export const NeedCategory = defineEnum('NeedCategory', 'What a need statistic counts.', {
  TARGET_GROUP: 'People of one target group needing social assistance (`targetGroup` says which).',
  TOTAL_NEEDING_ASSISTANCE: 'All people needing social assistance, as the source totals them (groups overlap: never add the other rows).',
  POOR_OR_NEAR_POOR_PEOPLE: 'People in poor or near-poor households.',
  MONTHLY_ALLOWANCE_RECIPIENTS: 'Social-protection beneficiaries receiving a monthly allowance from the state budget.',
});
export type NeedCategory = keyof typeof NeedCategory;

export const Qualifier = defineEnum('Qualifier', 'How exact a count is, as the source words it.', {
  EXACT: 'The count as stated.',
  AT_LEAST: 'At least the count ("hơn 2000": more than 2,000).',
  ABOUT: 'About the count ("khoảng 258.000").',
});
export type Qualifier = keyof typeof Qualifier;
