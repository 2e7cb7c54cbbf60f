/** The import commands' logic, called by the CLI shells in server/src/scripts/ and by the tests. */
export { runImport, type Importer, type ImportOptions, type Progress } from './import.runner.js';
export { ImportInterruptedError } from './import.errors.js';
export { formatProblem, type ImportProblem, type ImportReport } from './import.report.js';
export { unitsImporter, COMMUNES_VALID_FROM } from './units.importer.js';
export { boundariesImporter, DEFAULT_ATTRIBUTION } from './boundaries.importer.js';
export { facilitiesImporter } from './facilities.importer.js';
export { FACILITY_COLUMNS } from './facility-import.columns.js';
