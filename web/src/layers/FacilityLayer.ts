import Supercluster from 'supercluster';
import L from '../leaflet.js';
import { pointAt, type FacilityPoint, type FacilityPoints } from '../api/points.js';
import { FacilityIcon } from './FacilityIcon.js';
import { clusterIcon } from './clusterIcon.js';
import { spreadOverlapping } from './spread.js';
import { escapeHtml, swapAttribution } from './attribution.js';

export interface FacilityName { name: string; nameEn: string | null }

export interface FacilityLayerOptions extends L.LayerOptions {
  /** Accessible name of a facility's marker; `name` is null until it has been loaded. */
  markerLabel: (point: FacilityPoint, name: FacilityName | null) => string;
  /** Accessible name of a cluster of `count` facilities. */
  clusterLabel: (count: number) => string;
}

/** Name of the User Timing measure of each redraw (start of the work to the painted frame). */
export const REDRAW_MEASURE = 'hub:facilities:redraw';

/**
 * Above this zoom every point is drawn alone (those at one place spread around it; at zoom 14 a
 * screen holds about 80 km², a hundred markers where the 100,000 synthetic points are densest);
 * below the map's smallest zoom nothing is clustered. The highest levels cost the most (few points
 * merge there): levels 4-13 build the index of 100,000 points in about a third of the time of 0-16.
 */
const MAX_CLUSTER_ZOOM = 13;
const MIN_CLUSTER_ZOOM = 4;

type Drawn = { marker: L.Marker; point?: number; count?: number };

/**
 * The facilities as markers, clustered on the client (supercluster): only the clusters and
 * markers in view are in the page, recomputed from the index after each move (no request on pan).
 * Draws what it is given (`setPoints`); fires `facilityclick` with `{ code }`, `labelsneeded` with
 * the `{ codes }` of lone markers whose names it lacks (see `setNames`), and `drawn` with the
 * `{ positions }` of what it drew. Cluster icons carry `data-testid="facility-cluster"` and `data-count`.
 */
export class FacilityLayer extends L.Layer {
  declare options: FacilityLayerOptions;
  private readonly group = L.layerGroup();
  private index: Supercluster | null = null;
  private points: FacilityPoints | null = null;
  private readonly byCode = new Map<string, number>();
  private readonly names = new Map<string, FacilityName>();
  private readonly asked = new Set<string>();
  private drawn = new Map<string, Drawn>();
  private selected: string | null = null;
  private attribution?: string;

  constructor(options: FacilityLayerOptions) {
    super(options);
    L.Util.setOptions(this, options);
  }

  override onAdd(map: L.Map): this {
    map.addLayer(this.group);
    map.on('moveend', this.update, this);
    this.update();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend', this.update, this);
    this.clear();
    map.removeLayer(this.group);
    return this;
  }

  override getAttribution(): string {
    return this.attribution ?? '';
  }

  /** Sets the attribution text: where the facilities come from (escaped here). */
  setAttributionText(text: string): this {
    this.attribution = swapAttribution(this._map, this.attribution, escapeHtml(text));
    return this;
  }

