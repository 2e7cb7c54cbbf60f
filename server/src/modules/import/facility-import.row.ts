import type {
  Confidence, FacilityKind, FacilityStatus, LocationPrecision, Ownership, ServiceType, TargetGroup,
} from '../common/enums.js';
import { FieldErrors } from '../common/errors.js';
import { isInVietnam } from '../common/territory.js';
import * as validate from '../common/validate.js';
import { parseBoolean, parseDate, parseEnum, parseEnumList, parseNumber, type Parsed } from './cell.parsers.js';
import { ENUM_ALIASES, ENUM_VALUES, type FacilityColumn } from './facility-import.columns.js';

/** What one line of a facility file gives; absent fields are not in the file (or their cell is empty). */
export interface FacilityValues {
  name?: string; nameEn?: string; kind?: FacilityKind; ownership?: Ownership; status?: FacilityStatus;
  openedOn?: string; closedOn?: string; provinceCode?: string; legacyProvinceCode?: string; communeCode?: string;
  address?: string; lat?: number; lng?: number; locationPrecision?: LocationPrecision; locationPrivate?: boolean;
  services?: ServiceType[]; targetGroups?: TargetGroup[]; providesSocialWorkServices?: boolean;
  licenceNumber?: string; licenceIssuedBy?: string; licenceIssuedOn?: string; phone?: string; email?: string; website?: string;
  sourceCitation?: string; sourceConfidence?: Confidence;
}

const asText = (cell: string): Parsed<string> => ({ ok: true, value: cell });
const pattern = (re: RegExp, what: string) => (cell: string): Parsed<string> =>
  re.test(cell) ? { ok: true, value: cell } : { ok: false, message: `"${cell}" is not ${what}` };

/** How each column's cell is read; text columns are checked afterwards with the API's own rules. */
const PARSERS: Record<Exclude<FacilityColumn, 'code'>, (cell: string) => Parsed<unknown>> = {
  name: asText,
  nameEn: asText,
  kind: (c) => parseEnum(c, ENUM_VALUES.kind, ENUM_ALIASES.kind),
  ownership: (c) => parseEnum(c, ENUM_VALUES.ownership, ENUM_ALIASES.ownership),
  status: (c) => parseEnum(c, ENUM_VALUES.status, ENUM_ALIASES.status),
  openedOn: parseDate,
  closedOn: parseDate,
  provinceCode: pattern(/^\d{2}$/, 'a 2-digit province code'),
  legacyProvinceCode: pattern(/^\d{2}$/, 'a 2-digit province code'),
  communeCode: pattern(/^\d{5}$/, 'a 5-digit commune code'),
  address: asText,
  lat: (c) => parseNumber(c, { min: -90, max: 90 }),
  lng: (c) => parseNumber(c, { min: -180, max: 180 }),
  locationPrecision: (c) => parseEnum(c, ENUM_VALUES.locationPrecision, ENUM_ALIASES.locationPrecision),
  locationPrivate: parseBoolean,
  services: (c) => parseEnumList(c, ENUM_VALUES.services),
  targetGroups: (c) => parseEnumList(c, ENUM_VALUES.targetGroups),
  providesSocialWorkServices: parseBoolean,
  licenceNumber: asText,
  licenceIssuedBy: asText,
  licenceIssuedOn: parseDate,
  phone: asText,
  email: asText,
  website: asText,
  sourceCitation: asText,
  sourceConfidence: (c) => parseEnum(c, ENUM_VALUES.sourceConfidence),
};

/** The checks createFacility and updateFacility apply (common/validate.ts), with the same limits. */
function checkLikeTheApi(v: FacilityValues, errors: FieldErrors): void {
  const limits: [keyof FacilityValues & FacilityColumn, number][] = [
    ['name', 300], ['nameEn', 300], ['address', 500], ['licenceNumber', 100], ['licenceIssuedBy', 300], ['phone', 20], ['email', 200],
    ['website', 500], ['sourceCitation', 1000],
  ];
  const texts = v as Record<string, string | undefined>;
  for (const [field, max] of limits) if (texts[field] !== undefined) texts[field] = validate.text(errors, field, texts[field], max) as string;
  validate.phone(errors, 'phone', v.phone);
  validate.email(errors, 'email', v.email);
  validate.website(errors, 'website', v.website);
  for (const field of ['openedOn', 'closedOn', 'licenceIssuedOn'] as const) validate.notFuture(errors, field, v[field]);
}

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
  const errors = new FieldErrors();
  checkLikeTheApi(v, errors);
  for (const e of errors.list) problem(e.path as FacilityColumn, e.message);
  if ((cells.lat === undefined) !== (cells.lng === undefined)) problem(cells.lat === undefined ? 'lat' : 'lng', 'lat and lng go together: give both or neither');
  else if (v.lat !== undefined && v.lng !== undefined && !isInVietnam(v.lat, v.lng)) {
    problem('lat', `${v.lat}, ${v.lng} does not lie in Vietnam (the Hoàng Sa and Trường Sa zones included)`);
  }
  return v;
}
