import type { Queryable } from '../../db/sql.js';
import type {
  AccessibilityItemValue, Confidence, FacilityKind, FacilityStatus, LocationPrecision, Ownership, ServiceType, TargetGroup,
} from '../common/enums.js';
import { meetsMinimum } from './accessibility.js';

/** A facility as written to the `facility` table (ids of its relations already resolved). */
export interface FacilityRow {
  code: string;
  name: string;
  nameEn?: string | null;
  kind: FacilityKind;
  ownership: Ownership;
  status: FacilityStatus;
  openedOn?: string | null;
  closedOn?: string | null;
  operatorId?: number | null;
  provinceId?: number | null;
  legacyProvinceId?: number | null;
  communeId?: number | null;
  address?: string | null;
  lat: number;
  lng: number;
  locationPrecision: LocationPrecision;
  locationPrivate?: boolean;
  services?: ServiceType[];
  targetGroups?: TargetGroup[];
  accessibility?: AccessibilityItemValue[] | null;
  accessibilityAssessedOn?: string | null;
  providesSocialWorkServices?: boolean | null;
  licenceNumber?: string | null;
  licenceIssuedBy?: string | null;
  licenceIssuedOn?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  sourceCitation: string;
  sourceConfidence: Confidence;
  /**
   * The places of the facility's latest capacity report. Normally left out: insertCapacityReports
   * copies them; a writer that inserts the reports right after may set them here to save that update.
   */
  places?: number | null;
}

const COLUMNS = [
  'code', 'name', 'name_en', 'kind', 'ownership', 'status', 'opened_on', 'closed_on', 'operator_id', 'province_id',
  'legacy_province_id', 'commune_id', 'address', 'lat', 'lng', 'location_precision', 'location_private', 'services',
  'target_groups', 'accessibility', 'accessibility_assessed_on', 'accessible', 'provides_social_work', 'licence_number',
  'licence_issued_by', 'licence_issued_on', 'phone', 'email', 'website', 'source_citation', 'source_confidence', 'places',
] as const;

function values(r: FacilityRow): unknown[] {
  return [
    r.code, r.name, r.nameEn ?? null, r.kind, r.ownership, r.status, r.openedOn ?? null, r.closedOn ?? null, r.operatorId ?? null,
    r.provinceId ?? null, r.legacyProvinceId ?? null, r.communeId ?? null, r.address ?? null, r.lat, r.lng, r.locationPrecision,
    r.locationPrivate ?? false, r.services ?? [], r.targetGroups ?? [], r.accessibility ? JSON.stringify(r.accessibility) : null,
    r.accessibilityAssessedOn ?? null, meetsMinimum(r.accessibility), r.providesSocialWorkServices ?? null, r.licenceNumber ?? null,
    r.licenceIssuedBy ?? null, r.licenceIssuedOn ?? null, r.phone ?? null, r.email ?? null, r.website ?? null, r.sourceCitation,
    r.sourceConfidence, r.places ?? null,
  ];
}

/**
 * Inserts facilities in one statement per call; rows whose code exists are skipped (never
 * overwritten). Returns the ids of the inserted rows by code.
 */
export async function insertFacilities(db: Queryable, rows: FacilityRow[]): Promise<Map<string, number>> {
  const inserted = new Map<string, number>();
  if (rows.length === 0) return inserted;
  const params: unknown[] = [];
  const tuples = rows.map((r) => {
    const v = values(r);
    const base = params.length;
    params.push(...v);
    return `(${v.map((_, i) => `$${base + i + 1}`).join(', ')})`;
  });
  const res = await db.query(
    `INSERT INTO facility (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT (code) DO NOTHING RETURNING id, code`,
    params,
  );
  for (const row of res.rows) inserted.set(row.code, row.id);
  return inserted;
}
