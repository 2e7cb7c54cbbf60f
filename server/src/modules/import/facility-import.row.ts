import type {
  Confidence, FacilityKind, FacilityStatus, LocationPrecision, Ownership, ServiceType, TargetGroup,
} from '../common/enums.js';
import { parseBoolean, parseDate, parseEnum, parseEnumList, parseNumber, type Parsed } from './cell.parsers.js';
import { ENUM_ALIASES, ENUM_VALUES, type FacilityColumn } from './facility-import.columns.js';
import { insideVietnam, VIETNAM_AREAS_TEXT } from './vietnam.bounds.js';

/** What one line of a facility file gives; absent fields are not in the file (or their cell is empty). */
export interface FacilityValues {
  name?: string; nameEn?: string; kind?: FacilityKind; ownership?: Ownership; status?: FacilityStatus;
  openedOn?: string; closedOn?: string; provinceCode?: string; legacyProvinceCode?: string; communeCode?: string;
  address?: string; lat?: number; lng?: number; locationPrecision?: LocationPrecision; locationPrivate?: boolean;
  services?: ServiceType[]; targetGroups?: TargetGroup[]; providesSocialWorkServices?: boolean;
  licenceNumber?: string; licenceIssuedBy?: string; licenceIssuedOn?: string; phone?: string; email?: string; website?: string;
  sourceCitation?: string; sourceConfidence?: Confidence;
}

const text = (max: number) => (cell: string): Parsed<string> =>
  cell.length <= max ? { ok: true, value: cell } : { ok: false, message: `is longer than ${max} characters` };
const pattern = (re: RegExp, what: string) => (cell: string): Parsed<string> =>
  re.test(cell) ? { ok: true, value: cell } : { ok: false, message: `"${cell}" is not ${what}` };

/** How each column's cell is read. */
const PARSERS: Record<Exclude<FacilityColumn, 'code'>, (cell: string) => Parsed<unknown>> = {
  name: text(300),
  nameEn: text(300),
  kind: (c) => parseEnum(c, ENUM_VALUES.kind, ENUM_ALIASES.kind),
  ownership: (c) => parseEnum(c, ENUM_VALUES.ownership, ENUM_ALIASES.ownership),
  status: (c) => parseEnum(c, ENUM_VALUES.status, ENUM_ALIASES.status),
  openedOn: parseDate,
  closedOn: parseDate,
  provinceCode: pattern(/^\d{2}$/, 'a 2-digit province code'),
  legacyProvinceCode: pattern(/^\d{2}$/, 'a 2-digit province code'),
  communeCode: pattern(/^\d{5}$/, 'a 5-digit commune code'),
  address: text(500),
  lat: (c) => parseNumber(c, { min: -90, max: 90 }),
  lng: (c) => parseNumber(c, { min: -180, max: 180 }),
  locationPrecision: (c) => parseEnum(c, ENUM_VALUES.locationPrecision, ENUM_ALIASES.locationPrecision),
  locationPrivate: parseBoolean,
  services: (c) => parseEnumList(c, ENUM_VALUES.services),
  targetGroups: (c) => parseEnumList(c, ENUM_VALUES.targetGroups),
  providesSocialWorkServices: parseBoolean,
  licenceNumber: text(100),
  licenceIssuedBy: text(300),
  licenceIssuedOn: parseDate,
  phone: text(50),
  email: pattern(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'an e-mail address'),
  website: text(300),
  sourceCitation: text(1000),
  sourceConfidence: (c) => parseEnum(c, ENUM_VALUES.sourceConfidence),
};

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Reads the cells of one line; calls `problem` for each bad cell. Returns the values that parsed. */
export function readFacilityValues(cells: Partial<Record<FacilityColumn, string>>, problem: (field: FacilityColumn, message: string) => void): FacilityValues {
  const values: Record<string, unknown> = {};
  for (const [field, cell] of Object.entries(cells) as [FacilityColumn, string][]) {
    if (field === 'code') continue;
    const parsed = PARSERS[field](cell);
    if (parsed.ok) values[field] = parsed.value;
    else problem(field, parsed.message);
  }
  const v = values as FacilityValues;
  if ((cells.lat === undefined) !== (cells.lng === undefined)) problem(cells.lat === undefined ? 'lat' : 'lng', 'lat and lng go together: give both or neither');
  else if (v.lat !== undefined && v.lng !== undefined && !insideVietnam(v.lat, v.lng)) {
    problem('lat', `${v.lat}, ${v.lng} is not in ${VIETNAM_AREAS_TEXT}`);
  }
  return v;
}
