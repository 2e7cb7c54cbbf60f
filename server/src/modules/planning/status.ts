import type { Comparator } from '../plan/plan.enums.js';
import type { ProgressStatus } from './planning.enums.js';

/**
 * The status rules of `ProgressStatus` (docs/CONTRACT.md, part "planning"), as pure functions:
 *
 * For a target year already past at `asOf`, the actual is taken at the end of that year: MET or
 * MISSED. Before it: MET if the comparator already holds; else ON_TRACK if the actual is at least
 * the straight-line expectation between the base (or plan start) and the target year, AT_RISK if at
 * least 90% of it, OFF_TRACK below; NO_DATA when nothing is known (never an invented 0).
 */

/** Share of the straight-line expectation below which a target is OFF_TRACK rather than AT_RISK. */
export const AT_RISK_SHARE = 0.9;

/** 31 December of `year`: where a target year ends. */
export const yearEnd = (year: number): string => `${year}-12-31`;

/** True when `year` has ended on `asOf` (31 December itself still belongs to the year). */
export const isPast = (year: number, asOf: string): boolean => asOf > yearEnd(year);

/** Whether `actual` satisfies the target; for INCREASE_BY, `actual` is the growth in percent. */
export function comparatorHolds(comparator: Comparator, actual: number, target: number): boolean {
  switch (comparator) {
    case 'AT_LEAST':
    case 'INCREASE_BY':
      return actual >= target;
    case 'MORE_THAN':
      return actual > target;
    case 'EXACTLY':
      return actual === target;
  }
}

/** Where the straight line starts: a date and the value on it. */
export interface LineStart {
  on: string;
  value: number;
}

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The straight-line expectation on `on`: from `start` to `target` at the end of `targetYear`,
 * linear in days, held at the start value before it and at the target after the target year.
 */
export function straightLine(start: LineStart, target: number, targetYear: number, on: string): number {
  const t0 = day(start.on);
  const t1 = day(yearEnd(targetYear));
  const share = t1 <= t0 ? 1 : Math.min(1, Math.max(0, (day(on) - t0) / (t1 - t0)));
  return start.value + (target - start.value) * share;
}

/** Rounds a figure for display and comparison (percentages and growth to 2 decimals). */
export const round2 = (value: number): number => Math.round(value * 100) / 100;

export interface StatusInput {
  comparator: Comparator;
  /** The target's value (for INCREASE_BY, the growth in percent). */
  target: number;
  targetYear: number;
  /** The date progress is asked for. */
  asOf: string;
  /** The actual (for INCREASE_BY, the growth in percent since the base year); null when unknown. */
  actual: number | null;
  /** The date the actual describes, where the straight line is read (asOf, or earlier for a report). */
  actualOn: string;
  /** Start of the straight line: the base year's end (value 0 for INCREASE_BY), the target's baseline, or the plan start. */
  start: LineStart;
}

export interface StatusResult {
  status: ProgressStatus;
  /** The straight-line expectation the status was read from; null when the line was not needed. */
  expected: number | null;
}

/** The status of one target under the rules above. */
export function progressStatus(input: StatusInput): StatusResult {
  const { actual } = input;
  if (actual == null) return { status: 'NO_DATA', expected: null };
  const holds = comparatorHolds(input.comparator, actual, input.target);
  if (isPast(input.targetYear, input.asOf)) return { status: holds ? 'MET' : 'MISSED', expected: null };
  if (holds) return { status: 'MET', expected: null };
  const expected = round2(straightLine(input.start, input.target, input.targetYear, input.actualOn));
  if (actual >= expected) return { status: 'ON_TRACK', expected };
  if (actual >= AT_RISK_SHARE * expected) return { status: 'AT_RISK', expected };
  return { status: 'OFF_TRACK', expected };
}
