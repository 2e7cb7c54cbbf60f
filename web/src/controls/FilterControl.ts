import type { FacilityKind, FacilityStatus, Ownership, ServiceType, TargetGroup } from '../api/types.js';
import { el, replaceChildren } from '../util/dom.js';
import { kindSwatch } from '../layers/kindStyle.js';
import { FACILITY_KINDS, FACILITY_STATUSES, OWNERSHIPS, SERVICE_TYPES, TARGET_GROUPS, activeFilterCount, type Filters } from '../state/index.js';
import { checkboxGroup, choice, fillSelect, selectField } from './filterFields.js';
import { Widget } from './Widget.js';

/**
 * The filters: kind, ownership, target group, service, accessible only, status. A disclosure
 * (`<details>`) with a count of the filters on. Fires `change` with `{ filters }`.
 */
export class FilterControl extends Widget {
  private filters: Filters;
  private form?: HTMLFormElement;
  private summary?: HTMLElement;
  private parts?: ReturnType<FilterControl['build']>;

  constructor(i18n: ConstructorParameters<typeof Widget>[0], filters: Filters) {
    super(i18n);
    this.filters = filters;
  }

  protected onAdd(): HTMLElement {
    this.parts = this.build();
    this.form = el('form', { class: 'filters__form' }, this.parts.kinds.fieldset, this.parts.ownership.fieldset,
      this.parts.group.wrapper, this.parts.service.wrapper, this.parts.accessible, this.parts.status.fieldset, this.parts.reset);
    this.form.addEventListener('change', this.onChange);
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.parts.reset.addEventListener('click', this.onReset);
    this.summary = el('summary', { class: 'filters__summary', 'data-testid': 'filters-toggle' });
    return el('details', { class: 'filters', 'data-testid': 'filters' }, this.summary, this.form);
  }

  /** Shows these filters (from a shared link) without firing `change`. */
  setFilters(filters: Filters): this {
    this.filters = filters;
    this.render();
    return this;
  }

  protected render(): void {
    const p = this.parts!;
    const t = this.i18n.t.bind(this.i18n);
    const labels = this.i18n.labels;
    const f = this.filters;
    this.renderSummary();
    p.kinds.legend.textContent = t('filters.kind');
    replaceChildren(p.kinds.list, ...FACILITY_KINDS.map((k) =>
      choice('checkbox', 'kind', { value: k, label: labels.kind[k], prefix: kindSwatch(k) }, f.kinds.includes(k), `filter-kind-${k}`)));
    p.ownership.legend.textContent = t('filters.ownership');
    replaceChildren(p.ownership.list,
      choice('radio', 'ownership', { value: '', label: t('filters.all') }, f.ownership === null, 'filter-ownership-ALL'),
      ...OWNERSHIPS.map((o) => choice('radio', 'ownership', { value: o, label: labels.ownership[o] }, f.ownership === o, `filter-ownership-${o}`)));
    p.group.label.textContent = t('filters.group');
    fillSelect(p.group.select, t('filters.anyGroup'), TARGET_GROUPS.map((g) => ({ value: g, label: labels.group[g] })), f.targetGroup);
    p.service.label.textContent = t('filters.service');
    fillSelect(p.service.select, t('filters.anyService'), SERVICE_TYPES.map((s) => ({ value: s, label: labels.service[s] })), f.service);
    replaceChildren(p.accessible, choice('checkbox', 'accessible', { value: '1', label: t('filters.accessible') }, f.accessibleOnly, 'filter-accessible'));
    p.status.legend.textContent = t('filters.status');
    replaceChildren(p.status.list, ...FACILITY_STATUSES.map((s) =>
      choice('checkbox', 'status', { value: s, label: labels.status[s] }, f.status.includes(s), `filter-status-${s}`)),
    el('p', { class: 'filter__hint' }, t('filters.statusHint')));
    p.reset.textContent = t('filters.reset');
  }

  /** The disclosure's title and badge, and the reset button's state (fields untouched: focus stays). */
  private renderSummary(): void {
    const n = activeFilterCount(this.filters);
    replaceChildren(this.summary!, el('span', {}, this.i18n.t('filters.title')),
      n ? el('span', { class: 'badge', 'data-testid': 'filters-active' }, this.i18n.t('filters.active', { n })) : null);
    this.parts!.reset.disabled = n === 0;
  }

  private build() {
    return {
      kinds: checkboxGroup('kind', 'filter-kind'),
      ownership: checkboxGroup('ownership', 'filter-ownership'),
      group: selectField('filter-group'),
      service: selectField('filter-service'),
      accessible: el('div', { class: 'filter filter--single' }),
      status: checkboxGroup('status', 'filter-status'),
      reset: el('button', { type: 'button', class: 'button button--quiet', 'data-testid': 'filters-reset' }),
    };
  }

  private readonly onChange = (): void => {
    const data = new FormData(this.form!);
    this.filters = {
      kinds: data.getAll('kind') as FacilityKind[],
      ownership: (data.get('ownership') || null) as Ownership | null,
      targetGroup: (this.parts!.group.select.value || null) as TargetGroup | null,
      service: (this.parts!.service.select.value || null) as ServiceType | null,
      accessibleOnly: data.get('accessible') === '1',
      status: data.getAll('status') as FacilityStatus[],
    };
    this.renderSummary();
    this.fire('change', { filters: this.filters });
  };

  private readonly onReset = (): void => {
    this.filters = { kinds: [], ownership: null, targetGroup: null, service: null, accessibleOnly: false, status: [] };
    this.render();
    this.summary!.focus();
    this.fire('change', { filters: this.filters });
  };
}
