import type L from '../leaflet.js';

/** Escapes text for the attribution control, which takes HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Swaps a layer's attribution in the map's attribution control (after a language switch).
 * Returns the new text, which the layer keeps for `getAttribution()`.
 */
export function swapAttribution(map: L.Map | undefined, previous: string | undefined, next: string): string {
  const control = map?.attributionControl;
  if (control) {
    if (previous) control.removeAttribution(previous);
    control.addAttribution(next);
  }
  return next;
}
