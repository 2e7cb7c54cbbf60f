import { CsvError, parse } from 'csv-parse/sync';
import type { ImportProblem } from './import.report.js';

/** One record of a CSV file: its cells and the line of the file it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvFile {
  header: string[];
  records: CsvRecord[];
}

/** Thrown for a file that is not CSV (a quote out of place, a quoted cell never closed); names the line. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, readonly reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Parses RFC 4180 CSV with csv-parse: quoted cells with "" escapes and line breaks, CRLF, LF or CR,
 * a leading BOM, spaces around cells. The delimiter is a comma, or a semicolon when the header line
 * has more semicolons than commas (spreadsheets in some locales). Blank lines are skipped; line
 * breaks inside quoted cells are read as LF. A quote out of place (`"abc"def`, `ab"c`) or a quoted
 * cell never closed throws CsvSyntaxError with its line.
 */
export function parseCsv(text: string): CsvFile {
  // One kind of line break, so csv-parse's line count is the file's.
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const firstLine = src.slice(0, src.search(/\n|$/));
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  const rows: CsvRecord[] = [];
  let lastLine = 0;
  try {
    parse(src, {
      delimiter, record_delimiter: '\n', relax_column_count: true, trim: true,
      on_record: (cells: string[], { lines }) => {
        // Blank lines are records too (never skipped by csv-parse here), so a record starts right after the previous one.
        if (cells.length > 1 || cells[0] !== '') rows.push({ line: lastLine + 1, cells });
        lastLine = lines;
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw syntaxError(error, lastLine + 1);
    throw error;
  }
  const [head, ...records] = rows;
  return { header: head ? head.cells : [], records };
}

/**
 * `parseCsv` for importers: a file that is not CSV gives no records and one problem on its line
 * (field `CSV`), which the import report shows like any other.
 */
export function readCsv(text: string, problems: ImportProblem[]): CsvFile {
  try {
    return parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ line: error.line, field: 'CSV', message: error.reason });
    return { header: [], records: [] };
  }
}

function syntaxError(error: CsvError, recordLine: number): CsvSyntaxError {
  const line = typeof error.lines === 'number' ? error.lines : recordLine;
  switch (error.code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return new CsvSyntaxError(line, 'text follows the closing quote of a quoted cell (inside a quoted cell, write a quote twice: "ab""c")');
    case 'INVALID_OPENING_QUOTE':
      return new CsvSyntaxError(line, 'a quote inside an unquoted cell (quote the whole cell and write the quote twice: "ab""c")');
    case 'CSV_QUOTE_NOT_CLOSED':
      return new CsvSyntaxError(recordLine, 'a quoted cell is never closed');
    default:
      return new CsvSyntaxError(recordLine, error.message);
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
