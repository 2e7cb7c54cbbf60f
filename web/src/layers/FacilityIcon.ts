import L from '../leaflet.js';
import type { FacilityKind, LocationPrecision } from '../api/types.js';
import { KIND_STYLES, glyphSvg } from './kindStyle.js';

export interface FacilityIconOptions extends L.DivIconOptions {
  /** Public code of the facility: `data-testid="facility-marker-<code>"`. */
  code: string;
  kind: FacilityKind;
  /** APPROXIMATE positions get a dashed ring around the disc. */
  precision: LocationPrecision;
  /** Name read by screen readers (the marker is a button). */
  label: string;
  /** Drawn larger with a focus-like ring. Default false. */
  selected?: boolean;
}

/**
 * The marker of one facility: a disc in the colour of its kind with the kind's glyph; APPROXIMATE
 * positions ringed with dashes. The element carries a stable test id and an accessible name.
 */
export class FacilityIcon extends L.DivIcon {
  declare options: FacilityIconOptions;

  constructor(options: FacilityIconOptions) {
    const size = options.selected ? 36 : 28;
    super({ iconSize: [size, size], iconAnchor: [size / 2, size / 2], popupAnchor: [0, -size / 2], ...options });
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const o = this.options;
    const style = KIND_STYLES[o.kind];
    o.className = [
      'facility-marker',
      `facility-marker--${o.precision.toLowerCase()}`,
      o.selected ? 'facility-marker--selected' : '',
    ].join(' ').trim();
    o.html = `<span class="facility-marker__disc">${glyphSvg(o.kind, o.selected ? 20 : 16)}</span>`;
    const div = super.createIcon(oldIcon) as HTMLElement;
    div.style.setProperty('--kind-color', style.color);
    div.style.setProperty('--kind-ink', style.ink);
    div.dataset.testid = `facility-marker-${o.code}`;
    div.dataset.code = o.code;
    div.dataset.kind = o.kind;
    div.dataset.precision = o.precision;
    div.setAttribute('aria-label', o.label);
    div.removeAttribute('title');
    return div;
  }
}
