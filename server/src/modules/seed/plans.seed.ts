import type pg from 'pg';
import type { Confidence, FacilityKind, TargetGroup } from '../common/enums.js';
import type { Comparator, PlanScope, Region } from '../plan/plan.enums.js';
import { unitIdAt } from './seed-units.js';

interface Source { citation: string; confidence: Confidence }
interface TargetSeed {
  indicatorCode: string; year: number; value: number; comparator: Comparator; baseYear: number | null; region: Region | null;
  targetGroup: TargetGroup | null; facilityKind: FacilityKind | null; countsKinds?: FacilityKind[]; baseline?: { year: number; value: number };
  headline: boolean; source: Source; note?: string;
}
interface PlanSeed {
  key: string; code: string | null; title: string; titleEn: string; scope: PlanScope; issuerCode: string | null; issuedOn: string | null;
  legalBasis: string; periodStart: number; periodEnd: number; source: Source; note?: string; targets: TargetSeed[];
}

/**
 * Inserts the plans of seeds/plans.json with their targets (plans whose key exists are skipped).
 * `issuerCode` is read as of the date of issue, or the first day of the plan's period.
 */
export async function seedPlans(client: pg.PoolClient, [file]: unknown[]): Promise<string> {
  const seeds = file as PlanSeed[];
  const indicators = new Map<string, number>((await client.query('SELECT code, id FROM indicator')).rows.map((r) => [r.code, r.id]));
  let plans = 0;
  let targets = 0;
  for (const p of seeds) {
    const issuerId = p.issuerCode ? await unitIdAt(client, p.issuerCode, p.issuedOn ?? `${p.periodStart}-01-01`, `plan ${p.key}`) : null;
    const res = await client.query(
      `INSERT INTO plan (key, code, title, title_en, scope, issuer_id, issued_on, legal_basis, period_start, period_end,
         source_citation, source_confidence, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (key) DO NOTHING RETURNING id`,
      [p.key, p.code, p.title, p.titleEn, p.scope, issuerId, p.issuedOn, p.legalBasis, p.periodStart, p.periodEnd,
        p.source.citation, p.source.confidence, p.note ?? null],
    );
    if (!res.rowCount) continue;
    plans++;
    for (const [position, t] of p.targets.entries()) {
      const indicatorId = indicators.get(t.indicatorCode);
      if (indicatorId === undefined) throw new Error(`seed plan ${p.key}: unknown indicator ${t.indicatorCode}`);
      await client.query(
        `INSERT INTO target (plan_id, position, indicator_id, year, value, comparator, base_year, region, target_group, facility_kind,
           counts_kinds, baseline_year, baseline_value, headline, source_citation, source_confidence, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [res.rows[0].id, position, indicatorId, t.year, t.value, t.comparator, t.baseYear, t.region, t.targetGroup, t.facilityKind,
          t.countsKinds ?? (t.facilityKind ? [t.facilityKind] : []), t.baseline?.year ?? null, t.baseline?.value ?? null, t.headline,
          t.source.citation, t.source.confidence, t.note ?? null],
      );
      targets++;
    }
  }
  return `${plans} plans with ${targets} targets (${seeds.length - plans} plans already present)`;
}
