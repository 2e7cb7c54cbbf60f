import type { Queryable } from '../../db/sql.js';
import type { IndicatorType } from './indicator.type.js';
import type { PlanType } from './plan.type.js';
import type { TargetType } from './target.type.js';

/** A plan as the API reads it, with the id of its issuing unit. */
export interface PlanRecord extends PlanType {
  issuerId: number | null;
}

/** A target as the API reads it, with the ids of its plan and indicator. */
export interface TargetRecord extends TargetType {
  planId: number;
  indicatorId: number;
}

export interface IndicatorRecord extends IndicatorType {
  id: number;
}

const PLAN_COLUMNS = `p.id, p.key, p.code, p.title, p.title_en AS "titleEn", p.scope, p.issuer_id AS "issuerId",
  p.issued_on::text AS "issuedOn", p.legal_basis AS "legalBasis", p.period_start AS "periodStart", p.period_end AS "periodEnd",
  json_build_object('citation', p.source_citation, 'confidence', p.source_confidence) AS source, p.note`;

/**
 * Plans, national ones first (by date of issue), then provincial ones by issuer code and period.
 * With `issuerIds`, only the provincial plans of those units.
 */
export async function findPlans(db: Queryable, issuerIds?: readonly number[]): Promise<PlanRecord[]> {
  const where = issuerIds ? 'WHERE p.issuer_id = ANY($1::int[])' : '';
  const res = await db.query(
    `SELECT ${PLAN_COLUMNS} FROM plan p LEFT JOIN admin_unit u ON u.id = p.issuer_id ${where}
      ORDER BY p.scope, u.code NULLS FIRST, p.issued_on, p.period_start, p.id`,
    issuerIds ? [issuerIds] : [],
  );
  return res.rows;
}

/** Targets of the given plans, in the order of their plan's document. */
export async function findTargetsOfPlans(db: Queryable, planIds: readonly number[]): Promise<TargetRecord[]> {
  const res = await db.query(
    `SELECT t.id, t.plan_id AS "planId", t.indicator_id AS "indicatorId", t.year, t.value, t.comparator, t.base_year AS "baseYear",
            t.region, t.target_group AS "targetGroup", t.facility_kind AS "facilityKind", t.counts_kinds AS "countsKinds",
            CASE WHEN t.baseline_year IS NULL THEN NULL
                 ELSE json_build_object('year', t.baseline_year, 'value', t.baseline_value) END AS baseline,
            t.headline, json_build_object('citation', t.source_citation, 'confidence', t.source_confidence) AS source, t.note
       FROM target t WHERE t.plan_id = ANY($1::int[]) ORDER BY t.plan_id, t.position`,
    [planIds],
  );
  return res.rows;
}

const INDICATOR_COLUMNS = `i.id, i.code, i.name, i.name_en AS "nameEn", i.unit, i.method, i.description`;

export async function findIndicators(db: Queryable): Promise<IndicatorRecord[]> {
  const res = await db.query(`SELECT ${INDICATOR_COLUMNS} FROM indicator i ORDER BY i.code`);
  return res.rows;
}

export async function findIndicatorsByIds(db: Queryable, ids: readonly number[]): Promise<IndicatorRecord[]> {
  const res = await db.query(`SELECT ${INDICATOR_COLUMNS} FROM indicator i WHERE i.id = ANY($1::int[])`, [ids]);
  return res.rows;
}
