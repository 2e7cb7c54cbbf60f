import type { SqlWhere } from './facility.repository.js';

/** Folds Vietnamese text the way the database's `hub_fold` does: no diacritics, đ = d, lower case. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Abbreviations common in Vietnamese facility names, expanded before matching (folded forms). */
const ABBREVIATIONS: Record<string, string> = {
  tt: 'trung tam',
  btxh: 'bao tro xa hoi',
  ctxh: 'cong tac xa hoi',
  tgxh: 'tro giup xa hoi',
  ldtbxh: 'lao dong thuong binh va xa hoi',
  nct: 'nguoi cao tuoi',
  nkt: 'nguoi khuyet tat',
  tp: 'thanh pho',
  tx: 'thi xa',
  'cb-gd-ldxh': 'chua benh giao duc lao dong xa hoi',
  sos: 'sos',
};

/** The folded query with abbreviations expanded and punctuation removed. */
export function normaliseQuery(query: string): string {
  return foldVietnamese(query)
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ')
    .slice(0, 200);
}

/** Largest word distance (1 - word similarity) still counted as a match: tolerates a typo or two. */
export const MAX_WORD_DISTANCE = 0.4;

/**
 * Adds a trigram match of the folded query on the folded name (`<%`, through the GiST trigram
 * index on `search_name`) and returns the word-distance expression used to rank matches.
 */
export function applySearch(where: SqlWhere, query: string): { distanceExpr: string } {
  const q = where.param(normaliseQuery(query));
  where.add(`(${q} <<-> f.search_name) <= ${MAX_WORD_DISTANCE}`);
  return { distanceExpr: `(${q} <<-> f.search_name)` };
}
