import L from '../leaflet.js';
import type { I18n } from '../i18n/index.js';
import { el, replaceChildren, uid } from '../util/dom.js';
import { kindSwatch } from '../layers/kindStyle.js';
import { FACILITY_KINDS } from '../state/index.js';

/**
 * The legend: colour and glyph of each kind, exact and approximate positions, clusters and
 * province points. A map control under the zoom buttons, folded at first (it would hide Hoàng Sa).
 */
export class LegendControl extends L.Control {
  private toggle?: HTMLButtonElement;
  private list?: HTMLElement;

  constructor(private readonly i18n: I18n, options: L.ControlOptions = { position: 'topright' }) {
    super(options);
  }

  override onAdd(): HTMLElement {
    const listId = uid('legend');
    const open = false;
    this.toggle = el('button', { type: 'button', class: 'legend__toggle', 'aria-expanded': String(open), 'aria-controls': listId, 'data-testid': 'legend-toggle' });
    this.list = el('div', { id: listId, class: 'legend__body', hidden: !open });
    this.toggle.addEventListener('click', this.onToggle);
    const container = el('div', { class: 'leaflet-bar legend', 'data-testid': 'legend' }, this.toggle, this.list);
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.disableScrollPropagation(container);
    this.i18n.on('change', this.render, this);
    this.render();
    return container;
  }

  override onRemove(): void {
    this.i18n.off('change', this.render, this);
    this.toggle?.removeEventListener('click', this.onToggle);
  }

  private readonly onToggle = (): void => {
    const open = this.list!.hidden;
    this.list!.hidden = !open;
    this.toggle!.setAttribute('aria-expanded', String(open));
  };

  private render(): void {
    const t = this.i18n.t.bind(this.i18n);
    this.toggle!.textContent = t('legend.title');
    const row = (symbol: Node, text: string) => el('li', { class: 'legend__row' }, symbol, el('span', {}, text));
    replaceChildren(this.list!,
      el('ul', { class: 'legend__list' }, ...FACILITY_KINDS.map((k) => row(kindSwatch(k), this.i18n.labels.kind[k]))),
      el('ul', { class: 'legend__list legend__list--extra' },
        row(kindSwatch('SOS_CHILDRENS_VILLAGE'), t('legend.exact')),
        row(kindSwatch('SOS_CHILDRENS_VILLAGE', true), t('legend.approximate')),
        row(el('span', { class: 'legend__cluster', 'aria-hidden': 'true' }, '5'), t('legend.cluster')),
        row(el('span', { class: 'legend__province', 'aria-hidden': 'true' }), t('legend.province'))));
  }
}
