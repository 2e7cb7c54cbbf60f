import L from '../leaflet.js';
import { escapeHtml } from './attribution.js';

export interface OsmTileLayerOptions extends L.LayerOptions {
  /** Tile URL template. Default: the OpenStreetMap standard tiles. */
  url?: string;
  /** Attribution shown while the tiles are on the map (HTML is escaped, then linked). */
  attributionText: string;
  /** How long the reachability probe may take, in ms. Default 4000. */
  probeTimeoutMs?: number;
}

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * OpenStreetMap tiles, only when they load: on add it probes one tile (in a worker, so an offline
 * office gets no console errors) and adds the tile layer only if the probe succeeded. Fires
 * `tilesavailable` or `tilesunavailable`.
 */
export class OsmTileLayer extends L.Layer {
  declare options: OsmTileLayerOptions;
  private tiles?: L.TileLayer;
  private worker?: Worker;

  constructor(options: OsmTileLayerOptions) {
    super(options);
    L.Util.setOptions(this, { url: OSM_URL, probeTimeoutMs: 4000, ...options });
  }

  override onAdd(map: L.Map): this {
    this.worker = new Worker(new URL('./tileProbe.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<boolean>) => {
      this.stopProbe();
      if (event.data && this._map === map) this.showTiles(map);
      else this.fire('tilesunavailable');
    };
    const probe = L.Util.template(this.options.url!, { s: 'a', z: 0, x: 0, y: 0, r: '' });
    this.worker.postMessage({ url: probe, timeoutMs: this.options.probeTimeoutMs });
    return this;
  }

  override onRemove(map: L.Map): this {
    this.stopProbe();
    if (this.tiles) map.removeLayer(this.tiles);
    this.tiles = undefined;
    return this;
  }

  /** Whether the tiles are on the map. */
  get available(): boolean {
    return this.tiles !== undefined;
  }

  /** Sets the attribution (after a language switch). */
  setAttributionText(text: string): this {
    this.options.attributionText = text;
    if (this.tiles && this._map) {
      this._map.removeLayer(this.tiles);
      this.showTiles(this._map);
    }
    return this;
  }

  private showTiles(map: L.Map): void {
    const link = '<a href="https://www.openstreetmap.org/copyright" rel="noopener" target="_blank">';
    this.tiles = L.tileLayer(this.options.url!, {
      maxZoom: 19,
      attribution: `${link}${escapeHtml(this.options.attributionText)}</a>`,
    });
    map.addLayer(this.tiles);
    this.fire('tilesavailable');
  }

  private stopProbe(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }
}
