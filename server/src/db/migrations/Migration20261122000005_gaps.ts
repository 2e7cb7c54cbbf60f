import { Migration } from '@mikro-orm/migrations';

/**
 * Gap analysis: the Circular 33 staffing shortfall of a capacity report as an SQL function, and
 * `facility_operating_period`, a table derived from the registry (maintained by triggers on every
 * write) with one row per facility and period during which it was OPERATING, carrying what the gap
 * analysis sums. It is the registry as of a date (server/src/modules/planning/registry-as-of.ts)
 * precomputed for every date: the periods of a facility are cut at its opening and closing dates,
 * its status changes and its capacity reports, and the state of each period is that of
 * `facilityStateAsOf` on its first day (a test holds the two to the same answers).
 */
export class Migration20261122000005Gaps extends Migration {
  override async up(): Promise<void> {
    // Mirrors server/src/modules/gap/gap.staffing.ts (a test compares them on many reports).
    // Result per role, in the order SOCIAL_WORKER, PSYCHOLOGIST, CARER, MEDICAL, NUTRITION,
    // REHABILITATION, TEACHER; null when no staff role or no residents are known.
    this.addSql(`CREATE FUNCTION hub_staffing_shortfall(residents int, by_group jsonb, staff jsonb) RETURNS int[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      WITH g AS (
        SELECT e ->> 'group' AS grp, (e ->> 'count')::int AS n,
               coalesce(e ->> 'careLevel', CASE e ->> 'group'
                 WHEN 'ELDERLY' THEN 'SELF_CARING' WHEN 'PERSONS_WITH_DISABILITIES' THEN 'SELF_CARING'
                 WHEN 'CHILDREN' THEN 'CHILD_6_TO_16' WHEN 'MENTAL_ILLNESS' THEN 'MENTAL_STABLE'
                 WHEN 'HOMELESS_WANDERING' THEN 'WANDERER_AWAITING_RETURN' END) AS lvl
          FROM jsonb_array_elements(coalesce(by_group, '[]'::jsonb)) AS e
      ), need AS (
        SELECT coalesce(residents, (SELECT sum(n) FROM g)) AS total,
               -- carers in sixtieths of a carer per resident (every ratio divides 60)
               (SELECT coalesce(sum(n * CASE lvl
                  WHEN 'SELF_CARING' THEN 6 WHEN 'DEPENDENT' THEN 15 WHEN 'INFANT_UNDER_18_MONTHS' THEN 60
                  WHEN 'CHILD_18_MONTHS_TO_6' THEN 10 WHEN 'CHILD_6_TO_16' THEN 6 WHEN 'CHILD_WITH_DISABILITY_UNDER_6' THEN 15
                  WHEN 'CHILD_WITH_DISABILITY_6_TO_16' THEN 12 WHEN 'MENTAL_ESPECIALLY_SEVERE' THEN 30 WHEN 'MENTAL_SEVERE' THEN 15
                  WHEN 'MENTAL_STABLE' THEN 6 WHEN 'WANDERER_AWAITING_RETURN' THEN 5 ELSE 0 END), 0) FROM g) AS carer60,
               (SELECT coalesce(sum(n), 0) FROM g
                 WHERE grp = 'PERSONS_WITH_DISABILITIES' OR lvl IN ('CHILD_WITH_DISABILITY_UNDER_6', 'CHILD_WITH_DISABILITY_6_TO_16')) AS rehab,
               (SELECT coalesce(sum(n), 0) FROM g WHERE lvl IN ('CHILD_6_TO_16', 'CHILD_WITH_DISABILITY_6_TO_16')) AS pupils
      ), have AS (
        SELECT count(*) AS roles,
               coalesce(sum((e ->> 'count')::int) FILTER (WHERE e ->> 'role' = 'SOCIAL_WORKER'), 0) AS sw,
               coalesce(sum((e ->> 'count')::int) FILTER (WHERE e ->> 'role' = 'PSYCHOLOGIST'), 0) AS psy,
               coalesce(sum((e ->> 'count')::int) FILTER (WHERE e ->> 'role' = 'CARER'), 0) AS car,
               coalesce(sum((e ->> 'count')::int) FILTER (WHERE e ->> 'role' = 'MEDICAL'), 0) AS med,
               coalesce(sum((e ->> 'count')::int) FILTER (WHERE e ->> 'role' = 'NUTRITION'), 0) AS nut,
               coalesce(sum((e ->> 'count')::int) FILTER (WHERE e ->> 'role' = 'REHABILITATION'), 0) AS reh,
               coalesce(sum((e ->> 'count')::int) FILTER (WHERE e ->> 'role' = 'TEACHER'), 0) AS tea
          FROM jsonb_array_elements(coalesce(staff, '[]'::jsonb)) AS e
      )
      SELECT CASE
        WHEN have.roles = 0 OR need.total IS NULL THEN NULL
        WHEN need.total = 0 THEN ARRAY[0, 0, 0, 0, 0, 0, 0]
        ELSE ARRAY[
          greatest(0, (need.total + 99) / 100 - have.sw), greatest(0, 1 - have.psy), greatest(0, (need.carer60 + 59) / 60 - have.car),
          greatest(0, (need.total + 49) / 50 - have.med), greatest(0, (need.total + 19) / 20 - have.nut),
          greatest(0, (need.rehab + 4) / 5 - have.reh), greatest(0, (need.pupils + 8) / 9 - have.tea)]::int[]
        END
      FROM need, have
    $$`);

    this.addSql(`CREATE TABLE facility_operating_period (
      facility_id int NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
      valid_from date NOT NULL,
      valid_to date,
      province_id int,
      legacy_province_id int,
      commune_id int,
      is_private boolean NOT NULL,
      accessible boolean,
      provides_social_work boolean,
      target_groups text[] NOT NULL,
      lat double precision NOT NULL,
      lng double precision NOT NULL,
      commune_km double precision,
      reported_on date,
      places int,
      residents int,
      community_clients int,
      residents_by_group jsonb,
      short_social_worker int,
      short_psychologist int,
      short_carer int,
      short_medical int,
      short_nutrition int,
      short_rehabilitation int,
      short_teacher int,
      PRIMARY KEY (facility_id, valid_from),
      CHECK (valid_to IS NULL OR valid_to > valid_from)
    )`);
    this.addSql(`COMMENT ON TABLE facility_operating_period IS 'Derived (triggers keep it): each facility''s periods [valid_from, valid_to) of OPERATING status with its figures; province_id falls back on the successor of the legacy province; commune_km is the distance to the commune''s point; residents_by_group maps group to residents (null without a breakdown); short_* is the Circular 33 shortfall per role (null when it cannot be assessed)'`);

    // The state of a period is that of facilityStateAsOf(valid_from); only OPERATING periods are kept.
    // Refreshes of a facility take turns (its row lock): a second writer waits, then sees the first's rows.
    this.addSql(`CREATE FUNCTION hub_refresh_operating_periods(ids int[]) RETURNS void LANGUAGE sql AS $$
      SELECT 1 FROM facility WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
      DELETE FROM facility_operating_period WHERE facility_id = ANY (ids);
      INSERT INTO facility_operating_period (facility_id, valid_from, valid_to, province_id, legacy_province_id, commune_id, is_private,
        accessible, provides_social_work, target_groups, lat, lng, commune_km, reported_on, places, residents, community_clients,
        residents_by_group, short_social_worker, short_psychologist, short_carer, short_medical, short_nutrition, short_rehabilitation,
        short_teacher)
      WITH cuts AS (
        SELECT DISTINCT f.id, x.d
          FROM facility f
          CROSS JOIN LATERAL (
            SELECT '-infinity'::date UNION ALL SELECT f.opened_on UNION ALL SELECT f.closed_on
            UNION ALL SELECT s.effective_on FROM facility_status_change s WHERE s.facility_id = f.id
            UNION ALL SELECT c.reported_on FROM capacity_report c WHERE c.facility_id = f.id
          ) AS x (d)
         WHERE f.id = ANY (ids) AND x.d IS NOT NULL
      ), periods AS (
        SELECT id, d AS valid_from, lead(d) OVER (PARTITION BY id ORDER BY d) AS valid_to FROM cuts
      )
      SELECT f.id, p.valid_from, p.valid_to,
             coalesce(f.province_id, (SELECT min(s.successor_id) FROM admin_unit_succession s
                                       WHERE s.predecessor_id = f.legacy_province_id HAVING count(*) = 1)),
             f.legacy_province_id, f.commune_id, f.is_private,
             f.accessible, f.provides_social_work, f.target_groups, f.lat, f.lng,
             CASE WHEN cu.lat IS NOT NULL AND cu.lng IS NOT NULL
                  THEN earth_distance(ll_to_earth(cu.lat, cu.lng), ll_to_earth(f.lat, f.lng)) / 1000 END,
             cap.reported_on, cap.places, cap.residents, cap.community_clients,
             (SELECT jsonb_object_agg(x.grp, x.n) FROM (
                SELECT e ->> 'group' AS grp, sum((e ->> 'count')::int) AS n FROM jsonb_array_elements(cap.residents_by_group) AS e GROUP BY 1
              ) AS x),
             sf.a[1], sf.a[2], sf.a[3], sf.a[4], sf.a[5], sf.a[6], sf.a[7]
        FROM periods p
        JOIN facility f ON f.id = p.id
        LEFT JOIN admin_unit cu ON cu.id = f.commune_id
        LEFT JOIN LATERAL (
          SELECT s.status FROM facility_status_change s
           WHERE s.facility_id = f.id AND s.effective_on <= p.valid_from ORDER BY s.effective_on DESC, s.id DESC LIMIT 1
        ) sc ON true
        LEFT JOIN LATERAL (
          SELECT c.reported_on, c.places, c.residents, c.community_clients, c.residents_by_group, c.staff_by_role
            FROM capacity_report c
           WHERE c.facility_id = f.id AND c.reported_on <= p.valid_from ORDER BY c.reported_on DESC, c.id DESC LIMIT 1
        ) cap ON true
        -- OFFSET 0 keeps one call per period (pulled up, the call would be repeated for each of the 7 columns).
        LEFT JOIN LATERAL (SELECT hub_staffing_shortfall(cap.residents, cap.residents_by_group, cap.staff_by_role) AS a OFFSET 0) sf ON true
       WHERE (sc.status IS NOT NULL OR NOT EXISTS (SELECT 1 FROM facility_status_change s2 WHERE s2.facility_id = f.id))
         AND CASE
               WHEN f.closed_on IS NOT NULL AND f.closed_on <= p.valid_from THEN 'CLOSED'
               WHEN sc.status IS NOT NULL THEN sc.status
               WHEN f.opened_on > p.valid_from THEN 'PLANNED'
               ELSE f.status
             END = 'OPERATING';
    $$`);

    // Statement-level triggers: one refresh per statement, whatever the number of rows it wrote.
    this.addSql(`CREATE FUNCTION hub_operating_periods_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'facility' THEN
          PERFORM hub_refresh_operating_periods(ARRAY(SELECT id FROM changed));
        ELSIF TG_TABLE_NAME = 'admin_unit' THEN
          PERFORM hub_refresh_operating_periods(ARRAY(
            SELECT f.id FROM facility f JOIN changed n ON n.id = f.commune_id JOIN before o ON o.id = n.id
             WHERE n.lat IS DISTINCT FROM o.lat OR n.lng IS DISTINCT FROM o.lng));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM hub_refresh_operating_periods(ARRAY(SELECT facility_id FROM changed UNION SELECT facility_id FROM before));
        ELSE
          PERFORM hub_refresh_operating_periods(ARRAY(SELECT DISTINCT facility_id FROM changed));
        END IF;
        RETURN NULL;
      END
    $$`);
    const triggers: [table: string, alias: string][] = [
      ['facility', 'facility'], ['capacity_report', 'capacity'], ['facility_status_change', 'status_change'],
    ];
    for (const [table, alias] of triggers) {
      this.addSql(`CREATE TRIGGER ${alias}_periods_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION hub_operating_periods_trigger()`);
      this.addSql(`CREATE TRIGGER ${alias}_periods_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS before NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION hub_operating_periods_trigger()`);
    }
    // Deleting a facility cascades to its periods; deleted reports and status changes cut differently.
    for (const [table, alias] of triggers.slice(1)) {
      this.addSql(`CREATE TRIGGER ${alias}_periods_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION hub_operating_periods_trigger()`);
    }
    // A commune's point moved: the distances of its facilities to it change.
    this.addSql(`CREATE TRIGGER admin_unit_periods_upd AFTER UPDATE ON admin_unit REFERENCING OLD TABLE AS before NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION hub_operating_periods_trigger()`);

    this.addSql(`SELECT hub_refresh_operating_periods(ARRAY(SELECT id FROM facility))`);
    // Indexes after the first fill (faster than growing them row by row).
    // Reach: nearest facilities (KNN), and a commune's own facilities by distance to its point.
    this.addSql(`CREATE INDEX facility_operating_period_earth_idx ON facility_operating_period USING gist (ll_to_earth(lat, lng))`);
    this.addSql(`CREATE INDEX facility_operating_period_commune_idx ON facility_operating_period (commune_id, commune_km)
      INCLUDE (valid_from, valid_to, is_private, target_groups)`);
    this.addSql(`ANALYZE facility_operating_period`);
  }
}
