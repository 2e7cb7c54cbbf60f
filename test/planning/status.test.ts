import { describe, expect, it } from '@jest/globals';
import { comparatorHolds, isPast, progressStatus, straightLine, type StatusInput } from '../../server/src/modules/planning/status.js';

// A 2021-2030 target of 60 from 0 at the plan start (2020-12-31), read in the middle of the plan:
// 2020-12-31 → 2025-12-31 is 1,826 days (2024 is a leap year) of 3,652 to 2030-12-31 (2024, 2028):
// the expectation on 2025-12-31 is exactly half way, 60 × 1826 / 3652 = 30.
const midway: StatusInput = {
  comparator: 'AT_LEAST', target: 60, targetYear: 2030, asOf: '2025-12-31', actual: null, actualOn: '2025-12-31',
  start: { on: '2020-12-31', value: 0 },
};

describe('the status rules (pure)', () => {
  it('is NO_DATA when the actual is unknown, before and after the target year', () => {
    expect(progressStatus(midway)).toEqual({ status: 'NO_DATA', expected: null });
    expect(progressStatus({ ...midway, asOf: '2031-01-01' })).toEqual({ status: 'NO_DATA', expected: null });
  });

  it('is MET or MISSED once the target year is past (the day after 31 December), whatever the line says', () => {
    const past = { ...midway, asOf: '2031-01-01', actualOn: '2030-12-31' };
    expect(progressStatus({ ...past, actual: 60 })).toEqual({ status: 'MET', expected: null });
    expect(progressStatus({ ...past, actual: 59.99 })).toEqual({ status: 'MISSED', expected: null });
    expect(isPast(2030, '2030-12-31')).toBe(false);
    expect(isPast(2030, '2031-01-01')).toBe(true);
  });

  it('is MET before the target year as soon as the comparator holds', () => {
    expect(progressStatus({ ...midway, actual: 60 })).toEqual({ status: 'MET', expected: null });
  });

  it('is ON_TRACK at or above the straight line, AT_RISK from 90% of it, OFF_TRACK below', () => {
    // expectation 30: ON_TRACK from 30, AT_RISK from 0.9 × 30 = 27, OFF_TRACK below 27
    expect(progressStatus({ ...midway, actual: 30 })).toEqual({ status: 'ON_TRACK', expected: 30 });
    expect(progressStatus({ ...midway, actual: 29.99 })).toEqual({ status: 'AT_RISK', expected: 30 });
    expect(progressStatus({ ...midway, actual: 27 })).toEqual({ status: 'AT_RISK', expected: 30 });
    expect(progressStatus({ ...midway, actual: 26.99 })).toEqual({ status: 'OFF_TRACK', expected: 30 });
  });

  it('starts the line at the start value (a baseline or the value at the plan start)', () => {
    // From 45,000 places in 2020 to 65,000 in 2030, half way: 45,000 + 20,000 × 1826 / 3652 = 55,000
    const places = { ...midway, target: 65000, start: { on: '2020-12-31', value: 45000 } };
    expect(progressStatus({ ...places, actual: 55000 })).toEqual({ status: 'ON_TRACK', expected: 55000 });
    expect(progressStatus({ ...places, actual: 49500 })).toEqual({ status: 'AT_RISK', expected: 55000 }); // 0.9 × 55,000
    expect(progressStatus({ ...places, actual: 45000 })).toEqual({ status: 'OFF_TRACK', expected: 55000 });
  });

  it('reads the line on the date the actual describes, held at the start before it and at the target after', () => {
    // 2020-12-31 → 2024-12-31 is 1,461 days: 60 × 1461 / 3652 = 87660 / 3652 = 24.0033… (rounded: 24)
    expect(straightLine(midway.start, 60, 2030, '2024-12-31')).toBeCloseTo(87660 / 3652, 10);
    expect(progressStatus({ ...midway, actual: 24, actualOn: '2024-12-31' })).toEqual({ status: 'ON_TRACK', expected: 24 });
    expect(straightLine(midway.start, 60, 2030, '2019-06-01')).toBe(0);
    expect(straightLine(midway.start, 60, 2030, '2031-06-01')).toBe(60);
  });

  it('treats a growth target (INCREASE_BY) as a line from 0% at the end of the base year', () => {
    // +20% by 2025 over 2020: half way on 2023-07-02 (913 of 1,826 days) the expectation is 10%
    const growth: StatusInput = { comparator: 'INCREASE_BY', target: 20, targetYear: 2025, asOf: '2023-07-02', actual: 9, actualOn: '2023-07-02', start: { on: '2020-12-31', value: 0 } };
    expect(progressStatus(growth)).toEqual({ status: 'AT_RISK', expected: 10 });
    expect(progressStatus({ ...growth, actual: 20 })).toEqual({ status: 'MET', expected: null });
    expect(progressStatus({ ...growth, actual: -5 })).toEqual({ status: 'OFF_TRACK', expected: 10 });
  });

  it('compares each comparator as its name says', () => {
    expect([comparatorHolds('AT_LEAST', 90, 90), comparatorHolds('AT_LEAST', 89.99, 90)]).toEqual([true, false]);
    expect([comparatorHolds('MORE_THAN', 90, 90), comparatorHolds('MORE_THAN', 90.01, 90)]).toEqual([false, true]);
    expect([comparatorHolds('EXACTLY', 1, 1), comparatorHolds('EXACTLY', 2, 1)]).toEqual([true, false]);
    expect([comparatorHolds('INCREASE_BY', 20, 20), comparatorHolds('INCREASE_BY', 19.99, 20)]).toEqual([true, false]);
    // "trên 90%" (MORE_THAN 90) is MISSED at exactly 90 once its year is past
    expect(progressStatus({ ...midway, comparator: 'MORE_THAN', target: 90, targetYear: 2025, asOf: '2026-01-01', actual: 90 }).status).toBe('MISSED');
  });
});
