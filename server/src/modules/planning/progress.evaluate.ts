import type { IndicatorRecord, PlanRecord, TargetRecord } from '../plan/plan.repository.js';
import { FORMULAS, fmt, type Measure, type NeedFigure } from './computed-indicators.js';
import type { IndicatorReportRecord } from './indicator-report.repository.js';
import type { Geography } from './planning.enums.js';
import type { TargetProgressRecord } from './progress.types.js';
import type { ProvinceDirectory } from './province-directory.js';
import { pickReport, type ReportBook, type ReportRule } from './reported-values.js';
import type { Area, RegistryFigures, Selection } from './registry-figures.js';
import { isPast, progressStatus, round2, yearEnd, type LineStart } from './status.js';

/** One target to evaluate, with where its figure is computed and the unit it is shown under. */
export interface ProgressItem {
  target: TargetRecord;
  plan: PlanRecord;
  indicator: IndicatorRecord;
  area: Area;
  unitId: number | null;
}

/** Everything read for a request, shared by all its targets. */
export interface ProgressData {
  asOf: string;
  geography: Geography;
  directory: ProvinceDirectory;
  /** Null when no target needs the registry. */
  figures: RegistryFigures | null;
  needOf: (unitId: number, year: number) => NeedFigure | null;
  reports: ReportBook;
}

/** The date the actual is read on: the end of a past target year, else `asOf`. */
export const readOn = (t: TargetRecord, asOf: string): string => (isPast(t.year, asOf) ? yearEnd(t.year) : asOf);

/** End of the year before the plan starts: where a straight line without baseline begins. */
const planStartOn = (plan: PlanRecord): string => yearEnd(plan.periodStart - 1);

/** Registry dates a computed target needs (its read date, and its base year or plan start when on or before `asOf`). */
export function registryDates(item: ProgressItem, asOf: string): string[] {
  if (!FORMULAS[item.indicator.code]) return [];
  const { target } = item;
  const dates = [readOn(target, asOf)];
  const start = target.comparator === 'INCREASE_BY' ? yearEnd(target.baseYear!) : !isPast(target.year, asOf) && !target.baseline ? planStartOn(item.plan) : null;
  if (start && start <= asOf) dates.push(start);
  return dates;
}

const selectionOf = (item: ProgressItem): Selection => ({
  area: item.area,
  kinds: item.target.countsKinds?.length ? item.target.countsKinds : item.target.facilityKind ? [item.target.facilityKind] : undefined,
});

/** A figure obtained for a target, before its status. */
interface Actual {
  value: number | null;
  basis: string;
  method: 'COMPUTED' | 'REPORTED';
  /** The date the value describes (where the straight line is read). */
  on: string;
  start: LineStart;
  /** Said after the start value when it was not known. */
  startNote: string;
  report: IndicatorReportRecord | null;
}

/** The unit whose reports count for an area: a province's own (null for national and regional targets). */
const reportUnit = (area: Area): number | null => (area.kind === 'LEGACY' || area.kind === 'CURRENT' ? area.unitId : null);

function computed(item: ProgressItem, d: ProgressData): Actual {
  const { target, plan } = item;
  const formula = FORMULAS[item.indicator.code]!;
  const on = readOn(target, d.asOf);
  const where = d.directory.describe(item.area, d.geography);
  const measure = (date: string): Measure => formula({
    figures: d.figures!, on: date, selection: selectionOf(item), planStart: plan.periodStart,
    need: reportUnit(item.area) == null ? null : d.needOf(reportUnit(item.area)!, Number(date.slice(0, 4))),
  });
  const when = (date: string) => `on ${date}${date === yearEnd(target.year) && isPast(target.year, d.asOf) ? ` (the end of ${target.year}, a past target year)` : ''}`;
  const base = { method: 'COMPUTED' as const, on, report: null, startNote: '' };
  if (target.comparator === 'INCREASE_BY') {
    const baseOn = yearEnd(target.baseYear!);
    const start = { on: baseOn, value: 0 };
    if (baseOn > d.asOf) return { ...base, value: null, start, basis: `Computed from the registry ${where}: the base year ${target.baseYear} had not ended on ${d.asOf}.` };
    const [m0, m1] = [measure(baseOn), measure(on)];
    const both = `At the end of ${target.baseYear}: ${m0.basis}. ${when(on)[0].toUpperCase()}${when(on).slice(1)}: ${m1.basis}.`;
    if (m0.value == null || m1.value == null) return { ...base, value: null, start, basis: `Computed from the registry ${where}: growth unknown. ${both}` };
    if (m0.value === 0) return { ...base, value: null, start, basis: `Computed from the registry ${where}: no growth from 0 at the end of ${target.baseYear}. ${both}` };
    const growth = round2(((m1.value - m0.value) / m0.value) * 100);
    return { ...base, value: growth, start, basis: `Computed from the registry ${where}: growth of ${fmt(growth)}% from ${fmt(m0.value)} at the end of ${target.baseYear} to ${fmt(m1.value)} ${when(on)}. ${both}` };
  }
  const m = measure(on);
  let start: LineStart = { on: planStartOn(plan), value: 0 };
  let startNote = '';
  if (target.baseline) start = { on: yearEnd(target.baseline.year), value: target.baseline.value };
  else if (start.on > d.asOf) startNote = ': the plan had not started';
  else if (!isPast(target.year, d.asOf)) {
    const atStart = measure(start.on).value;
    if (atStart == null) startNote = ': unknown then';
    else start.value = round2(atStart);
  }
  return { ...base, value: m.value == null ? null : round2(m.value), start, startNote, basis: `Computed from the registry ${when(on)} ${where}: ${m.basis}.` };
}

