import type { Queryable } from '../../db/sql.js';
import type { Confidence } from '../common/enums.js';
import type { IndicatorReportType } from './indicator-report.type.js';

/** A report as the API reads it, with the ids of its unit and indicator. */
export interface IndicatorReportRecord extends IndicatorReportType {
  unitId: number;
  indicatorId: number;
}

const COLUMNS = `r.id, r.unit_id AS "unitId", r.indicator_id AS "indicatorId", r.year, r.value, r.reported_on::text AS "reportedOn",
  json_build_object('citation', r.source_citation, 'confidence', r.source_confidence) AS source`;

export interface NewIndicatorReport {
  unitId: number;
  indicatorId: number;
  year: number;
  value: number;
  reportedOn: string;
  citation: string;
  confidence: Confidence;
  reportedBy: string;
}

export async function insertIndicatorReport(db: Queryable, r: NewIndicatorReport): Promise<IndicatorReportRecord> {
  const res = await db.query(
    `INSERT INTO indicator_report AS r (unit_id, indicator_id, year, value, reported_on, source_citation, source_confidence, reported_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
    [r.unitId, r.indicatorId, r.year, r.value, r.reportedOn, r.citation, r.confidence, r.reportedBy],
  );
  return res.rows[0];
}

/** Reports of the given units and indicators dated on or before `asOf`, oldest first (later reports supersede earlier ones). */
export async function findReports(db: Queryable, unitIds: readonly number[], indicatorIds: readonly number[], asOf: string): Promise<IndicatorReportRecord[]> {
  const res = await db.query(
    `SELECT ${COLUMNS} FROM indicator_report r
      WHERE r.unit_id = ANY($1::int[]) AND r.indicator_id = ANY($2::int[]) AND r.reported_on <= $3::date
      ORDER BY r.unit_id, r.indicator_id, r.year, r.reported_on, r.id`,
    [unitIds, indicatorIds, asOf],
  );
  return res.rows;
}

/** Whether some target of the indicator is a growth (INCREASE_BY) target: its values are growths, not shares. */
export async function isGrowthIndicator(db: Queryable, indicatorId: number): Promise<boolean> {
  const res = await db.query(`SELECT EXISTS (SELECT 1 FROM target WHERE indicator_id = $1 AND comparator = 'INCREASE_BY') AS growth`, [indicatorId]);
  return res.rows[0].growth;
}
