import { describe, expect, it } from '@jest/globals';
import type { CareLevel, ResidentCountValue, StaffCountValue, TargetGroup } from '../../server/src/modules/common/enums.js';
import { requiredStaff, staffingShortfall } from '../../server/src/modules/gap/gap.staffing.js';

const residents = (...entries: [TargetGroup, CareLevel | null, number][]): ResidentCountValue[] =>
  entries.map(([group, careLevel, count]) => ({ group, careLevel, count }));
const staff = (counts: Partial<Record<StaffCountValue['role'], number>>): StaffCountValue[] =>
  Object.entries(counts).map(([role, count]) => ({ role: role as StaffCountValue['role'], count: count! }));

describe('Circular 33 staffing norms', () => {
  it('40 DEPENDENT older people with 5 carers are 5 carers short (1:4 → 10 needed)', () => {
    // Required: carers 40 / 4 = 10; social workers ⌈40/100⌉ = 1; psychologist 1; medical ⌈40/50⌉ = 1; nutrition 40/20 = 2.
    // Every other role is staffed to its norm: the only shortfall is 10 − 5 = 5 carers.
    expect(staffingShortfall({
      residents: 40,
      residentsByGroup: residents(['ELDERLY', 'DEPENDENT', 40]),
      staffByRole: staff({ CARER: 5, SOCIAL_WORKER: 1, PSYCHOLOGIST: 1, MEDICAL: 1, NUTRITION: 2 }),
    })).toEqual([{ role: 'CARER', count: 5 }]);
  });

  it('lists every role short of staff, in the fixed order, when only carers are reported', () => {
    // Same 40 residents, 5 carers and nothing else: social worker 1, psychologist 1, carers 5, medical 1, nutrition 2.
    expect(staffingShortfall({ residents: 40, residentsByGroup: residents(['ELDERLY', 'DEPENDENT', 40]), staffByRole: staff({ CARER: 5 }) })).toEqual([
      { role: 'SOCIAL_WORKER', count: 1 }, { role: 'PSYCHOLOGIST', count: 1 }, { role: 'CARER', count: 5 }, { role: 'MEDICAL', count: 1 }, { role: 'NUTRITION', count: 2 },
    ]);
  });

  it('adds carer fractions over care levels and rounds up once', () => {
    // 50 SELF_CARING at 1:10 = 5, 30 DEPENDENT at 1:4 = 7.5: 12.5 carers → 13 (rounding each level up would also give 13);
    // 1 DEPENDENT + 1 SELF_CARING: 0.25 + 0.1 = 0.35 → 1 (not 2).
    expect(requiredStaff(80, residents(['ELDERLY', 'SELF_CARING', 50], ['PERSONS_WITH_DISABILITIES', 'DEPENDENT', 30]))?.CARER).toBe(13);
    expect(requiredStaff(2, residents(['ELDERLY', 'SELF_CARING', 1], ['ELDERLY', 'DEPENDENT', 1]))?.CARER).toBe(1);
  });

  it('applies the children, mental illness and wanderer ratios', () => {
    // Children: 3 under 18 months at 1:1 = 3; 12 aged 18 months-6 at 1:6 = 2; 22 aged 6-16 at 1:10 = 2.2;
    // with disability: 8 under 6 at 1:4 = 2, 10 aged 6-16 at 1:5 = 2 → 11.2 → 12 carers.
    const children = residents(['CHILDREN', 'INFANT_UNDER_18_MONTHS', 3], ['CHILDREN', 'CHILD_18_MONTHS_TO_6', 12], ['CHILDREN', 'CHILD_6_TO_16', 22],
      ['CHILDREN', 'CHILD_WITH_DISABILITY_UNDER_6', 8], ['CHILDREN', 'CHILD_WITH_DISABILITY_6_TO_16', 10]);
    // 55 children: social workers 1, medical ⌈55/50⌉ = 2, nutrition ⌈55/20⌉ = 3;
    // rehabilitation: the 18 children with disability / 5 → 4; teachers: 22 + 10 of school age / 9 → 4.
    expect(requiredStaff(55, children)).toEqual({ SOCIAL_WORKER: 1, PSYCHOLOGIST: 1, CARER: 12, MEDICAL: 2, NUTRITION: 3, REHABILITATION: 4, TEACHER: 4 });
    // Mental illness: 4 especially severe at 1:2 = 2, 8 severe at 1:4 = 2, 20 stable at 1:10 = 2; wanderers 24 at 1:12 = 2 → 8 carers.
    const mixed = residents(['MENTAL_ILLNESS', 'MENTAL_ESPECIALLY_SEVERE', 4], ['MENTAL_ILLNESS', 'MENTAL_SEVERE', 8], ['MENTAL_ILLNESS', 'MENTAL_STABLE', 20],
      ['HOMELESS_WANDERING', 'WANDERER_AWAITING_RETURN', 24]);
    // 56 residents: social workers 1, medical ⌈56/50⌉ = 2, nutrition ⌈56/20⌉ = 3; no rehabilitation, no pupils.
    expect(requiredStaff(56, mixed)).toEqual({ SOCIAL_WORKER: 1, PSYCHOLOGIST: 1, CARER: 8, MEDICAL: 2, NUTRITION: 3, REHABILITATION: 0, TEACHER: 0 });
  });

  it('takes the least demanding level of the group for residents without a care level, and no carers for groups without a norm', () => {
    // 20 elderly → self-caring 1:10 = 2; 20 children → 6-16 at 1:10 = 2 and 20 pupils / 9 → 3 teachers;
    // 10 persons with disabilities → self-caring 1:10 = 1 and 10 / 5 = 2 rehabilitation staff;
    // 12 wanderers 1:12 = 1; 10 mental illness → stable 1:10 = 1; 30 drug dependence, 5 HIV → no carer norm.
    const unlevelled = residents(['ELDERLY', null, 20], ['CHILDREN', null, 20], ['PERSONS_WITH_DISABILITIES', null, 10], ['HOMELESS_WANDERING', null, 12],
      ['MENTAL_ILLNESS', null, 10], ['DRUG_DEPENDENCE', null, 30], ['HIV_AIDS', null, 5]);
    // 107 residents: social workers ⌈107/100⌉ = 2, medical ⌈107/50⌉ = 3, nutrition ⌈107/20⌉ = 6; carers 2 + 2 + 1 + 1 + 1 = 7.
    expect(requiredStaff(107, unlevelled)).toEqual({ SOCIAL_WORKER: 2, PSYCHOLOGIST: 1, CARER: 7, MEDICAL: 3, NUTRITION: 6, REHABILITATION: 2, TEACHER: 3 });
  });

  it('rounds the per-resident norms up: 101 residents need 2 social workers, 3 medical staff, 6 nutrition staff', () => {
    expect(requiredStaff(101, [])).toEqual({ SOCIAL_WORKER: 2, PSYCHOLOGIST: 1, CARER: 0, MEDICAL: 3, NUTRITION: 6, REHABILITATION: 0, TEACHER: 0 });
    expect(requiredStaff(100, [])).toEqual({ SOCIAL_WORKER: 1, PSYCHOLOGIST: 1, CARER: 0, MEDICAL: 2, NUTRITION: 5, REHABILITATION: 0, TEACHER: 0 });
  });

  it('takes the residents from the breakdown when the total is missing, and requires nothing without residents', () => {
    // 12 + 8 = 20 residents: social workers 1, medical 1, nutrition 1; carers 12/4 + 8/10 = 3.8 → 4.
    expect(requiredStaff(null, residents(['ELDERLY', 'DEPENDENT', 12], ['ELDERLY', 'SELF_CARING', 8]))).toEqual({
      SOCIAL_WORKER: 1, PSYCHOLOGIST: 1, CARER: 4, MEDICAL: 1, NUTRITION: 1, REHABILITATION: 0, TEACHER: 0,
    });
    expect(staffingShortfall({ residents: 0, residentsByGroup: [], staffByRole: staff({ MANAGEMENT: 1 }) })).toEqual([]);
  });

  it('counts several entries of one role together and never reports a surplus', () => {
    // 10 DEPENDENT need 3 carers (2.5 → 3); 2 + 2 reported carers leave none short; 9 social workers are no negative shortfall.
    expect(staffingShortfall({
      residents: 10, residentsByGroup: residents(['ELDERLY', 'DEPENDENT', 10]),
      staffByRole: [...staff({ CARER: 2, SOCIAL_WORKER: 9, PSYCHOLOGIST: 1, MEDICAL: 1, NUTRITION: 1 }), { role: 'CARER', count: 2 }],
    })).toEqual([]);
  });

  it('says nothing (null) when staff or residents are unknown', () => {
    expect(staffingShortfall({ residents: 40, residentsByGroup: residents(['ELDERLY', 'DEPENDENT', 40]), staffByRole: [] })).toBeNull();
    expect(staffingShortfall({ residents: null, residentsByGroup: [], staffByRole: staff({ CARER: 5 }) })).toBeNull();
  });
});
