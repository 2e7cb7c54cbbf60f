import type { AccessibilityFeature, AccessibilityItemValue } from '../common/enums.js';

/**
 * Sections of QCVN 10 that make the "minimum conditions" (Decision 524: every facility by 2025):
 * a person in a wheelchair can arrive, enter, move around, use a toilet and leave in an emergency.
 * Parking, lifts (only where there are upper floors), tactile warnings and signage are recorded but
 * not required for the minimum.
 */
export const MINIMUM_SECTIONS: readonly AccessibilityFeature[] = [
  'ACCESS_ROUTE', 'ENTRANCE_RAMP', 'DOORS', 'ACCESSIBLE_TOILET', 'PUBLIC_SPACES', 'EMERGENCY_EXIT',
];

/** True when every minimum section is MET; null when there is no assessment at all. */
export function meetsMinimum(items: readonly AccessibilityItemValue[] | null | undefined): boolean | null {
  if (!items || items.length === 0) return null;
  const status = new Map(items.map((i) => [i.item, i.status]));
  return MINIMUM_SECTIONS.every((s) => status.get(s) === 'MET');
}
