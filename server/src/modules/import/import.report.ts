/** What an import command was given: the kind of file. */
export type ImportKind = 'units' | 'boundaries' | 'facilities';

/** One problem of a file: where (CSV line or GeoJSON feature, both 1-based), which field, what. */
export interface ImportProblem {
  line?: number;
  feature?: number;
  field: string;
  message: string;
}

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * The outcome of one import. `applied`: written (one transaction); `unchanged`: the database
 * already held the file; `rejected`: problems, nothing written; `checked`: a dry run without problems.
 */
export interface ImportReport extends ImportCounts {
  kind: ImportKind;
  file: string;
  rows: number;
  dryRun: boolean;
  status: 'applied' | 'unchanged' | 'rejected' | 'checked';
  problems: ImportProblem[];
  /** Remarks that are not problems (ignored columns, units the file does not mention). */
  notes: string[];
  /** Record by record, what changed or would change (updates name their fields). */
  changes: string[];
  millis: number;
}

/** "line 5, lat: …" / "feature 3, properties.code: …" */
export function formatProblem(p: ImportProblem): string {
  const where = p.line !== undefined ? `line ${p.line}` : p.feature !== undefined ? `feature ${p.feature}` : 'file';
  return `${where}, ${p.field}: ${p.message}`;
}

/** Problems in file order. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => (a.line ?? a.feature ?? 0) - (b.line ?? b.feature ?? 0));
}
