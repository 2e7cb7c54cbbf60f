import type { Queryable } from '../../db/sql.js';
import { findUnitByCode } from '../admin-unit/admin-unit.repository.js';
import { FieldErrors } from '../common/errors.js';
import { todayInVietnam } from '../common/scalars.js';
import * as v from '../common/validate.js';
import type { ReportIndicatorInput } from './indicator-report.input.js';
import { insertIndicatorReport, isGrowthIndicator, type IndicatorReportRecord } from './indicator-report.repository.js';
import type { Geography } from './planning.enums.js';
import { LAST_LEGACY_DAY } from './province-directory.js';

/** The geography a reported year is read in by default: legacy provinces up to 2025, current ones from 2026. */
export const defaultReportGeography = (year: number): Geography => (year <= 2025 ? 'LEGACY_63' : 'CURRENT_34');

/**
 * Files a dated indicator value for a province and year. Every bad field is reported at once
 * (BAD_USER_INPUT with field paths) and nothing is written.
 */
export async function reportIndicator(db: Queryable, input: ReportIndicatorInput, reportedBy: string): Promise<IndicatorReportRecord> {
  const errors = new FieldErrors();
  const p = (f: string) => `input.${f}`;
  const geography = input.geography ?? defaultReportGeography(input.year);
  // A code PostgreSQL cannot hold (NUL) is no code of the hub: reported below like an unknown one.
  const storable = (code: string) => !code.includes('\u0000');
  const [unit, indicator] = await Promise.all([
    storable(input.unitCode) ? findUnitByCode(db, input.unitCode, geography === 'LEGACY_63' ? LAST_LEGACY_DAY : todayInVietnam()) : null,
    storable(input.indicatorCode)
      ? db.query('SELECT id, unit FROM indicator WHERE code = $1', [input.indicatorCode]).then((r) => r.rows[0] as { id: number; unit: string } | undefined)
      : undefined,
  ]);
  if (!unit || unit.level !== 'PROVINCE') {
    errors.add(p('unitCode'), `no ${geography === 'LEGACY_63' ? 'legacy (63)' : 'current (34)'} province has code ${JSON.stringify(input.unitCode)}`);
  }
  if (!indicator) errors.add(p('indicatorCode'), `no indicator has code ${JSON.stringify(input.indicatorCode)}`);
  v.notFuture(errors, p('reportedOn'), input.reportedOn);
  const reportYear = Number(input.reportedOn.slice(0, 4));
  if (input.year < 1990 || input.year > reportYear) errors.add(p('year'), `must be from 1990 to the year of reportedOn (${reportYear})`);
  const citation = v.text(errors, p('citation'), input.citation, 1000) as string;
  if (indicator?.unit === 'PERCENT') {
    const growth = await isGrowthIndicator(db, indicator.id);
    if (growth && input.value < -100) errors.add(p('value'), 'is a growth in percent: -100 or more');
    if (!growth && (input.value < 0 || input.value > 100)) errors.add(p('value'), 'is a percentage: from 0 to 100');
  } else if (indicator && (!Number.isInteger(input.value) || input.value < 0 || input.value > 10_000_000)) {
    errors.add(p('value'), 'is a count: a whole number from 0 to 10,000,000');
  }
  errors.throwIfAny();
  return insertIndicatorReport(db, {
    unitId: unit!.id,
    indicatorId: indicator!.id,
    year: input.year,
    value: input.value,
    reportedOn: input.reportedOn,
    citation,
    confidence: input.confidence ?? 'SECONDARY_SOURCE',
    reportedBy,
  });
}
