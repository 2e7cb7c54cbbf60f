import L from '../leaflet.js';

export interface NearPointLayerOptions extends L.LayerOptions {
  /** Accessible name of the point. */
  label: string;
}

/** The point whose nearest facilities are listed (a clicked spot or the user's position). */
export class NearPointLayer extends L.Layer {
  declare options: NearPointLayerOptions;
  private marker?: L.Marker;

  constructor(options: NearPointLayerOptions) {
    super(options);
    L.Util.setOptions(this, options);
  }

  override onAdd(map: L.Map): this {
    if (this.marker) map.addLayer(this.marker);
    return this;
  }

  override onRemove(map: L.Map): this {
    if (this.marker) map.removeLayer(this.marker);
    return this;
  }

  /** Moves the point (null hides it). */
  setPoint(point: L.LatLngExpression | null): this {
    if (this.marker && this._map) this._map.removeLayer(this.marker);
    this.marker = point ? L.marker(point, { icon: this.icon(), interactive: false, keyboard: false }) : undefined;
    if (this.marker && this._map) this._map.addLayer(this.marker);
    return this;
  }

  setLabel(label: string): this {
    this.options.label = label;
    this.marker?.setIcon(this.icon());
    return this;
  }

  private icon(): L.DivIcon {
    return L.divIcon({
      className: 'near-point',
      html: `<span data-testid="near-point" role="img" aria-label="${this.options.label.replace(/"/g, '&quot;')}"></span>`,
      iconSize: [22, 22],
    });
  }
}
