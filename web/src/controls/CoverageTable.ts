import type { ProvinceFigure, IndicatorDef } from '../coverage/indicators.js';
import { el, replaceChildren } from '../util/dom.js';
import { Widget } from './Widget.js';

type SortKey = 'name' | 'value' | 'gap';
type Row = ProvinceFigure & { color: string | null };

/**
 * The provinces in a table: name (a button that opens the province), the indicator's value with
 * its class colour, and the gap; sortable by any column (by gap, largest first, at the start).
 * No data sorts last and reads "none", never 0. Fires `select` with `{ code }`.
 */
export class CoverageTable extends Widget {
  private rows: Row[] = [];
  private def: IndicatorDef | null = null;
  private sort: { key: SortKey; desc: boolean } = { key: 'gap', desc: true };
  private selected: string | null = null;
  private table?: HTMLTableElement;

  protected onAdd(): HTMLElement {
    this.table = el('table', { class: 'coverage-table', 'data-testid': 'coverage-table' });
    return el('div', { class: 'coverage-table__wrap' }, this.table);
  }

  setRows(def: IndicatorDef, rows: Row[]): this {
    this.def = def;
    this.rows = rows;
    this.render();
    return this;
  }

  select(code: string | null): this {
    this.selected = code;
    for (const tr of this.table?.querySelectorAll<HTMLElement>('tbody tr') ?? []) tr.classList.toggle('is-selected', tr.dataset.code === code);
    return this;
  }

  protected render(): void {
    const table = this.table!;
    if (!this.def) return replaceChildren(table);
    const t = this.i18n.t.bind(this.i18n);
    const head = (key: SortKey, text: string) => {
      const active = this.sort.key === key;
      const button = el('button', { type: 'button', class: 'coverage-table__sort', 'data-testid': `sort-${key}` }, text,
        el('span', { 'aria-hidden': 'true' }, active ? (this.sort.desc ? ' ▼' : ' ▲') : ''));
      button.addEventListener('click', () => {
        this.sort = { key, desc: active ? !this.sort.desc : key !== 'name' };
        this.render();
      });
      return el('th', { scope: 'col', 'aria-sort': active ? (this.sort.desc ? 'descending' : 'ascending') : null }, button);
    };
    const fmt = (v: number | null, pct: boolean) => (v == null ? t('table.noData') : `${this.i18n.number(v)}${pct ? ' %' : ''}`);
    const body = this.sorted().map((r) => {
      const open = el('button', { type: 'button', class: 'link-button', 'data-testid': 'coverage-row-open' }, this.name(r));
      open.addEventListener('click', () => this.fire('select', { code: r.code }));
      const swatch = el('span', { class: `coverage-swatch${r.color ? '' : ' coverage-swatch--none'}`, 'aria-hidden': 'true' });
      if (r.color) swatch.style.background = r.color;
      return el('tr', { 'data-testid': 'coverage-row', 'data-code': r.code, class: r.code === this.selected ? 'is-selected' : null },
        el('th', { scope: 'row' }, open),
        el('td', { 'data-value': r.value ?? '' }, swatch, fmt(r.value, this.def!.percent)),
        el('td', { 'data-gap': r.gap ?? '' }, fmt(r.gap, false)));
    });
    replaceChildren(table,
      el('caption', {}, `${t(this.def.label)}. ${t('table.caption')}`),
      el('thead', {}, el('tr', {}, head('name', t('table.province')), head('value', t('table.value')), head('gap', `${t('table.gap')}: ${t(this.def.gapLabel).toLowerCase()}`))),
      el('tbody', {}, ...body));
  }

  private name(r: Row): string {
    return this.i18n.lang === 'en' && r.nameEn ? r.nameEn : r.name;
  }

  private sorted(): Row[] {
    const { key, desc } = this.sort;
    const sign = desc ? -1 : 1;
    return [...this.rows].sort((a, b) => {
      if (key === 'name') return sign * this.name(a).localeCompare(this.name(b), this.i18n.lang);
      const [x, y] = [a[key], b[key]];
      if (x == null || y == null) return x == null && y == null ? a.code.localeCompare(b.code) : x == null ? 1 : -1;
      return sign * (x - y) || a.code.localeCompare(b.code);
    });
  }
}
