import type { Confidence } from '../common/enums.js';
import { cellsOf, mapHeader } from './csv.columns.js';
import { readCsv } from './csv.parser.js';
import { FACILITY_COLUMNS, type FacilityColumn } from './facility-import.columns.js';
import { planFacilityRows, type FacilityImportRow } from './facility-import.plan.js';
import { readFacilityValues } from './facility-import.row.js';
import { CODE as CODE_PATTERN } from '../facility/facility.validation.js';
import type { ImportProblem } from './import.report.js';
import type { Importer } from './import.runner.js';
import { writeFacilities } from './facilities.writer.js';

export interface FacilityImportOptions {
  file: string;
  /** Today in Asia/Ho_Chi_Minh: units are read as of this date, status changes take effect on it. */
  today: string;
  /** Source of rows whose file has no nguon/do_tin_cay columns (default: the file, OFFICIAL_LIST). */
  source?: { citation: string; confidence: Confidence };
  dryRun: boolean;
}

/**
 * `import:facilities`: a facility list in the documented column set, upserted by code. New codes
 * are inserted (every required field present); known codes get only the fields the file gives.
 */
export function facilitiesImporter(opts: FacilityImportOptions): Importer<FacilityImportRow> {
  let names: Partial<Record<FacilityColumn, string>> = {};
  const fieldName = (c: FacilityColumn) => names[c] ?? FACILITY_COLUMNS[c][0];
  const source = opts.source ?? { citation: `Imported from ${opts.file}`, confidence: 'OFFICIAL_LIST' as const };
  return {
    kind: 'facilities',
    parse(text) {
      const problems: ImportProblem[] = [];
      const csv = readCsv(text, problems);
      if (problems.length) return { rows: [], total: 0, problems };
      const map = mapHeader(csv.header, FACILITY_COLUMNS, problems);
      names = map.names;
      if (map.index.code === undefined) problems.push({ line: 1, field: 'ma', message: 'required column ma (code) is missing' });
      if (problems.length) return { rows: [], total: csv.records.length, problems };
      const rows: FacilityImportRow[] = [];
      const seen = new Map<string, number>();
      for (const record of csv.records) {
        const problem = (field: FacilityColumn, message: string) => problems.push({ line: record.line, field: fieldName(field), message });
        const cells = cellsOf(record, map);
        const code = cells.code ?? '';
        if (!code) problem('code', 'is empty');
        else if (!CODE_PATTERN.test(code)) problem('code', `"${code}" is not a facility code (1 to 50 letters, digits, dots, dashes or underscores)`);
        else if (seen.has(code)) problem('code', `${code} is already on line ${seen.get(code)}`);
        else seen.set(code, record.line);
        const badFields = new Set<FacilityColumn>();
        const values = readFacilityValues(cells, (field, message) => {
          badFields.add(field);
          problem(field, message);
        });
        // Rows with problems are still checked against the database, so a dry run reports everything;
        // any problem rejects the file before writing.
        if (code && CODE_PATTERN.test(code)) rows.push({ line: record.line, code, values, badFields });
      }
      return { rows, total: csv.records.length, problems, notes: map.ignored.length ? [`ignored columns: ${map.ignored.join(', ')}`] : [] };
    },

    resolve: (db, rows, problems) => planFacilityRows(db, rows, {
      today: opts.today, source, lockExisting: !opts.dryRun,
      problem: (line, field, message) => problems.push({ line, field: fieldName(field), message }),
    }),

    preview: (rows) => ({
      inserted: rows.filter((r) => r.action === 'insert').length,
      updated: rows.filter((r) => r.action === 'update').length,
      unchanged: rows.filter((r) => r.action === 'unchanged').length,
      changes: describeChanges(rows),
    }),

    async write(db, rows, progress) {
      const counts = await writeFacilities(db, rows, { today: opts.today, file: opts.file }, progress);
      return { ...counts, changes: describeChanges(rows) };
    },
  };
}

/** "line 3, TGXH-11-001: update lat, lng" for each row that changes something. */
function describeChanges(rows: FacilityImportRow[]): string[] {
  return rows.filter((r) => r.action !== 'unchanged').map((r) =>
    `line ${r.line}, ${r.code}: ${r.action === 'insert' ? 'insert' : `update ${Object.keys(r.changes!).join(', ')}`}`);
}
