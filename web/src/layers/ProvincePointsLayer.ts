import L from '../leaflet.js';
import type { Province } from '../api/types.js';
import { escapeHtml, swapAttribution } from './attribution.js';
import { declutter } from './declutter.js';

export interface ProvincePointsOptions extends L.LayerOptions {
  /** Labels of the two archipelagos, always drawn (Hoàng Sa: Đà Nẵng; Trường Sa: Khánh Hòa). */
  islandLabels: { hoangSa: string; truongSa: string };
}

/** Where the two archipelagos' labels stand (approximate centres). */
const ISLANDS = { hoangSa: L.latLng(16.5, 112.0), truongSa: L.latLng(9.6, 113.4) };

/**
 * The offline base map: a dot and the name of each province's centre (names that would overlap
 * are left out at that zoom), and the Hoàng Sa and Trường Sa archipelagos. Drawn in its own pane
 * below the markers; never catches clicks, so a click on it still asks for the nearest facilities.
 */
export class ProvincePointsLayer extends L.Layer {
  declare options: ProvincePointsOptions;
  private readonly group = L.layerGroup();
  private labels: L.Marker[] = [];
  private provinces: Province[] = [];
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

  /** Hides the province names that would overlap one already written. */
  private declutter(): void {
    if (!this._map) return;
    const map = this._map;
    const boxes = this.labels.map((marker) => {
      const p = map.latLngToLayerPoint(marker.getLatLng());
      const name = marker.getElement()?.textContent ?? '';
      return { x: p.x + 5, y: p.y - 8, w: name.length * 6.3 + 4, h: 15 };
    });
    const visible = declutter(boxes);
    this.labels.forEach((marker, i) => marker.getElement()?.classList.toggle('province-point--unlabelled', !visible[i]));
  }
}
