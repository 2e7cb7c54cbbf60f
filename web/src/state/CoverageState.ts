import type { FacilityKind, TargetGroup } from '../api/types.js';
import type { Geography } from '../api/planning.types.js';
import { INDICATORS, type IndicatorId } from '../coverage/indicators.js';
import { FACILITY_KINDS, TARGET_GROUPS } from './enums.js';

export type Mode = 'find' | 'coverage';

/** What the coverage view shows; in the URL as `view=coverage&ind=…&geo=63&tg=…&prov=…&reach=KIND&km=N`. */
export interface CoverageState {
  indicator: IndicatorId;
  geography: Geography;
  /** Target group of the coverage indicator (null: all). */
  targetGroup: TargetGroup | null;
  /** Code of the province whose details are open. */
  province: string | null;
  /** Kind of facility with reach rings (null: none). */
  reachKind: FacilityKind | null;
  reachKm: number;
}

export const DEFAULT_COVERAGE: CoverageState = {
  indicator: 'coverage', geography: 'CURRENT_34', targetGroup: null, province: null, reachKind: null, reachKm: 20,
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

export function parseCoverage(q: URLSearchParams): { mode: Mode; coverage: CoverageState } {
  const km = Number(q.get('km'));
  return {
    mode: q.get('view') === 'coverage' ? 'coverage' : 'find',
    coverage: {
      indicator: oneOf(q.get('ind'), INDICATORS) ?? DEFAULT_COVERAGE.indicator,
      geography: q.get('geo') === '63' ? 'LEGACY_63' : 'CURRENT_34',
      targetGroup: oneOf(q.get('tg'), TARGET_GROUPS),
      province: /^\d{2}$/.test(q.get('prov') ?? '') ? q.get('prov') : null,
      reachKind: oneOf(q.get('reach'), FACILITY_KINDS),
      reachKm: km > 0 && km <= 500 ? km : DEFAULT_COVERAGE.reachKm,
    },
  };
}

/** Writes the coverage state into `q` (defaults left out; nothing in find mode). */
export function formatCoverage(q: URLSearchParams, mode: Mode, c: CoverageState): void {
  if (mode !== 'coverage') return;
  q.set('view', 'coverage');
  if (c.indicator !== DEFAULT_COVERAGE.indicator) q.set('ind', c.indicator);
  if (c.geography === 'LEGACY_63') q.set('geo', '63');
  if (c.targetGroup) q.set('tg', c.targetGroup);
  if (c.province) q.set('prov', c.province);
  if (c.reachKind) q.set('reach', c.reachKind);
  if (c.reachKind && c.reachKm !== DEFAULT_COVERAGE.reachKm) q.set('km', String(c.reachKm));
}
