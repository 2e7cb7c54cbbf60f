import L from '../leaflet.js';
import type { Boundary } from '../api/types.js';
import { escapeHtml } from './attribution.js';

/** Land over the sea-coloured background when there are no tiles; only the lines over tiles. */
const OFFLINE: L.PathOptions = { color: '#8a9bab', weight: 1, fillColor: '#f8f7f2', fillOpacity: 1 };
const OVER_TILES: L.PathOptions = { color: '#0b4f6c', weight: 1.5, opacity: 0.6, fillOpacity: 0 };

/**
 * The imported province polygons (`boundaries` query), drawn under everything in their own pane.
 * Each polygon's path carries `data-testid="boundary-<code>"`; the attribution is the one stored
 * with the polygons. Never catches clicks.
 */
export class BoundaryLayer extends L.Layer {
  private readonly group = L.geoJSON(undefined, { style: () => OFFLINE, interactive: false, pane: 'boundaries' });
  private attribution = '';
  private style = OFFLINE;

  override onAdd(map: L.Map): this {
    if (!map.getPane('boundaries')) map.createPane('boundaries').style.zIndex = '300';
    map.addLayer(this.group);
    this.tagPaths();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.removeLayer(this.group);
    return this;
  }

  override getAttribution(): string {
    return this.attribution;
  }

  setBoundaries(boundaries: Boundary[]): this {
    this.group.clearLayers();
    for (const b of boundaries) {
      const feature: GeoJSON.Feature = { type: 'Feature', properties: { code: b.code }, geometry: JSON.parse(b.geometry) };
      this.group.addData(feature);
    }
    this.group.setStyle(this.style);
    this.tagPaths();
    const text = [...new Set(boundaries.map((b) => b.attribution))].map(escapeHtml).join(', ');
    const control = this._map?.attributionControl;
    if (control && this.attribution) control.removeAttribution(this.attribution);
    this.attribution = text;
    if (control && text) control.addAttribution(text);
    return this;
  }

  /** Over map tiles only the lines are drawn (the tiles show the land). */
  setOverTiles(overTiles: boolean): this {
    this.style = overTiles ? OVER_TILES : OFFLINE;
    this.group.setStyle(this.style);
    return this;
  }

  /** Whether any polygon is drawn. */
  get empty(): boolean {
    return this.group.getLayers().length === 0;
  }

  private tagPaths(): void {
    this.group.eachLayer((layer) => {
      const code = ((layer as L.Polygon).feature?.properties as { code?: string } | undefined)?.code;
      (layer as L.Path).getElement?.()?.setAttribute('data-testid', `boundary-${code}`);
    });
  }
}
