import { Migration } from '@mikro-orm/migrations';

/**
 * Cheaper upkeep of `facility_operating_period` (migration 000005), same periods:
 * - `hub_staffing_shortfall` in PL/pgSQL: the SQL version paid an executor start-up for its CTE and
 *   four subqueries on every call (about 40-60 µs); one pass over each array costs about 6 µs.
 * - The refresh calls it only for periods with a capacity report (without one its answer is null).
 * - The triggers skip rows whose update left every column the periods read unchanged (a report's
 *   `places` copied onto its facility, an edit of a name or a phone number).
 * - A bulk writer may defer the refresh of its transaction to one call per batch
 *   (`hub_defer_operating_periods()`, then `hub_refresh_pending_operating_periods()` before commit;
 *   server/src/modules/gap/operating-periods.ts), instead of once per statement.
 */
export class Migration20261122000006OperatingPeriodsCost extends Migration {
  override async up(): Promise<void> {
    // Same answers as the SQL version of 000005 (and server/src/modules/gap/gap.staffing.ts, which a
    // test compares on many reports): the same integer types and arithmetic, counts read as int,
    // elements without a count left out of the sums, a staff count read only for the normed roles.
    this.addSql(`CREATE OR REPLACE FUNCTION hub_staffing_shortfall(residents int, by_group jsonb, staff jsonb) RETURNS int[]
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        e jsonb; grp text; lvl text; n int;
        listed bigint; carer60 bigint := 0; rehab bigint := 0; pupils bigint := 0; total bigint;
        roles bigint := 0; sw bigint := 0; psy bigint := 0; car bigint := 0; med bigint := 0; nut bigint := 0; reh bigint := 0; tea bigint := 0;
      BEGIN
        FOR i IN 0 .. jsonb_array_length(coalesce(staff, '[]'::jsonb)) - 1 LOOP
          e := staff -> i;
          roles := roles + 1;
          CASE e ->> 'role'
            WHEN 'SOCIAL_WORKER' THEN sw := sw + coalesce((e ->> 'count')::int, 0);
            WHEN 'PSYCHOLOGIST' THEN psy := psy + coalesce((e ->> 'count')::int, 0);
            WHEN 'CARER' THEN car := car + coalesce((e ->> 'count')::int, 0);
            WHEN 'MEDICAL' THEN med := med + coalesce((e ->> 'count')::int, 0);
            WHEN 'NUTRITION' THEN nut := nut + coalesce((e ->> 'count')::int, 0);
            WHEN 'REHABILITATION' THEN reh := reh + coalesce((e ->> 'count')::int, 0);
            WHEN 'TEACHER' THEN tea := tea + coalesce((e ->> 'count')::int, 0);
            ELSE NULL;
          END CASE;
        END LOOP;
        FOR i IN 0 .. jsonb_array_length(coalesce(by_group, '[]'::jsonb)) - 1 LOOP
          e := by_group -> i;
          grp := e ->> 'group';
          n := (e ->> 'count')::int;
          lvl := coalesce(e ->> 'careLevel', CASE grp
            WHEN 'ELDERLY' THEN 'SELF_CARING' WHEN 'PERSONS_WITH_DISABILITIES' THEN 'SELF_CARING'
            WHEN 'CHILDREN' THEN 'CHILD_6_TO_16' WHEN 'MENTAL_ILLNESS' THEN 'MENTAL_STABLE'
            WHEN 'HOMELESS_WANDERING' THEN 'WANDERER_AWAITING_RETURN' END);
          CONTINUE WHEN n IS NULL;
          listed := coalesce(listed, 0) + n;
          -- carers in sixtieths of a carer per resident (every ratio divides 60)
          carer60 := carer60 + n * CASE lvl
            WHEN 'SELF_CARING' THEN 6 WHEN 'DEPENDENT' THEN 15 WHEN 'INFANT_UNDER_18_MONTHS' THEN 60
            WHEN 'CHILD_18_MONTHS_TO_6' THEN 10 WHEN 'CHILD_6_TO_16' THEN 6 WHEN 'CHILD_WITH_DISABILITY_UNDER_6' THEN 15
            WHEN 'CHILD_WITH_DISABILITY_6_TO_16' THEN 12 WHEN 'MENTAL_ESPECIALLY_SEVERE' THEN 30 WHEN 'MENTAL_SEVERE' THEN 15
            WHEN 'MENTAL_STABLE' THEN 6 WHEN 'WANDERER_AWAITING_RETURN' THEN 5 ELSE 0 END;
          IF grp = 'PERSONS_WITH_DISABILITIES' OR lvl IN ('CHILD_WITH_DISABILITY_UNDER_6', 'CHILD_WITH_DISABILITY_6_TO_16') THEN
            rehab := rehab + n;
          END IF;
          IF lvl IN ('CHILD_6_TO_16', 'CHILD_WITH_DISABILITY_6_TO_16') THEN pupils := pupils + n; END IF;
        END LOOP;
        total := coalesce(residents, listed);
        IF roles = 0 OR total IS NULL THEN RETURN NULL; END IF;
        IF total = 0 THEN RETURN ARRAY[0, 0, 0, 0, 0, 0, 0]; END IF;
        RETURN ARRAY[
          greatest(0, (total + 99) / 100 - sw), greatest(0, 1 - psy), greatest(0, (carer60 + 59) / 60 - car),
          greatest(0, (total + 49) / 50 - med), greatest(0, (total + 19) / 20 - nut),
          greatest(0, (rehab + 4) / 5 - reh), greatest(0, (pupils + 8) / 9 - tea)]::int[];
      END $$`);

    // As in 000005, but the staffing norms and the residents by group are computed only for periods with a report.
    this.addSql(`CREATE OR REPLACE FUNCTION hub_refresh_operating_periods(ids int[]) RETURNS void LANGUAGE sql AS $$
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
             sf.by_group, sf.a[1], sf.a[2], sf.a[3], sf.a[4], sf.a[5], sf.a[6], sf.a[7]
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
        -- OFFSET 0 keeps one call per period (pulled up, the call would be repeated for each of the 7 columns);
        -- none without a report, where both answers are null.
        LEFT JOIN LATERAL (
          SELECT hub_staffing_shortfall(cap.residents, cap.residents_by_group, cap.staff_by_role) AS a,
                 (SELECT jsonb_object_agg(x.grp, x.n) FROM (
                    SELECT e ->> 'group' AS grp, sum((e ->> 'count')::int) AS n FROM jsonb_array_elements(cap.residents_by_group) AS e GROUP BY 1
                  ) AS x) AS by_group
           WHERE cap.reported_on IS NOT NULL OFFSET 0) sf ON true
       WHERE (sc.status IS NOT NULL OR NOT EXISTS (SELECT 1 FROM facility_status_change s2 WHERE s2.facility_id = f.id))
         AND CASE
               WHEN f.closed_on IS NOT NULL AND f.closed_on <= p.valid_from THEN 'CLOSED'
               WHEN sc.status IS NOT NULL THEN sc.status
               WHEN f.opened_on > p.valid_from THEN 'PLANNED'
               ELSE f.status
             END = 'OPERATING';
    $$`);


    // The facilities whose periods a statement may have changed. An update counts only where a column
    // the refresh reads changed: rows compared on those columns and their id (for reports and status
    // changes both ways, so a report moved to another facility counts for both). Deferred (see below),
    // the ids wait in the transaction's pending table instead of being refreshed at once.
    this.addSql(`CREATE OR REPLACE FUNCTION hub_operating_periods_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids int[];
      BEGIN
        IF TG_TABLE_NAME = 'facility' AND TG_OP = 'INSERT' THEN
          ids := ARRAY(SELECT id FROM changed);
        ELSIF TG_TABLE_NAME = 'facility' THEN
          ids := ARRAY(
            SELECT id FROM (
              SELECT id, opened_on, closed_on, status, province_id, legacy_province_id, commune_id, is_private, accessible,
                     provides_social_work, target_groups, lat, lng FROM changed
              EXCEPT
              SELECT id, opened_on, closed_on, status, province_id, legacy_province_id, commune_id, is_private, accessible,
                     provides_social_work, target_groups, lat, lng FROM before) AS d);
        ELSIF TG_TABLE_NAME = 'admin_unit' THEN
          ids := ARRAY(
            SELECT f.id FROM facility f JOIN changed n ON n.id = f.commune_id JOIN before o ON o.id = n.id
             WHERE n.lat IS DISTINCT FROM o.lat OR n.lng IS DISTINCT FROM o.lng);
        ELSIF TG_TABLE_NAME = 'capacity_report' AND TG_OP = 'UPDATE' THEN
          ids := ARRAY(
            SELECT facility_id FROM (
              (SELECT id, facility_id, reported_on, places, residents, community_clients, residents_by_group, staff_by_role FROM changed
               EXCEPT
               SELECT id, facility_id, reported_on, places, residents, community_clients, residents_by_group, staff_by_role FROM before)
              UNION
              (SELECT id, facility_id, reported_on, places, residents, community_clients, residents_by_group, staff_by_role FROM before
               EXCEPT
               SELECT id, facility_id, reported_on, places, residents, community_clients, residents_by_group, staff_by_role FROM changed)
            ) AS d GROUP BY facility_id);
        ELSIF TG_OP = 'UPDATE' THEN
          ids := ARRAY(
            SELECT facility_id FROM (
              (SELECT id, facility_id, status, effective_on FROM changed EXCEPT SELECT id, facility_id, status, effective_on FROM before)
              UNION
              (SELECT id, facility_id, status, effective_on FROM before EXCEPT SELECT id, facility_id, status, effective_on FROM changed)
            ) AS d GROUP BY facility_id);
        ELSE
          ids := ARRAY(SELECT DISTINCT facility_id FROM changed);
        END IF;
        IF cardinality(ids) = 0 THEN
          RETURN NULL;
        ELSIF current_setting('hub.operating_periods', true) = 'deferred' THEN
          INSERT INTO pg_temp.hub_pending_operating_periods SELECT unnest(ids) ON CONFLICT DO NOTHING;
        ELSE
          PERFORM hub_refresh_operating_periods(ids);
        END IF;
        RETURN NULL;
      END
    $$`);

    // Deferral, for bulk writers: one refresh per batch of statements instead of one per statement,
    // with the same function. Local to the transaction (the setting and the ON COMMIT DROP table);
    // the writer refreshes what is pending before it commits, and other transactions cannot see its
    // rows before then. Nothing else changes: the triggers of every other transaction refresh at once.
    this.addSql(`CREATE FUNCTION hub_defer_operating_periods() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        CREATE TEMP TABLE IF NOT EXISTS hub_pending_operating_periods (facility_id int PRIMARY KEY) ON COMMIT DROP;
        PERFORM set_config('hub.operating_periods', 'deferred', true);
      END
    $$`);
    // Refreshes the pending facilities, empties the list and returns how many there were; with done,
    // also ends the deferral (later statements of the transaction refresh at once again).
    this.addSql(`CREATE FUNCTION hub_refresh_pending_operating_periods(done boolean DEFAULT false) RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        ids int[] := '{}';
      BEGIN
        IF done THEN
          PERFORM set_config('hub.operating_periods', '', true);
        END IF;
        IF to_regclass('pg_temp.hub_pending_operating_periods') IS NOT NULL THEN
          WITH d AS (DELETE FROM pg_temp.hub_pending_operating_periods RETURNING facility_id)
          SELECT coalesce(array_agg(facility_id ORDER BY facility_id), '{}') INTO ids FROM d;
          IF cardinality(ids) > 0 THEN
            PERFORM hub_refresh_operating_periods(ids);
          END IF;
        END IF;
        RETURN cardinality(ids);
      END
    $$`);
  }
}
