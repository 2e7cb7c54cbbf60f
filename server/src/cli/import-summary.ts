import { formatProblem, type ImportReport } from '../modules/import/index.js';

const MAX_LINES = 50;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The summary printed on stdout after an import: counts, every problem (up to 50 lines), notes. */
export function formatSummary(r: ImportReport): string {
  const out: string[] = [];
  const rows = `${r.rows} ${r.kind === 'boundaries' ? 'features' : 'rows'}`;
  if (r.status === 'rejected') {
    out.push(`${r.file} rejected, nothing written: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} in ${rows}`);
    out.push(...list(r.problems.map(formatProblem)));
  } else if (r.status === 'checked') {
    const counts = r.kind === 'facilities' ? `: would insert ${r.inserted}, update ${r.updated}, leave ${r.unchanged} unchanged` : '';
    out.push(`${r.file}: dry run, ${rows} checked, no problem, nothing written${counts} (${seconds(r.millis)})`);
    out.push(...list(r.changes));
  } else if (r.status === 'unchanged') {
    out.push(`${r.file}: no change, the database already holds these ${rows} (${seconds(r.millis)})`);
  } else {
    out.push(`${r.file}: ${rows} imported in ${seconds(r.millis)}: ${r.inserted} inserted, ${r.updated} updated, ${r.unchanged} unchanged`);
    out.push(...list(r.changes));
  }
  out.push(...r.notes.map((n) => `note: ${n}`));
  return out.join('\n') + '\n';
}

function list(lines: string[]): string[] {
  const shown = lines.slice(0, MAX_LINES).map((l) => `  ${l}`);
  if (lines.length > MAX_LINES) shown.push(`  … and ${lines.length - MAX_LINES} more`);
  return shown;
}
