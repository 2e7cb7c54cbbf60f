import L from '../leaflet.js';
import type { I18n } from '../i18n/index.js';

/** Leaflet's zoom buttons, named in the interface language. */
export class ZoomControl extends L.Control.Zoom {
  constructor(private readonly i18n: I18n, options: L.Control.ZoomOptions = { position: 'topright' }) {
    super(options);
  }

  override onAdd(map: L.Map): HTMLElement {
    const container = super.onAdd!(map);
    container.dataset.testid = 'zoom';
    this.i18n.on('change', this.relabel, this);
    this.relabel();
    return container;
  }

  override onRemove(map: L.Map): void {
    this.i18n.off('change', this.relabel, this);
    super.onRemove!(map);
  }

  private relabel(): void {
    const self = this as unknown as { _zoomInButton?: HTMLElement; _zoomOutButton?: HTMLElement };
    for (const [button, key] of [[self._zoomInButton, 'zoom.in'], [self._zoomOutButton, 'zoom.out']] as const) {
      if (!button) continue;
      button.title = this.i18n.t(key);
      button.setAttribute('aria-label', this.i18n.t(key));
    }
  }
}
