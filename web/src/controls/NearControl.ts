import type { FacilityDistance } from '../api/types.js';
import { el, replaceChildren } from '../util/dom.js';
import { kindSwatch } from '../layers/kindStyle.js';
import { facilityName } from './facilityName.js';
import { Widget } from './Widget.js';

type Origin = { kind: 'me' } | { kind: 'point'; lat: number; lng: number };
type State =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'geoDenied' }
  | { kind: 'loading'; origin: Origin }
  | { kind: 'results'; origin: Origin; items: FacilityDistance[] }
  | { kind: 'error'; origin: Origin };

/**
 * "Nearest facilities": buttons for near me and near the map centre, and the list of the nearest
 * facilities with their distances. Fires `nearme`, `nearcentre`, `select` with `{ code }`, `close`.
 */
export class NearControl extends Widget {
  private state: State = { kind: 'idle' };
  private heading?: HTMLElement;
  private meButton?: HTMLButtonElement;
  private centreButton?: HTMLButtonElement;
  private hint?: HTMLElement;
  private results?: HTMLElement;

  protected onAdd(): HTMLElement {
    this.heading = el('h2', { class: 'section-title' });
    this.meButton = el('button', { type: 'button', class: 'button', 'data-testid': 'near-me' });
    this.centreButton = el('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'near-centre' });
    this.meButton.addEventListener('click', () => this.fire('nearme'));
    this.centreButton.addEventListener('click', () => this.fire('nearcentre'));
    this.hint = el('p', { class: 'hint' });
    this.results = el('div', { class: 'near__results', 'data-testid': 'near-results', role: 'region', 'aria-live': 'polite' });
    return el('section', { class: 'near', 'data-testid': 'near' }, this.heading,
      el('div', { class: 'button-row' }, this.meButton, this.centreButton), this.hint, this.results);
  }

  setLocating(): void { this.set({ kind: 'locating' }); }
  setGeoDenied(): void { this.set({ kind: 'geoDenied' }); }
  setLoading(origin: Origin): void { this.set({ kind: 'loading', origin }); }
  setResults(origin: Origin, items: FacilityDistance[]): void { this.set({ kind: 'results', origin, items }); }
  setError(origin: Origin): void { this.set({ kind: 'error', origin }); }
  clear(): void { this.set({ kind: 'idle' }); }

  private set(state: State): void {
    this.state = state;
    this.render();
  }

  protected render(): void {
    const t = this.i18n.t.bind(this.i18n);
    this.heading!.textContent = t('near.title');
    this.meButton!.textContent = t('near.me');
    this.centreButton!.textContent = t('near.centre');
    this.hint!.textContent = t('near.hint');
    const s = this.state;
    this.results!.dataset.state = s.kind;
    if (s.kind === 'idle') return replaceChildren(this.results!);
    if (s.kind === 'locating' || s.kind === 'geoDenied') {
      return replaceChildren(this.results!, el('p', { class: s.kind === 'geoDenied' ? 'message message--warn' : 'message' },
        t(s.kind === 'locating' ? 'near.locating' : 'near.geoDenied')));
    }
    const close = el('button', { type: 'button', class: 'icon-button', 'data-testid': 'near-close', 'aria-label': t('near.close') }, '×');
    close.addEventListener('click', () => this.fire('close'));
    const title = s.origin.kind === 'me' ? t('near.fromMe')
      : t('near.fromPoint', { lat: s.origin.lat.toFixed(3), lng: s.origin.lng.toFixed(3) });
    const head = el('div', { class: 'near__head' }, el('h3', { class: 'near__title' }, title), close);
    if (s.kind === 'loading') return replaceChildren(this.results!, head, el('p', { class: 'message' }, t('near.loading')));
    if (s.kind === 'error') return replaceChildren(this.results!, head, el('p', { class: 'message message--error' }, t('near.error')));
    if (!s.items.length) return replaceChildren(this.results!, head, el('p', { class: 'message' }, t('near.none')));
    replaceChildren(this.results!, head, el('ol', { class: 'near__list', 'data-testid': 'near-list' }, ...s.items.map((item) => this.item(item))));
  }

  private item({ facility: f, distanceKm }: FacilityDistance): HTMLLIElement {
    const button = el('button', { type: 'button', class: 'list-item' },
      kindSwatch(f.kind, f.location?.precision === 'APPROXIMATE'),
      el('span', { class: 'list-item__text' },
        el('span', { class: 'list-item__name' }, facilityName(f, this.i18n.lang)),
        el('span', { class: 'list-item__meta' }, [this.i18n.labels.kind[f.kind], f.province?.name].filter(Boolean).join(' · '))),
      el('span', { class: 'list-item__distance' }, this.i18n.t('near.distance', { d: this.i18n.number(distanceKm, distanceKm < 10 ? 1 : 0) })));
    button.addEventListener('click', () => this.fire('select', { code: f.code }));
    return el('li', { 'data-testid': 'near-item', 'data-code': f.code, 'data-distance': String(distanceKm) }, button);
  }
}
