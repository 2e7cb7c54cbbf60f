import { defineEnum } from '../common/enums.js';

export const Geography = defineEnum('Geography', 'Which provinces figures are reported in.', {
  LEGACY_63: 'The 63 provinces before 1 July 2025 (the geography of the 2021-2025 plans); facilities are counted in their legacy province.',
  CURRENT_34: 'The 34 provinces since 1 July 2025; legacy plans are shown under the province that absorbed their issuer.',
});
export type Geography = keyof typeof Geography;

export const ProgressStatus = defineEnum('ProgressStatus', 'Where a target stands. For a target year already past at `asOf`, the actual is taken at the end of that year: MET or MISSED. Before it: MET if the comparator already holds; else ON_TRACK if the actual is at least the straight-line expectation between the base (or plan start) and the target year, AT_RISK if at least 90% of it, OFF_TRACK below; NO_DATA when nothing is known (never an invented 0).', {
  MET: 'The comparator holds (for a past target year: it held at the end of that year).',
  MISSED: 'The target year is past and the comparator did not hold at its end.',
  ON_TRACK: 'Not yet met, but at or above the straight-line expectation for `asOf`.',
  AT_RISK: 'Below the straight-line expectation but at least 90% of it.',
  OFF_TRACK: 'Below 90% of the straight-line expectation.',
  NO_DATA: 'Nothing is known for this target (never an invented 0).',
});
export type ProgressStatus = keyof typeof ProgressStatus;
