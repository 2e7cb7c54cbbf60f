import type { TargetGroup } from '../api/types.js';
import type { Geography } from '../api/planning.types.js';
import { INDICATORS, INDICATOR_DEFS, type IndicatorId } from '../coverage/indicators.js';
import { el, replaceChildren } from '../util/dom.js';
import { TARGET_GROUPS, type CoverageState } from '../state/index.js';
import { checkboxGroup, choice, fillSelect, selectField } from './filterFields.js';
import { Widget } from './Widget.js';

type Status = { kind: 'loading' } | { kind: 'error' } | { kind: 'loaded'; withData: number; without: number };

/**
 * The coverage view's choices: the indicator drawn, the geography (34 or 63 provinces) and the
 * target group of the coverage indicator; a status line in words. Fires `change` with
 * `{ indicator, geography, targetGroup }` and `retry`.
 */
export class CoverageControl extends Widget {
  private state: Pick<CoverageState, 'indicator' | 'geography' | 'targetGroup'>;
  private status: Status = { kind: 'loading' };
  private parts?: ReturnType<CoverageControl['build']>;

  constructor(i18n: ConstructorParameters<typeof Widget>[0], state: CoverageState) {
    super(i18n);
    this.state = { indicator: state.indicator, geography: state.geography, targetGroup: state.targetGroup };
  }

  protected onAdd(): HTMLElement {
    this.parts = this.build();
    const p = this.parts;
    const form = el('form', { class: 'coverage__form' }, p.indicator.wrapper, p.geography.fieldset, p.group.wrapper);
    form.addEventListener('change', this.onChange);
    form.addEventListener('submit', (e) => e.preventDefault());
    return el('section', { class: 'coverage', 'data-testid': 'coverage-control' }, p.title, form, p.status);
  }

  setStatus(status: Status): this {
    this.status = status;
    this.render();
    return this;
  }

  protected render(): void {
    const p = this.parts!;
    const t = this.i18n.t.bind(this.i18n);
    p.title.textContent = t('coverage.title');
    p.indicator.label.textContent = t('coverage.indicator');
    p.indicator.select.replaceChildren(...INDICATORS.map((id) => el('option', { value: id }, t(INDICATOR_DEFS[id].label))));
    p.indicator.select.value = this.state.indicator;
    p.geography.legend.textContent = t('coverage.geography');
    replaceChildren(p.geography.list,
      choice('radio', 'geography', { value: 'CURRENT_34', label: t('coverage.geo34') }, this.state.geography === 'CURRENT_34', 'geography-34'),
      choice('radio', 'geography', { value: 'LEGACY_63', label: t('coverage.geo63') }, this.state.geography === 'LEGACY_63', 'geography-63'));
    p.group.label.textContent = t('coverage.group');
    fillSelect(p.group.select, t('coverage.anyGroup'), TARGET_GROUPS.map((g) => ({ value: g, label: this.i18n.labels.group[g] })), this.state.targetGroup);
    p.group.wrapper.hidden = this.state.indicator !== 'coverage';
    this.renderStatus();
  }

  private renderStatus(): void {
    const box = this.parts!.status;
    const s = this.status;
    box.dataset.state = s.kind;
    if (s.kind === 'loading') replaceChildren(box, el('span', { class: 'spinner', 'aria-hidden': 'true' }), this.i18n.t('coverage.loading'));
    else if (s.kind === 'error') {
      const retry = el('button', { type: 'button', class: 'button button--small', 'data-testid': 'coverage-retry' }, this.i18n.t('retry'));
      retry.addEventListener('click', () => this.fire('retry'));
      replaceChildren(box, el('span', {}, this.i18n.t('coverage.error')), retry);
    } else replaceChildren(box, this.i18n.t('coverage.summary', { n: s.withData, m: s.without }));
  }

  private build() {
    return {
      title: el('h2', { class: 'coverage__title' }),
      indicator: selectField('coverage-indicator'),
      geography: checkboxGroup('geography', 'coverage-geography'),
      group: selectField('coverage-group'),
      status: el('p', { class: 'coverage__status', role: 'status', 'aria-live': 'polite', 'data-testid': 'coverage-status' }),
    };
  }

  private readonly onChange = (): void => {
    const p = this.parts!;
    const checked = p.geography.list.querySelector<HTMLInputElement>('input:checked');
    this.state = {
      indicator: p.indicator.select.value as IndicatorId,
      geography: (checked?.value ?? 'CURRENT_34') as Geography,
      targetGroup: (p.group.select.value || null) as TargetGroup | null,
    };
    p.group.wrapper.hidden = this.state.indicator !== 'coverage';
    this.fire('change', { ...this.state });
  };
}
