import { FACILITY_KINDS, FACILITY_STATUSES, OWNERSHIPS, SERVICE_TYPES, TARGET_GROUPS } from './enums.js';
import { NO_FILTERS, type AppState, type Filters } from './AppState.js';
import type { Lang } from '../i18n/index.js';
import { DEFAULT_COVERAGE, formatCoverage, parseCoverage } from './CoverageState.js';

/**
 * The app state in the page URL, so that a link shares what one sees:
 * `?lang=en&kind=SOS_CHILDRENS_VILLAGE,CHILD_CARE&own=PUBLIC&group=CHILDREN&service=COUNSELLING&accessible=1
 *  &status=OPERATING&facility=TGXH-11-002&near=21.2,105.6&map=8/21.2/105.6`.
 * Unknown or malformed values are ignored, never an error.
 */
export function parseState(search: string): AppState {
  const q = new URLSearchParams(search);
  const list = <T extends string>(name: string, allowed: readonly T[]): T[] =>
    (q.get(name) ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  const one = <T extends string>(name: string, allowed: readonly T[]): T | null => list(name, allowed)[0] ?? null;
  const filters: Filters = {
    kinds: list('kind', FACILITY_KINDS),
    ownership: one('own', OWNERSHIPS),
    targetGroup: one('group', TARGET_GROUPS),
    service: one('service', SERVICE_TYPES),
    accessibleOnly: q.get('accessible') === '1',
    status: list('status', FACILITY_STATUSES),
  };
  return {
    lang: q.get('lang') === 'en' ? 'en' : 'vi',
    filters,
    view: parseView(q.get('map')),
    selected: q.get('facility')?.trim() || null,
    near: parsePoint(q.get('near')),
    ...parseCoverage(q),
  };
}

/** The query string (with `?`, or empty) of a state; defaults are left out. */
export function formatState(state: AppState): string {
  const q = new URLSearchParams();
  const f = state.filters;
  if (state.lang !== 'vi') q.set('lang', state.lang as Lang);
  if (f.kinds.length) q.set('kind', f.kinds.join(','));
  if (f.ownership) q.set('own', f.ownership);
  if (f.targetGroup) q.set('group', f.targetGroup);
  if (f.service) q.set('service', f.service);
  if (f.accessibleOnly) q.set('accessible', '1');
  if (f.status.length) q.set('status', f.status.join(','));
  if (state.selected) q.set('facility', state.selected);
  if (state.near) q.set('near', `${round(state.near.lat, 5)},${round(state.near.lng, 5)}`);
  formatCoverage(q, state.mode, state.coverage);
  if (state.view) q.set('map', `${state.view.zoom}/${round(state.view.lat, 4)}/${round(state.view.lng, 4)}`);
  const text = q.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return text ? `?${text}` : '';
}

export const DEFAULT_STATE: AppState = { lang: 'vi', filters: NO_FILTERS, view: null, selected: null, near: null, mode: 'find', coverage: DEFAULT_COVERAGE };

function parseView(value: string | null): AppState['view'] {
  const m = /^(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(value ?? '');
  if (!m) return null;
  const [zoom, lat, lng] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return zoom <= 19 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180 ? { zoom, lat, lng } : null;
}

function parsePoint(value: string | null): AppState['near'] {
  const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(value ?? '');
  if (!m) return null;
  const [lat, lng] = [Number(m[1]), Number(m[2])];
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
