import L from '../leaflet.js';
import type { CommuneReach } from '../api/planning.types.js';

export interface ReachLayerOptions extends L.LayerOptions {
  /** Accessible name of a commune beyond reach. */
  communeLabel: (commune: CommuneReach) => string;
}

/** Above this many rings they are painted on a canvas (cheaper than SVG, but not in the DOM). */
const SVG_LIMIT = 2000;
const RING: L.CircleOptions = { className: 'reach-ring', color: '#7b3294', weight: 1.5, opacity: 0.8, fillColor: '#c2a5cf', fillOpacity: 0.25, interactive: false };
const BEYOND: L.CircleMarkerOptions = { radius: 5, color: '#fff', weight: 1.5, fillColor: '#d7191c', fillOpacity: 0.95 };

/**
 * Reach: a ring of N km around each facility given (`setRings`), and the communes farther than N
 * km from any of them (`setBeyond`), as red dots. Rings are drawn in their own pane under the
 * markers (`data-testid="reach-rings"` with `data-count` and `data-km`); on SVG each ring's path
 * has the class `reach-ring`. Commune dots carry `data-testid="beyond-<code>"`.
 */
export class ReachLayer extends L.Layer {
  declare options: ReachLayerOptions;
  private readonly rings = L.layerGroup();
  private readonly beyond = L.layerGroup();
  private readonly svg = L.svg({ pane: 'reach' });
  private readonly canvas = L.canvas({ pane: 'reach' });
  private ringInfo = { count: 0, km: 0 };

  constructor(options: ReachLayerOptions) {
    super(options);
    L.Util.setOptions(this, options);
  }

  override onAdd(map: L.Map): this {
    if (!map.getPane('reach')) {
      const pane = map.createPane('reach');
      pane.style.zIndex = '380';
      pane.style.pointerEvents = 'none';
      pane.dataset.testid = 'reach-rings';
    }
    map.addLayer(this.rings);
    map.addLayer(this.beyond);
    this.describe();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.removeLayer(this.rings);
    map.removeLayer(this.beyond);
    const pane = map.getPane('reach');
    if (pane) pane.dataset.count = '0';
    return this;
  }

  /** Rings of `km` around the given points (an empty list removes them). */
  setRings(points: L.LatLngExpression[], km: number): this {
    this.rings.clearLayers();
    const renderer = points.length > SVG_LIMIT ? this.canvas : this.svg;
    for (const p of points) {
      const ring = L.circle(p, { ...RING, radius: km * 1000, renderer });
      this.rings.addLayer(ring);
    }
    this.ringInfo = { count: points.length, km };
    this.describe();
    return this;
  }

  /** Marks the communes beyond reach (an empty list clears them). */
  setBeyond(communes: CommuneReach[]): this {
    this.beyond.clearLayers();
    for (const c of communes) {
      if (!c.unit.centroid) continue;
      const dot = L.circleMarker([c.unit.centroid.lat, c.unit.centroid.lng], { ...BEYOND, pane: 'overlayPane' });
      dot.bindTooltip(this.options.communeLabel(c), { direction: 'top' });
      this.beyond.addLayer(dot);
      const el = dot.getElement();
      el?.setAttribute('data-testid', `beyond-${c.unit.code}`);
      el?.setAttribute('aria-label', this.options.communeLabel(c));
    }
    return this;
  }

  private describe(): void {
    const pane = this._map?.getPane('reach');
    if (!pane) return;
    pane.dataset.count = String(this.ringInfo.count);
    pane.dataset.km = String(this.ringInfo.km);
  }
}
