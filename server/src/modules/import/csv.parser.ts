/** One record of a CSV file: its cells and the line of the file it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvFile {
  header: string[];
  records: CsvRecord[];
}

/** Thrown for a file that is not CSV at all (an unterminated quote); names the line. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * Parses RFC 4180 CSV: quoted cells with "" escapes and line breaks, CRLF or LF, a leading BOM.
 * The delimiter is a comma, or a semicolon when the header line has more semicolons than commas
 * (spreadsheets in some locales). Blank lines are skipped.
 */
export function parseCsv(text: string): CsvFile {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: startLine, cells });
    cells = [];
    cell = '';
  };
  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      if (c === '\n') line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') { quoted = true; cell = ''; i++; continue; }
    if (c === delimiter) { cells.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && src[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') {
      endRecord();
      line++;
      startLine = line;
      i++;
      continue;
    }
    cell += c;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(startLine, 'a quoted cell is never closed');
  if (cell !== '' || cells.length) endRecord();
  const [head, ...records] = rows;
  return { header: head ? head.cells.map((h) => h.trim()) : [], records };
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
