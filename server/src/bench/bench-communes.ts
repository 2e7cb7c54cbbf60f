import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { runImport, unitsImporter } from '../modules/import/index.js';

/** The 2025 list of communes, wards and special zones (3,321), relative to the repository root. */
export const DEFAULT_WARDS_FILE = '../shared/reference-data/vn-admin-2025/wards.csv';

/**
 * Imports the communes of `file` into the benchmark database unless it already holds current
 * communes; returns how many current communes it then holds.
 */
export async function ensureCommunes(pool: pg.Pool, file: string): Promise<number> {
  const count = async () => (await pool.query(`SELECT count(*)::int AS n FROM admin_unit WHERE level = 'COMMUNE' AND valid_to IS NULL`)).rows[0].n as number;
  const have = await count();
  if (have > 0) return have;
  const text = await readFile(file, 'utf8');
  const report = await runImport(pool, unitsImporter({ citation: `Imported from ${path.basename(file)} (benchmark)`, confidence: 'OFFICIAL_LIST' }), text, { file: path.basename(file) });
  if (report.status !== 'applied') throw new Error(`importing ${file} for the benchmark: ${report.status}, ${report.problems.length} problems`);
  return count();
}
