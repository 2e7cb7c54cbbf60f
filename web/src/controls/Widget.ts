import L from '../leaflet.js';
import type { I18n } from '../i18n/index.js';

/**
 * Base of the sidebar's widgets, after `L.Control`: `addTo(host)` builds the element (`onAdd`) and
 * appends it, `remove()` undoes it (`onRemove`). Widgets re-render when the language changes and
 * talk to the app only through events: they know nothing of the network.
 */
export abstract class Widget extends L.Evented {
  protected container?: HTMLElement;

  constructor(protected readonly i18n: I18n) {
    super();
  }

  addTo(host: HTMLElement): this {
    this.remove();
    this.container = this.onAdd();
    host.appendChild(this.container);
    this.i18n.on('change', this.render, this);
    this.render();
    return this;
  }

  remove(): this {
    if (!this.container) return this;
    this.i18n.off('change', this.render, this);
    this.onRemove();
    this.container.remove();
    this.container = undefined;
    return this;
  }

  getContainer(): HTMLElement | undefined {
    return this.container;
  }

  /** Builds the widget's element (once per add). */
  protected abstract onAdd(): HTMLElement;

  /** Drops listeners set up in onAdd. */
  protected onRemove(): void {}

  /** Writes the widget's text in the current language; called after add and on each language change. */
  protected abstract render(): void;
}
