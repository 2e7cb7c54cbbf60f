import type { GapRow, ProgressStatus, TargetProgress } from '../api/planning.types.js';
import { el, replaceChildren } from '../util/dom.js';
import { STATUS_COLORS, targetChart } from './panel/targetChart.js';
import { Widget } from './Widget.js';

type Targets = { kind: 'loading' } | { kind: 'error' } | { kind: 'loaded'; rows: TargetProgress[] };

/**
 * One province in the coverage view: its figures (facilities, places, residents, need), the
 * targets of its plans with their status in words and colour, and a chart of target against
 * actual. `data-testid="province-detail"` with `data-code`; fires `close`.
 */
export class ProvinceDetail extends Widget {
  private province: { code: string; name: string; nameEn: string | null; row: GapRow | null } | null = null;
  private targets: Targets = { kind: 'loading' };
  private box?: HTMLElement;

  protected onAdd(): HTMLElement {
    this.box = el('section', { class: 'province-detail', 'data-testid': 'province-detail', tabindex: '-1' });
    this.box.hidden = true;
    return this.box;
  }

  show(province: NonNullable<ProvinceDetail['province']>): this {
    this.province = province;
    this.targets = { kind: 'loading' };
    this.render();
    return this;
  }

  setTargets(targets: Targets): this {
    this.targets = targets;
    this.render();
    return this;
  }

  hide(): this {
    this.province = null;
    this.render();
    return this;
  }

  focus(): void {
    this.box?.focus();
  }

  protected render(): void {
    const box = this.box!;
    const p = this.province;
    box.hidden = !p;
    if (!p) return replaceChildren(box);
    box.dataset.code = p.code;
    box.dataset.state = this.targets.kind;
    const t = this.i18n.t.bind(this.i18n);
    const close = el('button', { type: 'button', class: 'icon-button panel__close', 'aria-label': t('province.close'), 'data-testid': 'province-close' }, '×');
    close.addEventListener('click', () => this.fire('close'));
    const r = p.row;
    const fig = (label: string, value: number | null | undefined) => el('div', { class: 'province-detail__fig' },
      el('dt', {}, label), el('dd', {}, value == null ? t('table.noData') : this.i18n.number(value, 0)));
    replaceChildren(box,
      el('div', { class: 'province-detail__head' }, el('h2', { 'data-testid': 'province-name' }, this.i18n.lang === 'en' && p.nameEn ? p.nameEn : p.name), close),
      el('dl', { class: 'province-detail__figs' }, fig(t('province.facilities'), r?.facilities), fig(t('province.places'), r?.places),
        fig(t('province.residents'), r?.residents), fig(t('province.need'), r?.need)),
      el('h3', {}, t('province.targets')),
      this.renderTargets());
  }

  private renderTargets(): HTMLElement {
    const t = this.i18n.t.bind(this.i18n);
    const s = this.targets;
    if (s.kind === 'loading') return el('p', { class: 'muted' }, t('province.loadingTargets'));
    if (s.kind === 'error') return el('p', { class: 'count__error' }, t('province.targetsError'));
    if (!s.rows.length) return el('p', { class: 'muted', 'data-testid': 'province-no-targets' }, t('province.noTargets'));
    const list = el('ul', { class: 'province-targets' }, ...s.rows.map((row) => el('li', { class: 'province-target', 'data-testid': 'province-target', 'data-status': row.status },
      el('div', { class: 'province-target__name' }, this.indicatorName(row), el('span', { class: 'muted' }, ` · ${t('province.by', { year: row.target.year })}`)),
      el('div', { class: 'province-target__figs' },
        this.badge(row.status),
        el('span', {}, `${t('province.target')}: ${this.value(row, row.target.value)}`),
        el('span', {}, `${t('province.actual')}: ${row.actual == null ? t('table.noData') : this.value(row, row.actual)}`)))));
    const chart = targetChart(s.rows, (row) => `${this.indicatorName(row)}: ${t(`status.${row.status}`)}`, t('province.chart'));
    return el('div', {}, list, chart);
  }

  private badge(status: ProgressStatus): HTMLElement {
    const badge = el('span', { class: 'status-badge', 'data-testid': 'target-status' }, this.i18n.t(`status.${status}`));
    badge.style.setProperty('--status-color', STATUS_COLORS[status]);
    return badge;
  }

  private indicatorName(row: TargetProgress): string {
    const ind = row.target.indicator;
    const group = row.target.targetGroup ? ` (${this.i18n.labels.group[row.target.targetGroup]})` : '';
    return `${this.i18n.lang === 'en' ? ind.nameEn : ind.name}${group}`;
  }

  private value(row: TargetProgress, v: number): string {
    return `${this.i18n.number(v)}${row.target.indicator.unit === 'PERCENT' ? ' %' : ''}`;
  }
}
