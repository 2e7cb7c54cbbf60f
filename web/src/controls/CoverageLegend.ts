import L from '../leaflet.js';
import type { I18n } from '../i18n/index.js';
import type { ColourClass } from '../coverage/classes.js';
import type { IndicatorDef } from '../coverage/indicators.js';
import { el, replaceChildren } from '../util/dom.js';

export interface LegendData {
  def: IndicatorDef;
  classes: ColourClass[];
  /** Provinces in each class, and without data. */
  counts: number[];
  noData: number;
  /** Whether some provinces are drawn as circles (no polygon). */
  circles: boolean;
}

/**
 * The coverage legend (a map control at the bottom right): the indicator, its five classes with
 * their ranges and the number of provinces in each, "no data" hatched, and what a circle means.
 * Rows carry `data-testid="coverage-class"` with `data-min`, `data-max`, `data-color`, `data-count`.
 */
export class CoverageLegend extends L.Control {
  private box?: HTMLElement;
  private data: LegendData | null = null;
  private details?: HTMLDetailsElement;

  constructor(private readonly i18n: I18n, options: L.ControlOptions = { position: 'bottomright' }) {
    super(options);
  }

  override onAdd(): HTMLElement {
    this.box = el('div', { class: 'leaflet-bar legend coverage-legend', 'data-testid': 'coverage-legend' });
    L.DomEvent.disableClickPropagation(this.box);
    L.DomEvent.disableScrollPropagation(this.box);
    this.i18n.on('change', this.render, this);
    this.render();
    return this.box;
  }

  override onRemove(): void {
    this.i18n.off('change', this.render, this);
  }

  setData(data: LegendData | null): this {
    this.data = data;
    this.render();
    return this;
  }

  private render(): void {
    const box = this.box;
    const d = this.data;
    if (!box) return;
    box.hidden = !d;
    if (!d) return replaceChildren(box);
    const t = this.i18n.t.bind(this.i18n);
    const fmt = (v: number) => `${this.i18n.number(v)}${d.def.percent ? ' %' : ''}`;
    const rows = d.classes.map((c, i) => {
      const swatch = el('span', { class: 'coverage-swatch', 'aria-hidden': 'true' });
      swatch.style.background = c.color;
      return el('li', { class: 'legend__row', 'data-testid': 'coverage-class', 'data-index': i, 'data-min': c.min, 'data-max': c.max, 'data-color': c.color, 'data-count': d.counts[i] },
        swatch, el('span', {}, t('legend.range', { a: fmt(c.min), b: fmt(c.max) })), el('span', { class: 'legend__count' }, `(${d.counts[i]})`));
    });
    rows.push(el('li', { class: 'legend__row', 'data-testid': 'coverage-class-nodata', 'data-count': d.noData },
      el('span', { class: 'coverage-swatch coverage-swatch--none', 'aria-hidden': 'true' }), el('span', {}, t('legend.noData')),
      el('span', { class: 'legend__count' }, `(${d.noData})`)));
    // A disclosure: open on a wide screen, folded on a phone (it would cover most of the map).
    const open = this.details ? this.details.open : !window.matchMedia('(max-width: 47.99em)').matches;
    this.details = el('details', { class: 'coverage-legend__details', open },
      el('summary', { class: 'coverage-legend__title', 'data-testid': 'coverage-legend-toggle' }, t(d.def.label)),
      el('ul', { class: 'legend__list' }, ...rows),
      d.circles ? el('p', { class: 'coverage-legend__note' }, el('span', { class: 'coverage-legend__circle', 'aria-hidden': 'true' }), t('legend.circles')) : null);
    replaceChildren(box, this.details);
  }
}
