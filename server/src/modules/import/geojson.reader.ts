import type { ImportProblem } from './import.report.js';

/** A feature of a boundary file: its unit code and its geometry, checked. */
export interface BoundaryFeature {
  feature: number;
  code: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  unitId: number;
}

/** Parses a GeoJSON FeatureCollection of Polygon/MultiPolygon features coded by `properties.code` or `id`. */
export function readBoundaryFeatures(text: string, problems: ImportProblem[]): { features: BoundaryFeature[]; total: number } {
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    const line = at === undefined ? undefined : text.slice(0, Number(at)).split('\n').length;
    problems.push({ line, field: 'JSON', message: `not valid JSON (${(error as Error).message})` });
    return { features: [], total: 0 };
  }
  if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    problems.push({ field: 'type', message: 'the file is not a GeoJSON FeatureCollection' });
    return { features: [], total: 0 };
  }
  const features: BoundaryFeature[] = [];
  const seen = new Map<string, number>();
  doc.features.forEach((f: any, i: number) => {
    const n = i + 1;
    const add = (field: string, message: string) => problems.push({ feature: n, field: `features[${i}].${field}`, message });
    const raw = f?.properties?.code ?? f?.id;
    const code = typeof raw === 'number' ? String(raw) : raw;
    if (typeof code !== 'string' || code.trim() === '') return add('properties.code', 'is missing (neither properties.code nor id is set)');
    if (seen.has(code)) return add('properties.code', `${code} is already feature ${seen.get(code)}`);
    seen.set(code, n);
    const geometry = f?.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return add('geometry.type', `must be Polygon or MultiPolygon, got ${geometry?.type ?? 'nothing'}`);
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const problem = checkPolygons(polygons);
    if (problem) return add('geometry.coordinates', problem);
    features.push({ feature: n, code, geometry: { type: geometry.type, coordinates: geometry.coordinates }, unitId: 0 });
  });
  return { features, total: doc.features.length };
}

/** The first thing wrong with a list of polygons (rings of [lng, lat] positions), or null. */
function checkPolygons(polygons: unknown): string | null {
  if (!Array.isArray(polygons) || polygons.length === 0) return 'has no polygon';
  for (const rings of polygons) {
    if (!Array.isArray(rings) || rings.length === 0) return 'has a polygon without rings';
    for (const ring of rings) {
      if (!Array.isArray(ring) || ring.length < 4) return 'has a ring of fewer than 4 positions';
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') return `has a position that is not [lng, lat]: ${JSON.stringify(p)}`;
        if (!insideEnvelope(p[1], p[0])) return `has a position outside Vietnam: [${p[0]}, ${p[1]}] (longitude first)`;
      }
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (a[0] !== b[0] || a[1] !== b[1]) return 'has a ring that is not closed (first and last positions differ)';
    }
  }
  return null;
}

/**
 * A sanity box around Vietnam and its seas for polygon vertices (catches swapped or foreign
 * coordinates); points of facilities and communes are checked against the territory itself.
 */
function insideEnvelope(lat: number, lng: number): boolean {
  return lat >= 6 && lat <= 24 && lng >= 101.5 && lng <= 118;
}
