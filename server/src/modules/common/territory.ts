import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LandMask { step: number; lat0: number; lng0: number; rows: [number, number][][] }

let mask: LandMask | undefined;
function landMask(): LandMask {
  mask ??= JSON.parse(readFileSync(path.resolve('seeds/vietnam-land-mask.json'), 'utf8')) as LandMask;
  return mask;
}

/** Hoàng Sa (Paracel) and Trường Sa (Spratly) special zones, generously boxed: [south, north, west, east]. */
const ARCHIPELAGOS: [number, number, number, number][] = [
  [15.6, 17.3, 110.9, 113.0],
  [6.5, 12.2, 111.3, 117.9],
];

/**
 * True for a point on Vietnam's territory: the mainland and coastal islands (a 0.1° land mask
 * derived from the province polygons, dilated by about 11 km) or the Hoàng Sa and Trường Sa zones.
 */
export function isInVietnam(lat: number, lng: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return false;
  if (ARCHIPELAGOS.some(([s, n, w, e]) => lat >= s && lat <= n && lng >= w && lng <= e)) return true;
  const m = landMask();
  const row = Math.floor((lat - m.lat0) / m.step);
  const col = Math.floor((lng - m.lng0) / m.step);
  const runs = m.rows[row];
  return !!runs && runs.some(([from, to]) => col >= from && col < to);
}
