import L from '../leaflet.js';
import type { I18n } from '../i18n/index.js';
import type { FacilityPoint } from '../api/points.js';
import type { FacilityName } from '../layers/FacilityLayer.js';
import { BoundaryLayer, FacilityLayer, NearPointLayer, OsmTileLayer, ProvincePointsLayer } from '../layers/index.js';
import { LegendControl, ZoomControl, facilityName } from '../controls/index.js';
import type { MapView } from '../state/index.js';

/** Vietnam with the Hoàng Sa and Trường Sa archipelagos. */
export const VIETNAM_BOUNDS = L.latLngBounds([8.2, 102.1], [23.4, 114.6]);

export interface HubMapLayers {
  tiles: OsmTileLayer;
  boundaries: BoundaryLayer;
  provinces: ProvincePointsLayer;
  facilities: FacilityLayer;
  nearPoint: NearPointLayer;
}

/** The Leaflet map with its layers and map controls (no data yet: the app feeds the layers). */
export function createMap(container: HTMLElement, i18n: I18n, view: MapView | null): { map: L.Map; layers: HubMapLayers; legend: LegendControl } {
  const map = L.map(container, { zoomControl: false, minZoom: 4, maxZoom: 18, keyboard: true, zoomSnap: 0.5 });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" rel="noopener" target="_blank">Leaflet</a>');
  const attribution = map.attributionControl.getContainer();
  attribution?.setAttribute('tabindex', '0'); // folded to one line on phones: focus unfolds it
  attribution?.setAttribute('data-testid', 'attribution');
  if (view) map.setView([view.lat, view.lng], view.zoom);
  else map.fitBounds(VIETNAM_BOUNDS, { padding: [8, 8] });
  new ZoomControl(i18n).addTo(map);
  const legend = new LegendControl(i18n).addTo(map);
  const t = i18n.t.bind(i18n);
  const layers: HubMapLayers = {
    tiles: new OsmTileLayer({ attributionText: t('attr.osm') }),
    boundaries: new BoundaryLayer(),
    provinces: new ProvincePointsLayer({ islandLabels: { hoangSa: t('islands.hoangSa'), truongSa: t('islands.truongSa') } }),
    facilities: new FacilityLayer({
      markerLabel: (p, name) => markerLabel(p, name, i18n),
      clusterLabel: (n) => t('cluster.label', { n }),
    }),
    nearPoint: new NearPointLayer({ label: t('near.point') }),
  };
  layers.provinces.setAttributionText(t('attr.provinces'));
  layers.facilities.setAttributionText(t('attr.facilities'));
  for (const layer of Object.values(layers)) map.addLayer(layer);
  layers.tiles.on('tilesavailable', () => {
    map.removeLayer(layers.provinces);
    layers.boundaries.setOverTiles(true);
  });
  return { map, layers, legend };
}

/** Re-labels the layers after a language switch. */
export function relabelMap(map: L.Map, layers: HubMapLayers, i18n: I18n): void {
  const t = i18n.t.bind(i18n);
  map.getContainer().setAttribute('aria-label', t('map.label'));
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t('app.skip');
  layers.tiles.setAttributionText(t('attr.osm'));
  layers.provinces.setAttributionText(t('attr.provinces'));
  layers.provinces.setIslandLabels({ hoangSa: t('islands.hoangSa'), truongSa: t('islands.truongSa') });
  layers.facilities.setAttributionText(t('attr.facilities'));
  layers.facilities.relabel();
  layers.nearPoint.setLabel(t('near.point'));
}

function markerLabel(p: FacilityPoint, name: FacilityName | null, i18n: I18n): string {
  const parts = name ? [facilityName(name, i18n.lang), i18n.labels.kind[p.kind]] : [i18n.labels.kind[p.kind]];
  if (p.precision === 'APPROXIMATE') parts.push(i18n.t('marker.approximate'));
  return parts.join(', ');
}
