import type { NeedSource } from './gap.repository.js';

const QUALIFIER_WORDS = { EXACT: '', AT_LEAST: 'at least ', ABOUT: 'about ' } as const;

const describe = (s: NeedSource) => `${QUALIFIER_WORDS[s.qualifier ?? 'EXACT']}${s.count!.toLocaleString('en')} in ${s.name} (${s.code}, ${s.year})`;

/**
 * The need of a unit from its own latest figure, or else from its predecessors' (a current province
 * formed from legacy ones): the sum of the figures known, a lower bound when some predecessor has
 * none. Null when no figure is known: never 0 for "unknown".
 */
export function needOf(sources: readonly NeedSource[]): { need: number | null; basis: string | null } {
  const own = sources.find((s) => s.own && s.count != null);
  if (own) return { need: own.count, basis: describe(own) };
  const predecessors = sources.filter((s) => !s.own);
  const known = predecessors.filter((s) => s.count != null);
  if (!known.length) return { need: null, basis: null };
  const missing = predecessors.filter((s) => s.count == null);
  const sum = known.reduce((total, s) => total + s.count!, 0);
  const parts = [predecessors.length === 1 ? `figure of the unit it replaced: ${describe(known[0])}` : `sum of the figures of the units it replaced: ${known.map(describe).join('; ')}`];
  if (missing.length) parts.push(`no figure for ${missing.map((s) => `${s.name} (${s.code})`).join(', ')}, so a lower bound`);
  return { need: sum, basis: parts.join('; ') };
}
