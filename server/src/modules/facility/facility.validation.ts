import type { FieldErrors } from '../common/errors.js';
import { isInVietnam } from '../common/territory.js';
import * as v from '../common/validate.js';
import type { CreateFacilityInput, UpdateFacilityInput } from './facility.input.js';

export const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

/**
 * Checks the shape of a create or update input (what needs no database); relation codes are
 * resolved and checked by the service. Text fields are trimmed in place.
 */
export function checkFacilityInput(errors: FieldErrors, input: CreateFacilityInput | UpdateFacilityInput, mode: 'create' | 'update'): void {
  const p = (f: string) => `input.${f}`;
  if (mode === 'update') for (const f of ['name', 'kind', 'ownership', 'location', 'source', 'code', 'status'] as const) v.notCleared(errors, p(f), input[f]);
  if (input.code != null && !CODE.test(input.code)) errors.add(p('code'), 'must be 1 to 50 letters, digits, dots, dashes or underscores');
  if (input.name !== undefined) input.name = v.text(errors, p('name'), input.name, 300) as string;
  input.nameEn = v.text(errors, p('nameEn'), input.nameEn, 300);
  input.address = v.text(errors, p('address'), input.address, 500);
  if (input.status === 'CLOSED') errors.add(p('status'), 'close a facility with closeFacility (it records the date and reason)');
  if (input.location) {
    const { lat, lng } = input.location;
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) errors.add(p('location.lat'), 'must be a latitude from -90 to 90');
    else if (!Number.isFinite(lng) || lng < -180 || lng > 180) errors.add(p('location.lng'), 'must be a longitude from -180 to 180');
    else if (!isInVietnam(lat, lng)) errors.add(p('location'), 'must lie in Vietnam (the Hoàng Sa and Trường Sa zones included)');
  }
  if (input.source) input.source.citation = v.text(errors, p('source.citation'), input.source.citation, 1000) as string;
  v.notFuture(errors, p('openedOn'), input.openedOn);
  v.unique(errors, p('accessibility.items'), input.accessibility?.items, (i) => i.item);
  v.notFuture(errors, p('accessibility.assessedOn'), input.accessibility?.assessedOn);
  if (input.licence) {
    input.licence.number = v.text(errors, p('licence.number'), input.licence.number, 100) as string;
    input.licence.issuedBy = v.text(errors, p('licence.issuedBy'), input.licence.issuedBy, 300);
    v.notFuture(errors, p('licence.issuedOn'), input.licence.issuedOn);
  }
  if (input.contact) {
    const c = input.contact;
    c.phone = v.text(errors, p('contact.phone'), c.phone, 20);
    c.email = v.text(errors, p('contact.email'), c.email, 200);
    c.website = v.text(errors, p('contact.website'), c.website, 500);
    v.phone(errors, p('contact.phone'), c.phone);
    v.email(errors, p('contact.email'), c.email);
    v.website(errors, p('contact.website'), c.website);
  }
  for (const f of ['provinceCode', 'communeCode', 'legacyProvinceCode'] as const) {
    if (input[f] != null && !/^\d{2,5}$/.test(input[f]!)) errors.add(p(f), 'must be a GSO code (2 to 5 digits)');
  }
  if (input.operatorId != null && !/^\d{1,9}$/.test(input.operatorId)) errors.add(p('operatorId'), 'is not an organisation id');
}
