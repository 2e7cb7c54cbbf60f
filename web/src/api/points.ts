import type { FacilityKind, LocationPrecision } from './types.js';

/** `FacilityPoints` as the API sends it: packed strings (see the schema's description). */
export interface PackedPoints {
  count: number;
  kinds: FacilityKind[];
  codes: string;
  lat: string;
  lng: string;
  kind: string;
  approximate: string;
}

/** The points unpacked: point i is `codes[i]` at (`lat[i]`, `lng[i]`), of kind `kinds[kind[i]]`. */
export interface FacilityPoints {
  count: number;
  codes: string[];
  lat: Float64Array;
  lng: Float64Array;
  kind: Uint8Array;
  approximate: Uint8Array;
  kinds: FacilityKind[];
}

/** One point, for layers that draw a few at a time. */
export interface FacilityPoint { code: string; lat: number; lng: number; kind: FacilityKind; precision: LocationPrecision }

/** Unpacks `FacilityPoints` (delta-encoded integer positions in units of 0.00001°). */
export function decodePoints(packed: PackedPoints): FacilityPoints {
  const n = packed.count;
  const codes = n ? packed.codes.split(',') : [];
  const lat = deltas(packed.lat, n);
  const lng = deltas(packed.lng, n);
  const kind = new Uint8Array(n);
  const approximate = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    kind[i] = parseInt(packed.kind[i], 36);
    approximate[i] = packed.approximate.charCodeAt(i) === 49 ? 1 : 0; // "1"
  }
  if (codes.length !== n || packed.kind.length !== n || packed.approximate.length !== n) throw new Error('facilityPoints: lists of different lengths');
  return { count: n, codes, lat, lng, kind, approximate, kinds: packed.kinds };
}

export function pointAt(points: FacilityPoints, i: number): FacilityPoint {
  return {
    code: points.codes[i], lat: points.lat[i], lng: points.lng[i], kind: points.kinds[points.kind[i]],
    precision: points.approximate[i] ? 'APPROXIMATE' : 'EXACT',
  };
}

function deltas(text: string, n: number): Float64Array {
  const out = new Float64Array(n);
  if (!n) return out;
  let value = 0;
  let i = 0;
  let start = 0;
  for (let p = 0; p <= text.length; p++) {
    if (p === text.length || text.charCodeAt(p) === 44) { // ","
      value += Number(text.slice(start, p));
      out[i++] = value / 1e5;
      start = p + 1;
    }
  }
  if (i !== n) throw new Error('facilityPoints: positions of a different count');
  return out;
}
