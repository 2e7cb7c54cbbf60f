import L from '../leaflet.js';

/**
 * Positions for markers that would sit on one another (several facilities placed at the same
 * approximate point): those sharing a pixel are spread on a small circle around it, as
 * markercluster's spiderfy does. Returns one position per input, in order.
 */
export function spreadOverlapping(map: L.Map, positions: L.LatLng[], radiusPx = 22): L.LatLng[] {
  const groups = new Map<string, number[]>();
  const pixels = positions.map((ll) => map.project(ll));
  pixels.forEach((p, i) => {
    const key = `${Math.round(p.x)}:${Math.round(p.y)}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const out = positions.slice();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const r = radiusPx * Math.max(1, list.length / 6);
    list.forEach((i, k) => {
      const angle = (2 * Math.PI * k) / list.length - Math.PI / 2;
      out[i] = map.unproject(pixels[i].add(L.point(r * Math.cos(angle), r * Math.sin(angle))));
    });
  }
  return out;
}
