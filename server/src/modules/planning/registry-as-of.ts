/**
 * The registry as it stood on a date, for planning figures (progress, gaps), in SQL.
 *
 * `facilityStateAsOf(p)` is the body of a CTE (`WITH state AS (...)`) with one row per facility that
 * existed on the date in parameter placeholder `p` (e.g. '$1'):
 * - status: the latest status change effective on or before the date; a facility whose recorded
 *   changes all come later did not exist yet (left out); one without any recorded change (seeded or
 *   imported) has its current status, PLANNED before its opening date, CLOSED from its closing date;
 * - capacity and staff: the latest capacity report dated on or before the date (nulls when none);
 * - accessibility and social-work provision: as currently recorded (no history is kept for them).
 * Private-location facilities are included (`is_private`): callers decide where they may count.
 */
export function facilityStateAsOf(p: string): string {
  return `
    SELECT f.id, f.kind, f.ownership, f.province_id, f.legacy_province_id, f.commune_id, f.lat, f.lng, f.is_private,
           f.accessible, f.provides_social_work, f.target_groups, f.services,
           CASE
             WHEN f.closed_on IS NOT NULL AND f.closed_on <= ${p}::date THEN 'CLOSED'
             WHEN sc.status IS NOT NULL THEN sc.status
             WHEN f.opened_on > ${p}::date THEN 'PLANNED'
             ELSE f.status
           END AS status,
           cap.reported_on, cap.places, cap.residents, cap.community_clients, cap.residents_by_group, cap.staff_by_role,
           cap.social_workers, cap.trained_social_workers
      FROM facility f
      LEFT JOIN LATERAL (
        SELECT s.status FROM facility_status_change s
         WHERE s.facility_id = f.id AND s.effective_on <= ${p}::date ORDER BY s.effective_on DESC, s.id DESC LIMIT 1
      ) sc ON true
      LEFT JOIN LATERAL (
        SELECT c.reported_on, c.places, c.residents, c.community_clients, c.residents_by_group, c.staff_by_role,
               c.social_workers, c.trained_social_workers
          FROM capacity_report c
         WHERE c.facility_id = f.id AND c.reported_on <= ${p}::date ORDER BY c.reported_on DESC, c.id DESC LIMIT 1
      ) cap ON true
     WHERE sc.status IS NOT NULL
        OR NOT EXISTS (SELECT 1 FROM facility_status_change s2 WHERE s2.facility_id = f.id)`;
}
