import { unitsImporter } from '../modules/import/index.js';
import { runImportCommand } from '../cli/run-import-command.js';
import { SOURCE_OPTIONS, sourceOption } from '../cli/source-option.js';

/** `npm run import:units -- <wards.csv>`: communes, wards and special zones under their provinces. */
await runImportCommand({
  usage: 'npm run import:units -- <wards.csv> [--dry-run] [--source "citation"] [--confidence OFFICIAL_LIST|SECONDARY_SOURCE|…]',
  options: SOURCE_OPTIONS,
  importer: (values, file) => unitsImporter(sourceOption(values, { citation: `Imported from ${file}`, confidence: 'OFFICIAL_LIST' })!),
});
