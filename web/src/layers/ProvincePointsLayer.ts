import L from '../leaflet.js';
import type { Province } from '../api/types.js';
import { escapeHtml, swapAttribution } from './attribution.js';
import { SIDES, placeLabels, type Box } from './declutter.js';

export interface ProvincePointsOptions extends L.LayerOptions {
  /** Labels of the two archipelagos, always drawn (Hoàng Sa: Đà Nẵng; Trường Sa: Khánh Hòa). */
  islandLabels: { hoangSa: string; truongSa: string };
}

/** Where the two archipelagos' labels stand (approximate centres). */
const ISLANDS = { hoangSa: L.latLng(16.5, 112.0), truongSa: L.latLng(9.6, 113.4) };

/**
 * The offline base map: a dot and the name of each province's centre (beside its dot where it
 * hides neither another name nor a facility marker, else left out at that zoom), and the Hoàng Sa and Trường Sa archipelagos. Drawn in its own pane
 * below the markers; never catches clicks, so a click on it still asks for the nearest facilities.
 */
export class ProvincePointsLayer extends L.Layer {
  declare options: ProvincePointsOptions;
  private readonly group = L.layerGroup();
  private labels: L.Marker[] = [];
  private provinces: Province[] = [];
  private obstacles: L.LatLng[] = [];
  private attribution?: string;

  constructor(options: ProvincePointsOptions) {
    super(options);
    L.Util.setOptions(this, options);
  }

  override onAdd(map: L.Map): this {
    if (!map.getPane('provinces')) {
      const pane = map.createPane('provinces');
      pane.style.zIndex = '350';
      pane.dataset.testid = 'offline-base';
    }
    map.addLayer(this.group);
    this.draw();
    map.on('zoomend', this.declutter, this);
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('zoomend', this.declutter, this);
    map.removeLayer(this.group);
    return this;
  }

  override getAttribution(): string {
    return this.attribution ?? '';
  }

  /** Sets the attribution text (escaped here). */
  setAttributionText(text: string): this {
    this.attribution = swapAttribution(this._map, this.attribution, escapeHtml(text));
    return this;
  }

  setProvinces(provinces: Province[]): this {
    this.provinces = provinces;
    this.draw();
    return this;
  }

  /** Positions of the facility markers, which the names keep clear of. */
  setObstacles(points: L.LatLngExpression[]): this {
    this.obstacles = points.map((p) => L.latLng(p));
    this.declutter();
    return this;
  }

  setIslandLabels(labels: ProvincePointsOptions['islandLabels']): this {
    this.options.islandLabels = labels;
    this.draw();
    return this;
  }

  private draw(): void {
    this.group.clearLayers();
    const islands = [
      this.point(ISLANDS.hoangSa, this.options.islandLabels.hoangSa, true),
      this.point(ISLANDS.truongSa, this.options.islandLabels.truongSa, true),
    ];
    this.labels = this.provinces.filter((p) => p.centroid)
      .map((p) => this.point([p.centroid!.lat, p.centroid!.lng], p.name, false));
    for (const marker of [...islands, ...this.labels]) this.group.addLayer(marker);
    this.declutter();
  }

  private point(at: L.LatLngExpression, name: string, island: boolean): L.Marker {
    const text = island ? escapeHtml(name).replace(' (', '<br>(') : escapeHtml(name);
    const icon = L.divIcon({
      className: `province-point${island ? ' province-point--islands' : ''}`,
      html: `<span class="province-point__dot"></span><span class="province-point__name">${text}</span>`,
      iconSize: [0, 0],
      iconAnchor: [0, 0],
    });
    return L.marker(at, { icon, interactive: false, keyboard: false, pane: 'provinces' });
  }

  /** Puts each province name on a free side of its dot, or hides it. */
  private declutter(): void {
    if (!this._map) return;
    const map = this._map;
    const radius = 17; // a marker's disc with its ring
    const obstacles: Box[] = this.obstacles.map((ll) => {
      const p = map.latLngToLayerPoint(ll);
      return { x: p.x - radius, y: p.y - radius, w: 2 * radius, h: 2 * radius };
    });
    // The archipelagos' names are always written: nothing may cover them.
    for (const ll of Object.values(ISLANDS)) {
      const p = map.latLngToLayerPoint(ll);
      obstacles.push({ x: p.x - 70, y: p.y - 4, w: 140, h: 34 });
    }
    const labels = this.labels.map((marker) => {
      const p = map.latLngToLayerPoint(marker.getLatLng());
      const name = marker.getElement()?.textContent ?? '';
      return { x: p.x, y: p.y, w: name.length * 6.2 + 2, h: 14 };
    });
    const sides = placeLabels(labels, obstacles);
    this.labels.forEach((marker, i) => {
      const el = marker.getElement();
      if (!el) return;
      for (const side of SIDES) el.classList.toggle(`province-point--${side}`, sides[i] === side);
      el.classList.toggle('province-point--unlabelled', sides[i] === null);
    });
  }
}
