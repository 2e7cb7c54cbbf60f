import L from '../leaflet.js';
import type { Boundary } from '../api/types.js';
import type { UnitPoint } from '../api/planning.types.js';
import { escapeHtml } from './attribution.js';

/** How one province is drawn: its class colour (null: no data, hatched), the text of its tooltip. */
export interface ProvinceStyle {
  color: string | null;
  classIndex: number | null;
  value: number | null;
  /** Sizes the circle of a province without a polygon (area proportional to it). */
  weight: number;
  tooltip: string;
}

const HATCH_ID = 'coverage-hatch';
const BASE: L.PathOptions = { color: '#4a5561', weight: 1, opacity: 0.9, fillOpacity: 0.82 };
const SELECTED: L.PathOptions = { color: '#1f6feb', weight: 3.5, opacity: 1 };
const MAX_RADIUS = 26;
const MIN_RADIUS = 7;

/**
 * The choropleth of provinces: each province's imported polygon filled with its class colour or,
 * where no polygon is imported (always for the 63 legacy provinces unless theirs are), a circle at
 * its point whose area follows its weight. "No data" is hatched, never coloured as a 0. Shapes
 * carry `data-testid="coverage-shape-<code>"`, `data-shape`, `data-class` and `data-value`;
 * fires `provinceclick` with `{ code }`.
 */
export class CoverageLayer extends L.Layer {
  private readonly group = L.featureGroup();
  private defs?: SVGSVGElement;
  private readonly shapes = new Map<string, L.Path>();
  private selected: string | null = null;
  private attribution = '';

  override onAdd(map: L.Map): this {
    if (!map.getPane('coverage')) map.createPane('coverage').style.zIndex = '320';
    this.defs = hatchDefs();
    map.getContainer().append(this.defs);
    map.addLayer(this.group);
    this.tag();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.removeLayer(this.group);
    this.defs?.remove();
    this.defs = undefined;
    return this;
  }

  override getAttribution(): string {
    return this.attribution;
  }

  /** Draws the provinces: a polygon where `boundaries` has one, else a circle at the province's point. */
  setProvinces(provinces: UnitPoint[], boundaries: Boundary[], styles: Map<string, ProvinceStyle>): this {
    this.group.clearLayers();
    this.shapes.clear();
    const polygons = new Map(boundaries.map((b) => [b.code, b]));
    const maxWeight = Math.max(1, ...[...styles.values()].map((s) => s.weight));
    for (const p of provinces) {
      const style = styles.get(p.code);
      if (!style) continue;
      const boundary = polygons.get(p.code);
      let shape: L.Path | null = null;
      if (boundary) {
        const geo = L.geoJSON({ type: 'Feature', properties: {}, geometry: JSON.parse(boundary.geometry) } as GeoJSON.Feature, { pane: 'coverage' });
        shape = geo.getLayers()[0] as L.Path;
      } else if (p.centroid) {
        const radius = Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(style.weight / maxWeight));
        shape = L.circleMarker([p.centroid.lat, p.centroid.lng], { pane: 'coverage', radius });
      }
      if (!shape) continue;
      shape.setStyle(this.pathStyle(style, p.code));
      (shape as L.Path & { province?: { code: string; style: ProvinceStyle; polygon: boolean } }).province = { code: p.code, style, polygon: !!boundary };
      shape.bindTooltip(escapeHtml(style.tooltip), { sticky: true, direction: 'top' });
      shape.on('click', (e: L.LeafletMouseEvent) => {
        L.DomEvent.stopPropagation(e);
        this.fire('provinceclick', { code: p.code });
      });
      this.shapes.set(p.code, shape);
      this.group.addLayer(shape);
    }
    this.setCredit(boundaries.filter((b) => styles.has(b.code)));
    this.tag();
    return this;
  }

  /** Outlines one province (null: none) and brings it to the front. */
  select(code: string | null): this {
    const previous = this.selected;
    this.selected = code;
    for (const c of [previous, code]) {
      const shape = c ? this.shapes.get(c) : undefined;
      const info = (shape as (L.Path & { province?: { style: ProvinceStyle } }) | undefined)?.province;
      if (shape && info) shape.setStyle(this.pathStyle(info.style, c!));
    }
    if (code && this._map) this.shapes.get(code)?.bringToFront();
    return this;
  }

  /** Number of provinces drawn. */
  get size(): number {
    return this.shapes.size;
  }

  private pathStyle(style: ProvinceStyle, code: string): L.PathOptions {
    const fillColor = style.color ?? `url(#${HATCH_ID})`;
    return { ...BASE, fillColor, ...(code === this.selected ? SELECTED : {}) };
  }

  private setCredit(boundaries: Boundary[]): void {
    const text = [...new Set(boundaries.map((b) => b.attribution))].map(escapeHtml).join(', ');
    const control = this._map?.attributionControl;
    if (control && this.attribution) control.removeAttribution(this.attribution);
    this.attribution = text;
    if (control && text) control.addAttribution(text);
  }

  /** Test ids and data on each shape's SVG element (they exist once the layer is on a map). */
  private tag(): void {
    for (const [code, shape] of this.shapes) {
      const info = (shape as L.Path & { province?: { style: ProvinceStyle; polygon: boolean } }).province!;
      const path = shape.getElement();
      if (!path) continue;
      path.setAttribute('data-testid', `coverage-shape-${code}`);
      path.setAttribute('data-shape', info.polygon ? 'polygon' : 'circle');
      path.setAttribute('data-class', info.style.classIndex == null ? 'none' : String(info.style.classIndex));
      path.setAttribute('data-value', info.style.value == null ? '' : String(info.style.value));
      path.classList.add('coverage-shape');
    }
  }
}

/** A hidden SVG holding the "no data" hatch, referenced by the shapes' fill (`url(#coverage-hatch)`). */
function hatchDefs(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.setAttribute('aria-hidden', 'true');
  svg.style.position = 'absolute';
  svg.innerHTML = `<defs><pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">`
    + '<rect width="8" height="8" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="8" stroke="#9a9a9a" stroke-width="3"/></pattern></defs>';
  return svg;
}
