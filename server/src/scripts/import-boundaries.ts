import { boundariesImporter, DEFAULT_ATTRIBUTION } from '../modules/import/index.js';
import { isCalendarDate, todayInVietnam } from '../modules/common/scalars.js';
import { runImportCommand, UsageError } from '../cli/run-import-command.js';

/** `npm run import:boundaries -- <file.geojson> --level PROVINCE|COMMUNE`: polygons for the map. */
await runImportCommand({
  usage: 'npm run import:boundaries -- <file.geojson> --level PROVINCE|COMMUNE [--dry-run] [--as-of YYYY-MM-DD] [--attribution "text"]',
  options: { level: { type: 'string' }, 'as-of': { type: 'string' }, attribution: { type: 'string' } },
  importer: (values, file) => {
    const level = values.level;
    if (level !== 'PROVINCE' && level !== 'COMMUNE') throw new UsageError('--level must be PROVINCE or COMMUNE');
    const asOf = (values['as-of'] as string | undefined) ?? todayInVietnam();
    if (!isCalendarDate(asOf)) throw new UsageError('--as-of must be a date written YYYY-MM-DD');
    return boundariesImporter({ level, asOf, attribution: (values.attribution as string | undefined) ?? DEFAULT_ATTRIBUTION, file });
  },
});
