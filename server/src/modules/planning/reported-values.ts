import type { IndicatorReportRecord } from './indicator-report.repository.js';

/** Which year a report must describe to count. */
export type ReportRule =
  /** Exactly this year (a past target year; a computed indicator's year read). */
  | { year: number }
  /** The latest year up to `upTo`, after `after` when given (a growth counts only after its base year). */
  | { upTo: number; after?: number };

/**
 * The report that counts under the rule, among reports already limited to `reportedOn <= asOf`:
 * the latest year allowed, and for that year the latest report (later reports correct earlier ones).
 */
export function pickReport(reports: readonly IndicatorReportRecord[] | undefined, rule: ReportRule): IndicatorReportRecord | null {
  let best: IndicatorReportRecord | null = null;
  for (const r of reports ?? []) {
    const allowed = 'year' in rule ? r.year === rule.year : r.year <= rule.upTo && (rule.after == null || r.year > rule.after);
    if (!allowed) continue;
    if (!best || r.year > best.year || (r.year === best.year && (r.reportedOn > best.reportedOn || (r.reportedOn === best.reportedOn && r.id > best.id)))) best = r;
  }
  return best;
}

/** Reports grouped by unit and indicator. */
export class ReportBook {
  private readonly byKey = new Map<string, IndicatorReportRecord[]>();

  constructor(reports: readonly IndicatorReportRecord[]) {
    for (const r of reports) {
      const key = `${r.unitId}/${r.indicatorId}`;
      const list = this.byKey.get(key);
      if (list) list.push(r);
      else this.byKey.set(key, [r]);
    }
  }

  of(unitId: number, indicatorId: number): IndicatorReportRecord[] | undefined {
    return this.byKey.get(`${unitId}/${indicatorId}`);
  }
}
