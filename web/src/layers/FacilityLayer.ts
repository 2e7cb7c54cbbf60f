import L from '../leaflet.js';
import type { FacilitySummary } from '../api/types.js';
import { FacilityIcon } from './FacilityIcon.js';
import { escapeHtml, swapAttribution } from './attribution.js';

export interface FacilityLayerOptions extends L.LayerOptions {
  /** Accessible name of a facility's marker. */
  markerLabel: (facility: FacilitySummary) => string;
  /** Accessible name of a cluster of `count` facilities. */
  clusterLabel: (count: number) => string;
}

/**
 * The facilities as markers, clustered (leaflet.markercluster). Draws what it is given
 * (`setFacilities`); fires `facilityclick` with `{ code }` when a marker is clicked or activated
 * with the keyboard. Cluster icons carry `data-testid="facility-cluster"` and `data-count`.
 */
export class FacilityLayer extends L.Layer {
  declare options: FacilityLayerOptions;
  private readonly cluster: L.MarkerClusterGroup;
  private readonly markers = new Map<string, { marker: L.Marker; facility: FacilitySummary }>();
  private selected: string | null = null;
  private attribution?: string;

  constructor(options: FacilityLayerOptions) {
    super(options);
    L.Util.setOptions(this, options);
    this.cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      maxClusterRadius: 48,
      iconCreateFunction: (cluster) => this.clusterIcon(cluster.getChildCount()),
    });
  }

  override onAdd(map: L.Map): this {
    map.addLayer(this.cluster);
    return this;
  }

  override onRemove(map: L.Map): this {
    map.removeLayer(this.cluster);
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

  /** Replaces the facilities drawn; those without a position are left out. */
  setFacilities(facilities: FacilitySummary[]): this {
    for (const { marker } of this.markers.values()) marker.off('click', this.onMarkerClick, this);
    this.cluster.clearLayers();
    this.markers.clear();
    const markers: L.Marker[] = [];
    for (const facility of facilities) {
      if (!facility.location) continue;
      const marker = L.marker([facility.location.lat, facility.location.lng], {
        icon: this.icon(facility),
        keyboard: true,
        riseOnHover: true,
      });
      (marker as L.Marker & { facilityCode?: string }).facilityCode = facility.code;
      marker.on('click', this.onMarkerClick, this);
      this.markers.set(facility.code, { marker, facility });
      markers.push(marker);
    }
    this.cluster.addLayers(markers);
    return this;
  }

  /** Number of facilities drawn. */
  get count(): number {
    return this.markers.size;
  }

  /** Marks one facility as selected (null: none). */
  select(code: string | null): this {
    const previous = this.selected;
    this.selected = code;
    for (const c of [previous, code]) {
      const entry = c ? this.markers.get(c) : undefined;
      if (entry) entry.marker.setIcon(this.icon(entry.facility));
    }
    return this;
  }

  /** Zooms or spiderfies until the facility's marker is visible, then calls `done`. */
  reveal(code: string, done?: () => void): boolean {
    const entry = this.markers.get(code);
    if (!entry || !this._map) return false;
    this.cluster.zoomToShowLayer(entry.marker, () => done?.());
    return true;
  }

  /** Re-draws the accessible names (after a language switch). */
  relabel(): this {
    for (const { marker, facility } of this.markers.values()) marker.setIcon(this.icon(facility));
    this.cluster.refreshClusters();
    return this;
  }

  private icon(facility: FacilitySummary): FacilityIcon {
    return new FacilityIcon({
      code: facility.code,
      kind: facility.kind,
      precision: facility.location?.precision ?? 'APPROXIMATE',
      label: this.options.markerLabel(facility),
      selected: facility.code === this.selected,
    });
  }

  private clusterIcon(count: number): L.DivIcon {
    const size = count < 10 ? 34 : count < 100 ? 40 : 48;
    const icon = L.divIcon({
      html: `<span data-testid="facility-cluster" data-count="${count}" aria-hidden="true">${count}</span>`,
      className: 'facility-cluster',
      iconSize: [size, size],
    });
    const create = icon.createIcon.bind(icon);
    icon.createIcon = (old?: HTMLElement) => {
      const div = create(old);
      div.setAttribute('aria-label', this.options.clusterLabel(count));
      return div;
    };
    return icon;
  }

  private onMarkerClick(e: L.LeafletMouseEvent): void {
    const code = (e.target as L.Marker & { facilityCode?: string }).facilityCode;
    if (code) this.fire('facilityclick', { code });
  }
}