  /** Replaces the facilities drawn. */
  setPoints(points: FacilityPoints): this {
    this.points = points;
    this.byCode.clear();
    const features: Supercluster.PointFeature<{ i: number }>[] = new Array(points.count);
    for (let i = 0; i < points.count; i++) {
      this.byCode.set(points.codes[i], i);
      features[i] = { type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [points.lng[i], points.lat[i]] } };
    }
    this.index = new Supercluster({ radius: 48, extent: 256, minZoom: MIN_CLUSTER_ZOOM, maxZoom: MAX_CLUSTER_ZOOM, minPoints: 2 }).load(features);
    this.clear();
    this.update();
    return this;
  }

  /** Number of facilities given. */
  get count(): number {
    return this.points?.count ?? 0;
  }

  /** Names of facilities (answers to `labelsneeded`): their markers are re-labelled. */
  setNames(names: ({ code: string } & FacilityName)[]): this {
    for (const n of names) this.names.set(n.code, { name: n.name, nameEn: n.nameEn });
    this.relabel();
    return this;
  }

  /** Marks one facility as selected (null: none). */
  select(code: string | null): this {
    const previous = this.selected;
    this.selected = code;
    for (const c of [previous, code]) {
      const d = c ? this.drawn.get(`p${c}`) : undefined;
      if (d?.point !== undefined) d.marker.setIcon(this.icon(d.point));
    }
    return this;
  }

  /** Moves the map until the facility's marker stands alone, then calls `done`; false when not drawn here. */
  reveal(code: string, done?: () => void): boolean {
    const i = this.byCode.get(code);
    const map = this._map;
    if (i === undefined || !map || !this.index || !this.points) return false;
    const [lat, lng] = [this.points.lat[i], this.points.lng[i]];
    let zoom = Math.max(Math.floor(map.getZoom()), MIN_CLUSTER_ZOOM);
    for (; zoom <= MAX_CLUSTER_ZOOM; zoom++) {
      const d = 1e-6;
      const alone = this.index.getClusters([lng - d, lat - d, lng + d, lat + d], zoom).some((f) => !f.properties.cluster && f.properties.i === i);
      if (alone) break;
    }
    map.once('moveend', () => done?.());
    map.setView([lat, lng], Math.min(Math.max(zoom, map.getZoom()), map.getMaxZoom()));
    return true;
  }

  /** Re-draws the accessible names (after a language switch or when names arrive). */
  relabel(): this {
    for (const d of this.drawn.values()) {
      if (d.point !== undefined) d.marker.setIcon(this.icon(d.point));
      else d.marker.setIcon(clusterIcon(d.count!, this.options.clusterLabel(d.count!)));
    }
    return this;
  }

  /** Draws the clusters and markers of the current view, reusing those already drawn. */
  private update(): void {
    const map = this._map;
    if (!map || !this.index || !this.points) return;
    const started = performance.now();
    const b = map.getBounds().pad(0.2);
    const zoom = Math.max(Math.floor(map.getZoom()), MIN_CLUSTER_ZOOM);
    const found = this.index.getClusters([Math.max(b.getWest(), -180), Math.max(b.getSouth(), -85), Math.min(b.getEast(), 180), Math.min(b.getNorth(), 85)], zoom);
    const next = new Map<string, Drawn>();
    const lone: number[] = [];
    for (const f of found) {
      const [lng, lat] = f.geometry.coordinates;
      const props = f.properties as Supercluster.ClusterProperties & { i?: number };
      const key = props.cluster ? `c${props.cluster_id}:${zoom}` : `p${this.points.codes[props.i!]}`;
      let d = this.drawn.get(key);
      if (!d) {
        d = props.cluster ? this.clusterMarker(lat, lng, props.cluster_id, props.point_count) : this.pointMarker(props.i!);
        this.group.addLayer(d.marker);
      }
      next.set(key, d);
      if (d.point !== undefined) lone.push(d.point);
    }
    for (const [key, d] of this.drawn) if (!next.has(key)) this.group.removeLayer(d.marker);
    this.drawn = next;
    this.placeLone(map, lone);
    const missing = lone.map((i) => this.points!.codes[i]).filter((c) => !this.names.has(c) && !this.asked.has(c));
    missing.forEach((c) => this.asked.add(c));
    if (missing.length) this.fire('labelsneeded', { codes: missing });
    this.fire('drawn', { positions: [...next.values()].map((d) => d.marker.getLatLng()) });
    // User Timing entry from the start of the redraw to the frame that shows it (read by `npm run bench:map`).
    requestAnimationFrame(() => setTimeout(() => performance.measure(REDRAW_MEASURE, { start: started })));
  }

  /** Lone markers at their point, those sharing a point spread around it. */
  private placeLone(map: L.Map, lone: number[]): void {
    const pts = this.points!;
    const at = spreadOverlapping(map, lone.map((i) => L.latLng(pts.lat[i], pts.lng[i])));
    lone.forEach((i, k) => this.drawn.get(`p${pts.codes[i]}`)!.marker.setLatLng(at[k]));
  }

  private pointMarker(i: number): Drawn {
    const marker = L.marker([this.points!.lat[i], this.points!.lng[i]], { icon: this.icon(i), keyboard: true, riseOnHover: true });
    marker.on('click', () => this.fire('facilityclick', { code: this.points!.codes[i] }));
    return { marker, point: i };
  }

  private clusterMarker(lat: number, lng: number, id: number, count: number): Drawn {
    const marker = L.marker([lat, lng], { icon: clusterIcon(count, this.options.clusterLabel(count)), keyboard: true });
    marker.on('click', () => {
      const zoom = Math.min(this.index!.getClusterExpansionZoom(id), this._map.getMaxZoom());
      this._map.setView([lat, lng], Math.max(zoom, this._map.getZoom() + 1));
    });
    return { marker, count };
  }

  private icon(i: number): FacilityIcon {
    const point = pointAt(this.points!, i);
    return new FacilityIcon({
      code: point.code,
      kind: point.kind,
      precision: point.precision,
      label: this.options.markerLabel(point, this.names.get(point.code) ?? null),
      selected: point.code === this.selected,
    });
  }

  private clear(): void {
    for (const d of this.drawn.values()) this.group.removeLayer(d.marker);
    this.drawn.clear();
  }
}