/**
 * A reported figure. REPORTED indicators: for a past target year, the report for that year; before
 * it, the latest year up to the target year (after the base year for growth targets). PRECEDENCE
 * (a computed indicator): only a report for the very year read, else null.
 */
function reported(item: ProgressItem, d: ProgressData, mode: 'REPORTED' | 'PRECEDENCE'): Actual | null {
  const precedence = mode === 'PRECEDENCE';
  const { target, plan, indicator } = item;
  const past = isPast(target.year, d.asOf);
  const growth = target.comparator === 'INCREASE_BY';
  const unitId = reportUnit(item.area);
  const rule: ReportRule = precedence ? { year: Number(readOn(target, d.asOf).slice(0, 4)) }
    : past ? { year: target.year } : { upTo: target.year, after: growth ? target.baseYear! : undefined };
  let report = unitId == null ? null : pickReport(d.reports.of(unitId, indicator.id), rule);
  let whose = unitId == null ? '' : d.directory.label(unitId);
  // A legacy province's share may be read from the report of the province that absorbed it: a share of the whole stands for the part.
  const successor = item.area.kind === 'LEGACY' ? d.directory.get(item.area.unitId).successorId : null;
  if (!report && !precedence && indicator.unit === 'PERCENT' && successor != null) {
    report = pickReport(d.reports.of(successor, indicator.id), rule);
    if (report) whose = `the whole of ${d.directory.label(successor)}, which legacy ${whose} became part of (a share of the whole stands for the part)`;
  }
  if (precedence && !report) return null;
  const start: LineStart = growth ? { on: yearEnd(target.baseYear!), value: 0 } : target.baseline
    ? { on: yearEnd(target.baseline.year), value: target.baseline.value } : { on: planStartOn(plan), value: 0 };
  let startNote = '';
  if (!growth && !target.baseline) {
    const before = unitId == null ? null : pickReport(d.reports.of(unitId, indicator.id), { upTo: plan.periodStart - 1 });
    if (before) start.value = before.value;
    else startNote = ': no report then';
  }
  if (!report) {
    const which = past ? `for ${target.year}` : growth ? `for a year from ${target.baseYear! + 1} to ${target.year}` : `for ${target.year} or an earlier year`;
    const basis = unitId == null
      ? `Reported by provinces through reportIndicator: no national figure is recorded.`
      : `Reported by the province through reportIndicator: no report for ${whose} ${which} on or before ${d.asOf}.`;
    return { value: null, basis, method: indicator.method, on: d.asOf, start, startNote, report: null };
  }
  const on = yearEnd(report.year) < d.asOf ? yearEnd(report.year) : d.asOf;
  return {
    value: round2(report.value), method: 'REPORTED', on, start, startNote, report,
    basis: `Reported for ${whose}: ${fmt(report.value)} for ${report.year}, reported on ${report.reportedOn} (${report.source.citation})`
      + `${precedence ? '; a report for the year read takes precedence over the registry' : ''}.`,
  };
}

/** Progress of one target on `asOf`. */
export function evaluateTarget(item: ProgressItem, d: ProgressData): TargetProgressRecord {
  const { target } = item;
  const canCompute = FORMULAS[item.indicator.code] != null && d.figures != null;
  // A province's report for the year read takes precedence over a computed figure (not for growth targets, whose reports would be levels).
  const overriding = canCompute && target.comparator !== 'INCREASE_BY' && reportUnit(item.area) != null ? reported(item, d, 'PRECEDENCE') : null;
  const a = overriding ?? (canCompute ? computed(item, d) : reported(item, d, 'REPORTED')!);
  const { status, expected } = progressStatus({
    comparator: target.comparator, target: target.value, targetYear: target.year, asOf: d.asOf,
    actual: a.value, actualOn: a.on, start: a.start,
  });
  const line = expected == null ? ''
    : ` Straight-line expectation on ${a.on}: ${fmt(expected)} (from ${fmt(a.start.value)} on ${a.start.on}${a.startNote} to ${fmt(target.value)} at the end of ${target.year}).`;
  return {
    target, plan: item.plan, unitId: item.unitId, actual: a.value, status, method: a.method,
    basis: a.basis + line, expected, report: a.report, asOf: d.asOf,
  };
}
