/**
 * The one SQL statement of a gap analysis: a row per unit with its need figures, the sums over the
 * facilities operating on the date (from `facility_operating_period`, kept by triggers) and the reach
 * of its communes. Parameters: $1 asOf (date), $2 target group (text or null), $3 withinKm (float or
 * null), $4 the caller may edit (boolean), $5 the year of asOf.
 */
import { unitColumns } from '../admin-unit/admin-unit.repository.js';
import type { Geography } from '../planning/planning.enums.js';

/** The last day of the 63 provinces (Resolution 202/2025/QH15 took effect on 2025-07-01). */
const LAST_LEGACY_DAY = '2025-06-30';

/** Levels a gap analysis can be asked at. */
export type GapLevel = 'PROVINCE' | 'COMMUNE';

/** Which units make the rows, and which facility column places a facility in one. */
function unitsOf(geography: Geography, level: GapLevel): { where: string; key: string } {
  if (level === 'COMMUNE') return { where: `u.level = 'COMMUNE' AND u.valid_to IS NULL`, key: 'commune_id' };
  if (geography === 'LEGACY_63') {
    return { where: `u.level = 'PROVINCE' AND u.valid_from <= DATE '${LAST_LEGACY_DAY}' AND (u.valid_to IS NULL OR u.valid_to > DATE '${LAST_LEGACY_DAY}')`, key: 'legacy_province_id' };
  }
  return { where: `u.level = 'PROVINCE' AND u.valid_to IS NULL`, key: 'province_id' };
}

/** Periods valid on $1 of facilities serving $2 (any facility without one). */
const LIVE = (alias: string) => `${alias}.valid_from <= $1 AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > $1)
         AND ($2::text IS NULL OR $2 = ANY (${alias}.target_groups))`;

/** Private-location facilities, for a caller without edit rights, count in province rows only. */
const MAY_LOCATE = (alias: string) => `($4 OR NOT ${alias}.is_private)`;

/** Distance from commune `c` to the nearest suitable facility: KNN over the GiST index of the periods. */
const NEAREST = (guard = 'true') => `LEFT JOIN LATERAL (
      SELECT earth_distance(ll_to_earth(c.lat, c.lng), ll_to_earth(f.lat, f.lng)) / 1000 AS km
        FROM facility_operating_period f
       WHERE ${guard} AND ${LIVE('f')} AND ${MAY_LOCATE('f')}
       ORDER BY ll_to_earth(f.lat, f.lng) <-> ll_to_earth(c.lat, c.lng) LIMIT 1
    ) n ON true`;

const COMMUNES = `c.level = 'COMMUNE' AND c.valid_to IS NULL AND c.lat IS NOT NULL AND c.lng IS NOT NULL`;

/**
 * Reach by count: a commune with a suitable facility of its own within $3 km of its point is within
 * reach without a search (its nearest facility is at most that far); every other commune gets the KNN
 * search. Both use the same earth_distance, so the count is exact. Per province, or per commune.
 */
const COUNTED_REACH = (perCommune: boolean) => `reach AS (
    SELECT ${perCommune ? 'c.id' : 'c.parent_id'} AS unit_id, count(*) AS communes,
           count(*) FILTER (WHERE NOT own.hit AND (n.km IS NULL OR n.km > $3)) AS beyond, NULL::float8 AS nearest_km
      FROM admin_unit c
     CROSS JOIN LATERAL (
       SELECT EXISTS (SELECT 1 FROM facility_operating_period o
                       WHERE o.commune_id = c.id AND o.commune_km <= $3 AND ${LIVE('o')} AND ${MAY_LOCATE('o')}) AS hit
        OFFSET 0 -- evaluated once per commune, not once per use
     ) own
     ${NEAREST('NOT own.hit')}
     WHERE $3 IS NOT NULL AND ${COMMUNES}
     GROUP BY 1
  )`;

/** Reach per commune with distances: the KNN search for every commune. */
const MEASURED_REACH = `reach AS (
    SELECT c.id AS unit_id, 1 AS communes, CASE WHEN n.km IS NULL OR n.km > $3 THEN 1 ELSE 0 END AS beyond, n.km AS nearest_km
      FROM admin_unit c
     ${NEAREST()}
     WHERE ${COMMUNES}
  )`;

const NO_REACH = `reach AS (SELECT NULL::int AS unit_id, NULL::bigint AS communes, NULL::bigint AS beyond, NULL::float8 AS nearest_km WHERE false)`;

