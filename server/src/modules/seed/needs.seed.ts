import type pg from 'pg';
import type { Confidence, TargetGroup } from '../common/enums.js';
import type { NeedCategory, Qualifier } from '../need/need.enums.js';
import { unitIdAt } from './seed-units.js';

interface NeedSeed {
  unitCode: string; targetGroup: TargetGroup | null; category: NeedCategory; count: number; qualifier: Qualifier; year: number;
  source: { citation: string; confidence: Confidence }; note?: string;
}

/** Inserts the need statistics of seeds/needs.json; `unitCode` is read as of the end of the figure's year. */
export async function seedNeeds(client: pg.PoolClient, [file]: unknown[]): Promise<string> {
  const seeds = file as NeedSeed[];
  let inserted = 0;
  for (const n of seeds) {
    const unitId = await unitIdAt(client, n.unitCode, `${n.year}-12-31`, `need ${n.unitCode}/${n.category}`);
    const res = await client.query(
      `INSERT INTO need_statistic (unit_id, target_group, category, count, qualifier, year, source_citation, source_confidence, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [unitId, n.targetGroup, n.category, n.count, n.qualifier, n.year, n.source.citation, n.source.confidence, n.note ?? null],
    );
    inserted += res.rowCount ?? 0;
  }
  return `${inserted} need statistics (${seeds.length - inserted} already present)`;
}
