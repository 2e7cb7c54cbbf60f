import type { Queryable } from '../../db/sql.js';

/** Kinds Decree 103/2017 calls specialised (NEW_NON_PUBLIC_SPECIALISED_FACILITIES). */
export const SPECIALISED_KINDS = ['ELDERLY_CARE', 'CHILD_CARE', 'DISABILITY_CARE', 'MENTAL_HEALTH_CARE'] as const;

/**
 * One group of facilities with the same legacy and current province, kind, ownership and history
 * over the requested dates. Bit `i` of a vector refers to `dates[i]`. Rows of part FACILITIES count
 * facilities (each in exactly one row); rows of part CAPACITY sum the figures of capacity reports.
 */
export interface RegistryCell {
  part: 'FACILITIES' | 'CAPACITY';
  legacyProvinceId: number | null;
  provinceId: number | null;
  kind: string;
  ownership: string;
  /** Bit i: the facilities were OPERATING on dates[i]. */
  opvec: number;
  /** CAPACITY, bit i: the reports summed here were the facilities' latest on dates[i]. */
  capvec: number;
  /** FACILITIES, non-public specialised kinds only: year opened (earlier years folded into the year before the earliest plan start; 0 = unknown). */
  npsYear: number | null;
  /** FACILITIES, non-public specialised kinds only, bit i: opened on or before dates[i]. */
  openvec: number;
  facilities: number;
  accessible: number;
  accessUnknown: number;
  socialWork: number;
  noSocialWork: number;
  /** Sums and counts of known figures. */
  places: number;
  placesKnown: number;
  residents: number;
  residentsKnown: number;
  clients: number;
  clientsKnown: number;
}

/** Which facilities to read: those of some legacy provinces and of some current provinces; null = all. */
export interface CellFilter {
  legacyIds: number[];
  currentIds: number[];
}

/**
 * The registry on several dates in one statement, grouped into cells (a few thousand rows for
 * 100,000 facilities): one pass over facilities, one over capacity reports. Status on a date follows
 * the rules of registry-as-of.ts (dated status changes; without any, the current status, PLANNED
 * before the opening date, CLOSED from the closing date); capacity is the latest report dated on or
 * before the date; accessibility and social-work provision are as recorded. Private-location
 * facilities are included: cells only ever feed figures for a province or more.
 */
export async function findRegistryCells(db: Queryable, dates: readonly string[], filter: CellFilter | null, firstPlanYear: number): Promise<RegistryCell[]> {
  if (dates.length === 0 || dates.length > 30) throw new Error(`findRegistryCells: ${dates.length} dates (1 to 30)`);
  const values: unknown[] = [...dates, firstPlanYear - 1, [...SPECIALISED_KINDS]];
  const on = (i: number) => `$${i + 1}::date`;
  const foldYear = `$${dates.length + 1}::int`;
  const specialised = `$${dates.length + 2}::text[]`;
  const conditions: string[] = [];
  for (const [column, ids] of [['legacy_province_id', filter?.legacyIds], ['province_id', filter?.currentIds]] as const) {
    if (!ids?.length) continue;
    values.push(ids);
    conditions.push(`f.${column} = ANY($${values.length}::int[])`);
  }
  // Each list alone keeps an index range scan; an empty filter reads nothing.
  const inUnits = !filter ? 'true' : conditions.length ? `(${conditions.join(' OR ')})` : 'false';
  const bits = (expr: (i: number) => string) => dates.map((_, i) => `CASE WHEN ${expr(i)} THEN ${1 << i} ELSE 0 END`).join(' + ');
  const statusOn = (i: number) =>
    `(CASE WHEN f.closed_on <= ${on(i)} THEN 'CLOSED' WHEN sc.facility_id IS NOT NULL THEN sc.s${i} WHEN f.opened_on > ${on(i)} THEN 'PLANNED' ELSE f.status END)`;
  const opvec = bits((i) => `${statusOn(i)} = 'OPERATING'`);
  const nps = `f.ownership = 'NON_PUBLIC' AND f.kind = ANY(${specialised})`;
  const keys = 'f.legacy_province_id AS "legacyProvinceId", f.province_id AS "provinceId", f.kind, f.ownership';
  const sql = `
    WITH sc AS (
      SELECT s.facility_id,
             ${dates.map((_, i) => `(array_agg(s.status ORDER BY s.effective_on DESC, s.id DESC) FILTER (WHERE s.effective_on <= ${on(i)}))[1] AS s${i}`).join(',\n             ')}
        FROM facility_status_change s JOIN facility f ON f.id = s.facility_id
       WHERE ${inUnits}
       GROUP BY s.facility_id
    )
    SELECT 'FACILITIES' AS part, ${keys}, ${opvec} AS opvec, 0 AS capvec,
           CASE WHEN ${nps} THEN CASE WHEN f.opened_on IS NULL THEN 0 ELSE greatest(extract(year FROM f.opened_on)::int, ${foldYear}) END END AS "npsYear",
           CASE WHEN ${nps} THEN ${bits((i) => `f.opened_on <= ${on(i)}`)} ELSE 0 END AS openvec,
           count(*)::int AS facilities, count(*) FILTER (WHERE f.accessible)::int AS accessible,
           count(*) FILTER (WHERE f.accessible IS NULL)::int AS "accessUnknown",
           count(*) FILTER (WHERE f.provides_social_work)::int AS "socialWork",
           count(*) FILTER (WHERE NOT f.provides_social_work)::int AS "noSocialWork",
           0::float8 AS places, 0 AS "placesKnown", 0::float8 AS residents, 0 AS "residentsKnown", 0::float8 AS clients, 0 AS "clientsKnown"
      FROM facility f LEFT JOIN sc ON sc.facility_id = f.id
     WHERE ${inUnits}
     GROUP BY 2, 3, 4, 5, 6, 7, 8, 9
    UNION ALL
    SELECT 'CAPACITY', ${keys}, ${opvec}, c.capvec, NULL, 0, 0, 0, 0, 0, 0,
           coalesce(sum(c.places), 0)::float8, count(c.places)::int, coalesce(sum(c.residents), 0)::float8, count(c.residents)::int,
           coalesce(sum(c.community_clients), 0)::float8, count(c.community_clients)::int
      FROM (SELECT c.facility_id, c.places, c.residents, c.community_clients,
                   ${bits((i) => `c.reported_on <= ${on(i)} AND (c.next_on IS NULL OR c.next_on > ${on(i)})`)} AS capvec
              FROM (SELECT c.facility_id, c.reported_on, c.places, c.residents, c.community_clients,
                           lag(c.reported_on) OVER (PARTITION BY c.facility_id ORDER BY c.reported_on DESC, c.id DESC) AS next_on
                      FROM capacity_report c${filter ? ' JOIN facility f ON f.id = c.facility_id WHERE ' + inUnits : ''}) c) c
      JOIN facility f ON f.id = c.facility_id
      LEFT JOIN sc ON sc.facility_id = f.id
     WHERE c.capvec <> 0 AND ${inUnits}
     GROUP BY 2, 3, 4, 5, 6, 7`;
  const res = await db.query(sql, values);
  return res.rows;
}
