/**
 * Staffing against the norms of Circular 33/2017/TT-BLĐTBXH Art. 5 (maximum beneficiaries per staff
 * member), as a pure computation: a capacity report in, the staff each role needs and the shortfall out.
 *
 * Decisions where the norms leave room (each keeps the result a lower bound: no shortfall is invented):
 * - The norms apply to residents. A report without residents (0) requires nothing.
 * - Residents: the report's `residents`, or the sum of its breakdown by group when that is missing.
 * - Carers: each resident needs 1/ratio of a carer by care level (1:4 for DEPENDENT adults, 1:10
 *   SELF_CARING, 1:1 under 18 months, …); the fractions are added over the facility and rounded up once
 *   (carers look after residents of several levels). A resident reported without a care level counts
 *   at the least demanding level of the group (ELDERLY and PERSONS_WITH_DISABILITIES self-caring 1:10,
 *   CHILDREN 6-16 1:10, MENTAL_ILLNESS stable 1:10, HOMELESS_WANDERING 1:12); groups the norms do not
 *   name (HIV_AIDS, EMERGENCY_PROTECTION, DRUG_DEPENDENCE, VOLUNTARY_CLIENTS, OTHER) need no carers here.
 * - Social workers 1 per 100 residents, medical staff 1 per 50, nutrition staff 1 per 20: of all
 *   residents, each rounded up. At least one psychologist per facility with residents.
 * - Rehabilitation staff 1 per 5 residents needing rehabilitation, taken to be the residents of group
 *   PERSONS_WITH_DISABILITIES and children at the CHILD_WITH_DISABILITY_* levels.
 * - Teachers 1 per 9 children of school age: residents at CHILD_6_TO_16 and CHILD_WITH_DISABILITY_6_TO_16.
 * - MANAGEMENT has no norm; INDIRECT staff are capped (at most 20% of all staff), never required.
 * - Staff unknown (no role reported) or residents unknown: nothing can be said (null).
 * The SQL function `hub_staffing_shortfall` (migration 000005; PL/pgSQL since 000006) computes the
 * same for the gap analysis; a test holds the two to the same answers.
 */
import type { CareLevel, ResidentCountValue, StaffCountValue, StaffRole, TargetGroup } from '../common/enums.js';

/** Residents per carer, by care level (Circular 33 Art. 5). */
export const CARER_RATIO: Readonly<Record<CareLevel, number>> = {
  SELF_CARING: 10,
  DEPENDENT: 4,
  INFANT_UNDER_18_MONTHS: 1,
  CHILD_18_MONTHS_TO_6: 6,
  CHILD_6_TO_16: 10,
  CHILD_WITH_DISABILITY_UNDER_6: 4,
  CHILD_WITH_DISABILITY_6_TO_16: 5,
  MENTAL_ESPECIALLY_SEVERE: 2,
  MENTAL_SEVERE: 4,
  MENTAL_STABLE: 10,
  WANDERER_AWAITING_RETURN: 12,
};

/** Care level assumed for residents reported without one: the least demanding level of their group. */
export const DEFAULT_CARE_LEVEL: Readonly<Partial<Record<TargetGroup, CareLevel>>> = {
  ELDERLY: 'SELF_CARING',
  PERSONS_WITH_DISABILITIES: 'SELF_CARING',
  CHILDREN: 'CHILD_6_TO_16',
  MENTAL_ILLNESS: 'MENTAL_STABLE',
  HOMELESS_WANDERING: 'WANDERER_AWAITING_RETURN',
};

/** Residents per staff member for the roles normed on a count of residents. */
export const RESIDENT_RATIO = { SOCIAL_WORKER: 100, MEDICAL: 50, NUTRITION: 20, REHABILITATION: 5, TEACHER: 9 } as const;

const REHABILITATION_LEVELS: ReadonlySet<CareLevel> = new Set(['CHILD_WITH_DISABILITY_UNDER_6', 'CHILD_WITH_DISABILITY_6_TO_16']);
const SCHOOL_AGE_LEVELS: ReadonlySet<CareLevel> = new Set(['CHILD_6_TO_16', 'CHILD_WITH_DISABILITY_6_TO_16']);

/** The roles the norms require, in the order used everywhere (and by the SQL function's array). */
export const NORMED_ROLES = ['SOCIAL_WORKER', 'PSYCHOLOGIST', 'CARER', 'MEDICAL', 'NUTRITION', 'REHABILITATION', 'TEACHER'] as const satisfies readonly StaffRole[];
export type NormedRole = (typeof NORMED_ROLES)[number];

/** What the staffing norms are computed from: the figures of one capacity report. */
export interface StaffingInput {
  residents: number | null;
  residentsByGroup: readonly ResidentCountValue[];
  staffByRole: readonly StaffCountValue[];
}

/** Staff required per normed role; null when the residents are unknown. */
export function requiredStaff(residents: number | null, residentsByGroup: readonly ResidentCountValue[]): Record<NormedRole, number> | null {
  const total = residents ?? (residentsByGroup.length ? residentsByGroup.reduce((s, r) => s + r.count, 0) : null);
  if (total === null) return null;
  const none = Object.fromEntries(NORMED_ROLES.map((r) => [r, 0])) as Record<NormedRole, number>;
  if (total === 0) return none;
  // Carer fractions in sixtieths: every ratio divides 60, so the sum is exact.
  let carerSixtieths = 0;
  let rehabilitation = 0;
  let pupils = 0;
  for (const { group, careLevel, count } of residentsByGroup) {
    const level = careLevel ?? DEFAULT_CARE_LEVEL[group] ?? null;
    if (level) carerSixtieths += count * (60 / CARER_RATIO[level]);
    if (group === 'PERSONS_WITH_DISABILITIES' || (level && REHABILITATION_LEVELS.has(level))) rehabilitation += count;
    if (level && SCHOOL_AGE_LEVELS.has(level)) pupils += count;
  }
  return {
    ...none,
    SOCIAL_WORKER: Math.ceil(total / RESIDENT_RATIO.SOCIAL_WORKER),
    PSYCHOLOGIST: 1,
    CARER: Math.ceil(carerSixtieths / 60),
    MEDICAL: Math.ceil(total / RESIDENT_RATIO.MEDICAL),
    NUTRITION: Math.ceil(total / RESIDENT_RATIO.NUTRITION),
    REHABILITATION: Math.ceil(rehabilitation / RESIDENT_RATIO.REHABILITATION),
    TEACHER: Math.ceil(pupils / RESIDENT_RATIO.TEACHER),
  };
}

/**
 * Shortfall per role, max(0, required − reported), for the roles short of staff (in NORMED_ROLES
 * order; empty when the facility meets every norm). Null when staff or residents are unknown.
 */
export function staffingShortfall(input: StaffingInput): { role: NormedRole; count: number }[] | null {
  if (!input.staffByRole.length) return null;
  const required = requiredStaff(input.residents, input.residentsByGroup);
  if (!required) return null;
  const have = new Map<string, number>();
  for (const { role, count } of input.staffByRole) have.set(role, (have.get(role) ?? 0) + count);
  return NORMED_ROLES
    .map((role) => ({ role, count: Math.max(0, required[role] - (have.get(role) ?? 0)) }))
    .filter((s) => s.count > 0);
}
