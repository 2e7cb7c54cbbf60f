import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../server/src/modules/import/index.js';

/** The text of a file of test/fixtures/. */
export function fixture(name: string): string {
  return readFileSync(path.join('test', 'fixtures', name), 'utf8');
}

/** A report without its timing, for whole-object assertions. */
export function withoutTiming(report: ImportReport): Omit<ImportReport, 'millis'> {
  const { millis: _millis, ...rest } = report;
  return rest;
}