/**
 * The statement for a geography and level (COMMUNE only in CURRENT_34). `distances`: measure every
 * commune's distance to its nearest facility (commune rows), not only count those beyond the radius.
 */
export function gapRowsSql(geography: Geography, level: GapLevel, distances = false): string {
  const units = unitsOf(geography, level);
  const privacy = level === 'COMMUNE' ? `AND ${MAY_LOCATE('p')}` : '';
  const reach = geography === 'LEGACY_63' ? NO_REACH : level === 'PROVINCE' ? COUNTED_REACH(false) : distances ? MEASURED_REACH : COUNTED_REACH(true);
  // args types every parameter once, so each statement accepts all five whichever it uses.
  return `WITH args AS (SELECT $1::date AS as_of, $2::text AS target_group, $3::float8 AS within_km, $4::boolean AS can_edit, $5::int AS year),
  figures AS (
    SELECT DISTINCT ON (n.unit_id) n.unit_id, n.count, n.year, n.qualifier
      FROM need_statistic n
     WHERE n.year <= $5
       AND CASE WHEN $2::text IS NULL THEN n.category = 'TOTAL_NEEDING_ASSISTANCE' ELSE n.category = 'TARGET_GROUP' AND n.target_group = $2 END
     ORDER BY n.unit_id, n.year DESC, n.id DESC
  ), lineage AS (
    SELECT u.id AS unit_id, u.id AS source_id FROM admin_unit u WHERE ${units.where}
    UNION ALL
    SELECT u.id, x.predecessor_id FROM admin_unit u JOIN admin_unit_succession x ON x.successor_id = u.id WHERE ${units.where}
  ), sources AS (
    -- Only units with a figure somewhere in their lineage: the others' need is unknown.
    SELECT l.unit_id, json_agg(json_build_object('code', s.code, 'name', s.name, 'own', s.id = l.unit_id, 'year', fg.year, 'count', fg.count,
                                                 'qualifier', fg.qualifier) ORDER BY s.id <> l.unit_id, s.code) AS need_sources
      FROM lineage l JOIN admin_unit s ON s.id = l.source_id LEFT JOIN figures fg ON fg.unit_id = l.source_id
     GROUP BY l.unit_id HAVING count(fg.count) > 0
  ), agg AS (
    SELECT p.${units.key} AS unit_id, count(*) AS facilities, count(p.reported_on) AS reporting, sum(p.places) AS places,
           sum(CASE WHEN $2::text IS NULL OR p.residents_by_group IS NULL THEN p.residents
                    ELSE coalesce((p.residents_by_group ->> $2)::int, 0) END) AS residents,
           sum(p.community_clients) AS community_clients,
           count(*) FILTER (WHERE p.accessible) AS accessible, count(p.accessible) AS accessible_known,
           count(*) FILTER (WHERE p.provides_social_work) AS social_work, count(p.provides_social_work) AS social_work_known,
           count(p.short_carer) AS staffing_assessed,
           count(*) FILTER (WHERE p.short_social_worker + p.short_psychologist + p.short_carer + p.short_medical + p.short_nutrition
                                  + p.short_rehabilitation + p.short_teacher > 0) AS short_staffed,
           sum(p.short_social_worker) AS "SOCIAL_WORKER", sum(p.short_psychologist) AS "PSYCHOLOGIST", sum(p.short_carer) AS "CARER",
           sum(p.short_medical) AS "MEDICAL", sum(p.short_nutrition) AS "NUTRITION", sum(p.short_rehabilitation) AS "REHABILITATION",
           sum(p.short_teacher) AS "TEACHER"
      FROM facility_operating_period p
     WHERE ${LIVE('p')} ${privacy}
     GROUP BY 1
  ), ${reach}
  SELECT ${unitColumns('u', 'unit')}, src.need_sources,
         a.facilities, a.reporting, a.places, a.residents, a.community_clients, a.accessible, a.accessible_known, a.social_work,
         a.social_work_known, a.staffing_assessed, a.short_staffed, a."SOCIAL_WORKER", a."PSYCHOLOGIST", a."CARER", a."MEDICAL",
         a."NUTRITION", a."REHABILITATION", a."TEACHER", r.communes, r.beyond, r.nearest_km
    FROM admin_unit u
    LEFT JOIN sources src ON src.unit_id = u.id
    LEFT JOIN agg a ON a.unit_id = u.id
    LEFT JOIN reach r ON r.unit_id = u.id
   WHERE ${units.where}
   ORDER BY u.code`;
}
