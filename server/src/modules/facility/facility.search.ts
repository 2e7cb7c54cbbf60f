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

/**
 * Adds a trigram match on the folded name (GIN index on `search_name`) and returns the score
 * expression: word similarity of the query to the name, so word order and typos are tolerated.
 */
export function applySearch(where: SqlWhere, query: string): { scoreExpr: string } {
  const q = where.param(normaliseQuery(query));
  where.add(`${q} <% f.search_name`);
  return { scoreExpr: `word_similarity(${q}, f.search_name)` };
}
