import { facilitiesImporter } from '../modules/import/index.js';
import { todayInVietnam } from '../modules/common/scalars.js';
import { runImportCommand } from '../cli/run-import-command.js';
import { SOURCE_OPTIONS, sourceOption } from '../cli/source-option.js';

/** `npm run import:facilities -- <facilities.csv> [--dry-run]`: a facility list, upserted by code. */
await runImportCommand({
  usage: 'npm run import:facilities -- <facilities.csv> [--dry-run] [--source "citation"] [--confidence OFFICIAL_LIST|…]',
  options: SOURCE_OPTIONS,
  importer: (values, file) => facilitiesImporter({
    file, today: todayInVietnam(), dryRun: values['dry-run'] === true,
    source: sourceOption(values, { citation: `Imported from ${file}`, confidence: 'OFFICIAL_LIST' }),
  }),
});
