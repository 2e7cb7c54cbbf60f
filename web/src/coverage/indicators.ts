import type { GapRow, TargetProgress } from '../api/planning.types.js';
import type { MessageKey } from '../i18n/index.js';

export type IndicatorId = 'coverage' | 'accessible' | 'socialWork' | 'staffing' | 'progress';
export const INDICATORS: readonly IndicatorId[] = ['coverage', 'accessible', 'socialWork', 'staffing', 'progress'];

/** One province's figure for the chosen indicator: `value` null means no data (never 0). */
export interface ProvinceFigure {
  code: string;
  name: string;
  nameEn: string | null;
  value: number | null;
  /** How far from the goal, in the indicator's own terms (people, facilities, staff, targets); null: unknown. */
  gap: number | null;
  /** Facilities in the province (sizes the circles). */
  facilities: number;
}

export interface IndicatorDef {
  id: IndicatorId;
  label: MessageKey;
  gapLabel: MessageKey;
  /** Percentages share fixed classes (0-20 … 80-100); counts get classes from their range. */
  percent: boolean;
  /** True when more is worse (a shortfall): drawn in the warm palette. */
  moreIsWorse: boolean;
}

export const INDICATOR_DEFS: Record<IndicatorId, IndicatorDef> = {
  coverage: { id: 'coverage', label: 'ind.coverage', gapLabel: 'gap.coverage', percent: true, moreIsWorse: false },
  accessible: { id: 'accessible', label: 'ind.accessible', gapLabel: 'gap.accessible', percent: true, moreIsWorse: false },
  socialWork: { id: 'socialWork', label: 'ind.socialWork', gapLabel: 'gap.socialWork', percent: true, moreIsWorse: false },
  staffing: { id: 'staffing', label: 'ind.staffing', gapLabel: 'gap.staffing', percent: false, moreIsWorse: true },
  progress: { id: 'progress', label: 'ind.progress', gapLabel: 'gap.progress', percent: true, moreIsWorse: false },
};

/** Statuses that count as on course for the progress indicator, and those that count as a gap. */
const GOOD = new Set(['MET', 'ON_TRACK']);
const BAD = new Set(['MISSED', 'AT_RISK', 'OFF_TRACK']);

/** Facilities not counted in a share: of the `known` ones, those outside the `pct` %. */
const outside = (pct: number | null, known: number) => (pct == null ? null : Math.round((known * (100 - pct)) / 100));

/** The figure of a gap-analysis row for one of the gap indicators. */
export function gapFigure(id: Exclude<IndicatorId, 'progress'>, row: GapRow): Pick<ProvinceFigure, 'value' | 'gap'> {
  switch (id) {
    case 'coverage':
      return { value: row.coveragePercent, gap: row.unmetNeed };
    case 'accessible':
      return { value: row.accessiblePercent, gap: outside(row.accessiblePercent, row.accessibilityKnown) };
    case 'socialWork':
      return { value: row.socialWorkPercent, gap: outside(row.socialWorkPercent, row.socialWorkKnown) };
    case 'staffing': {
      // No facility whose staffing could be assessed: unknown, not 0.
      if (row.staffingAssessed === 0) return { value: null, gap: null };
      const missing = row.staffingShortfall.reduce((n, s) => n + s.count, 0);
      return { value: missing, gap: missing };
    }
  }
}

/** The progress figure of a province: share of its targets (with data) met or on track. */
export function progressFigure(targets: TargetProgress[]): Pick<ProvinceFigure, 'value' | 'gap'> {
  const known = targets.filter((t) => t.status !== 'NO_DATA');
  if (!known.length) return { value: null, gap: null };
  const good = known.filter((t) => GOOD.has(t.status)).length;
  return { value: Math.round((1000 * good) / known.length) / 10, gap: known.filter((t) => BAD.has(t.status)).length };
}

/** Groups progress rows by the code of their province (national targets, without a unit, left out). */
export function progressByProvince(rows: TargetProgress[]): Map<string, TargetProgress[]> {
  const out = new Map<string, TargetProgress[]>();
  for (const r of rows) {
    if (!r.unit) continue;
    const list = out.get(r.unit.code) ?? [];
    list.push(r);
    out.set(r.unit.code, list);
  }
  return out;
}
