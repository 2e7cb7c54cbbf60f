import type { CsvRecord } from './csv.parser.js';
import { normaliseKey } from './cell.parsers.js';
import type { ImportProblem } from './import.report.js';

/** Accepted headers of each column, compared after `normaliseKey` ("Mã xã" matches "ma_xa"). */
export type ColumnAliases<C extends string> = Record<C, readonly string[]>;

export interface ColumnMap<C extends string> {
  /** Position of each column the file has. */
  index: Partial<Record<C, number>>;
  /** The file's own header of each column, to name fields in problems as the user wrote them. */
  names: Partial<Record<C, string>>;
  /** Headers the importer does not know; reported as notes, their cells are ignored. */
  ignored: string[];
}

/** Maps a CSV header to known columns; a column given twice (e.g. "ma" and "code") is a problem. */
export function mapHeader<C extends string>(header: string[], aliases: ColumnAliases<C>, problems: ImportProblem[]): ColumnMap<C> {
  const byAlias = new Map<string, C>();
  for (const [column, names] of Object.entries(aliases) as [C, readonly string[]][]) for (const n of names) byAlias.set(n, column);
  const index: Partial<Record<C, number>> = {};
  const names: Partial<Record<C, string>> = {};
  const ignored: string[] = [];
  header.forEach((h, i) => {
    const column = byAlias.get(normaliseKey(h));
    if (!column) {
      if (h !== '') ignored.push(h);
    } else if (index[column] !== undefined) {
      problems.push({ line: 1, field: h, message: `column ${column} is given twice (also as "${header[index[column]!]}")` });
    } else {
      index[column] = i;
      names[column] = h;
    }
  });
  return { index, names, ignored };
}

/** The trimmed cells of a record by column; empty cells are left out (an empty cell gives no value). */
export function cellsOf<C extends string>(record: CsvRecord, map: ColumnMap<C>): Partial<Record<C, string>> {
  const out: Partial<Record<C, string>> = {};
  for (const [column, i] of Object.entries(map.index) as [C, number][]) {
    const cell = record.cells[i]?.trim();
    if (cell) out[column] = cell;
  }
  return out;
}
