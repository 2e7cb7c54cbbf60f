/**
 * Where a point of Vietnam can lie: the mainland with its coastal islands, and the Hoàng Sa
 * (Paracel) and Trường Sa (Spratly) archipelagos, which are special zones of Đà Nẵng and Khánh Hòa.
 * Boxes, not borders: they catch swapped or mistyped coordinates, not a point a few km abroad.
 */
const AREAS = [
  { name: 'mainland and coastal islands', south: 8.1, north: 23.5, west: 102.1, east: 109.7 },
  { name: 'Hoàng Sa', south: 15.5, north: 17.3, west: 110.9, east: 113.1 },
  { name: 'Trường Sa', south: 6.5, north: 12.1, west: 111.4, east: 117.6 },
] as const;

/** True when (lat, lng) lies in Vietnam's mainland box or in the Hoàng Sa or Trường Sa boxes. */
export function insideVietnam(lat: number, lng: number): boolean {
  return AREAS.some((a) => lat >= a.south && lat <= a.north && lng >= a.west && lng <= a.east);
}

/** The envelope of all of them, for polygon vertices (coastal units reach out to sea). */
export function insideVietnamEnvelope(lat: number, lng: number): boolean {
  return lat >= 6 && lat <= 24 && lng >= 101.5 && lng <= 118;
}

export const VIETNAM_AREAS_TEXT = 'Vietnam (mainland 8.1-23.5° N, 102.1-109.7° E; Hoàng Sa; Trường Sa)';
