import type pg from 'pg';
import type { IndicatorMethod, IndicatorUnit } from '../plan/plan.enums.js';

interface IndicatorSeed { code: string; name: string; nameEn: string; unit: IndicatorUnit; method: IndicatorMethod; description: string; note?: string }

/** Inserts the indicators of seeds/indicators.json (codes that exist are skipped). */
export async function seedIndicators(client: pg.PoolClient, [file]: unknown[]): Promise<string> {
  const seeds = file as IndicatorSeed[];
  const res = await client.query(
    `INSERT INTO indicator (code, name, name_en, unit, method, description, note)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
     ON CONFLICT (code) DO NOTHING`,
    [
      seeds.map((s) => s.code), seeds.map((s) => s.name), seeds.map((s) => s.nameEn), seeds.map((s) => s.unit),
      seeds.map((s) => s.method), seeds.map((s) => s.description), seeds.map((s) => s.note ?? null),
    ],
  );
  return `${res.rowCount} indicators (${seeds.length - (res.rowCount ?? 0)} already present)`;
}
