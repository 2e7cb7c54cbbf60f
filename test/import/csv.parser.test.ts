import { describe, expect, it } from '@jest/globals';
import { CsvSyntaxError, parseCsv, readCsv } from '../../server/src/modules/import/csv.parser.js';
import type { ImportProblem } from '../../server/src/modules/import/index.js';

/** The error parseCsv throws for a text, as a plain object. */
function syntaxErrorOf(text: string): { name: string; line: number; reason: string } {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { name: error.name, line: error.line, reason: error.reason };
    throw error;
  }
  throw new Error('parsed without error');
}

describe('parseCsv', () => {
  it('reads quoted cells with delimiters and doubled quotes, and trims the header', () => {
    expect(parseCsv('ma , ten\nA-1,"Trung tâm ""Hoa Sen"", Hà Nội"\n')).toEqual({
      header: ['ma', 'ten'],
      records: [{ line: 2, cells: ['A-1', 'Trung tâm "Hoa Sen", Hà Nội'] }],
    });
  });

  it('keeps line breaks inside quoted cells and numbers records by the line they start on', () => {
    const text = 'ma,dia_chi,ten\nA-1,"số 1\nphố Huế\n\nHà Nội",Một\nA-2,,Hai\n';
    expect(parseCsv(text).records).toEqual([
      { line: 2, cells: ['A-1', 'số 1\nphố Huế\n\nHà Nội', 'Một'] },
      { line: 6, cells: ['A-2', '', 'Hai'] },
    ]);
  });

  it('reads CRLF and CR files like LF ones, line breaks inside cells as LF', () => {
    const expected = { header: ['ma', 'ten'], records: [{ line: 2, cells: ['A-1', 'x\ny'] }, { line: 4, cells: ['A-2', 'z'] }] };
    expect(parseCsv('ma,ten\r\nA-1,"x\r\ny"\r\nA-2,z\r\n')).toEqual(expected);
    expect(parseCsv('ma,ten\rA-1,"x\ry"\rA-2,z')).toEqual(expected);
  });

  it('drops a leading BOM', () => {
    expect(parseCsv('\ufeffma,ten\nA-1,Một')).toEqual({ header: ['ma', 'ten'], records: [{ line: 2, cells: ['A-1', 'Một'] }] });
    expect(parseCsv('\ufeff')).toEqual({ header: [], records: [] });
  });

  it('takes a semicolon as the delimiter when the header has more semicolons than commas', () => {
    expect(parseCsv('ma;ten;vi_do\nA-1;"Một; Hai";21,5\n')).toEqual({
      header: ['ma', 'ten', 'vi_do'],
      records: [{ line: 2, cells: ['A-1', 'Một; Hai', '21,5'] }],
    });
    expect(parseCsv('ma,ten\nA-1,Một; Hai\n').records).toEqual([{ line: 2, cells: ['A-1', 'Một; Hai'] }]);
  });

  it('skips blank lines, keeps rows of empty cells, and allows rows of any length', () => {
    expect(parseCsv('ma,ten\n\n   \nA-1\n,\nA-2,Hai,extra\n\n')).toEqual({
      header: ['ma', 'ten'],
      records: [{ line: 4, cells: ['A-1'] }, { line: 5, cells: ['', ''] }, { line: 6, cells: ['A-2', 'Hai', 'extra'] }],
    });
  });

  it('accepts spaces around a quoted cell and keeps those inside it', () => {
    expect(parseCsv('ma,ten\nA-1 , " Một " \n').records).toEqual([{ line: 2, cells: ['A-1', ' Một '] }]);
  });

  it('refuses text after a closing quote ("abc"def) with its line', () => {
    expect(syntaxErrorOf('ma,ten\nA-1,Một\nA-2,"abc"def\n')).toEqual({
      name: 'CsvSyntaxError', line: 3,
      reason: 'text follows the closing quote of a quoted cell (inside a quoted cell, write a quote twice: "ab""c")',
    });
  });

  it('refuses text after a closing quote and a space ("abc" def)', () => {
    expect(syntaxErrorOf('ma,ten\nA-1,"abc" def\n')).toEqual({
      name: 'CsvSyntaxError', line: 2,
      reason: 'text follows the closing quote of a quoted cell (inside a quoted cell, write a quote twice: "ab""c")',
    });
  });

  it('names the line of the closing quote in a record over several lines', () => {
    expect(syntaxErrorOf('ma,ten\r\nA-1,"x\r\ny"z\r\n').line).toBe(3);
  });

  it('refuses a quote inside an unquoted cell', () => {
    expect(syntaxErrorOf('ma,ten\nA-1,ab"c\n')).toEqual({
      name: 'CsvSyntaxError', line: 2,
      reason: 'a quote inside an unquoted cell (quote the whole cell and write the quote twice: "ab""c")',
    });
  });

  it('refuses a quoted cell never closed, naming the line its record starts on', () => {
    expect(syntaxErrorOf('ma,ten\nA-1,Một\nA-2,"Hai\nA-3,Ba\n')).toEqual({ name: 'CsvSyntaxError', line: 3, reason: 'a quoted cell is never closed' });
  });
});

describe('readCsv', () => {
  it('turns a syntax error into one problem of field CSV', () => {
    const problems: ImportProblem[] = [];
    expect(readCsv('ma\n"abc"def\n', problems)).toEqual({ header: [], records: [] });
    expect(problems).toEqual([{ line: 2, field: 'CSV', message: 'text follows the closing quote of a quoted cell (inside a quoted cell, write a quote twice: "ab""c")' }]);
  });
});
