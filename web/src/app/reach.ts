import type { FacilityPoints } from '../api/index.js';
import type { FacilityKind } from '../api/types.js';

/** Positions of the points of one kind (the facilities that get a reach ring). */
export function reachRings(points: FacilityPoints, kind: FacilityKind): [number, number][] {
  const k = points.kinds.indexOf(kind);
  const out: [number, number][] = [];
  if (k === -1) return out;
  for (let i = 0; i < points.count; i++) if (points.kind[i] === k) out.push([points.lat[i], points.lng[i]]);
  return out;
}
