import type { FacilityKind } from '../api/types.js';
import { el, replaceChildren } from '../util/dom.js';
import { FACILITY_KINDS } from '../state/index.js';
import { fillSelect, selectField } from './filterFields.js';
import { Widget } from './Widget.js';

type Status =
  | { kind: 'off' } | { kind: 'loading' } | { kind: 'error'; rings: number }
  | { kind: 'loaded'; rings: number; beyond: number | null };

/**
 * Reach: the kind of facility to ring and the radius in km; says in words how many rings are
 * drawn and how many communes lie beyond reach (or that communes are not imported).
 * Fires `change` with `{ kind, km }`.
 */
export class ReachControl extends Widget {
  private kind: FacilityKind | null;
  private km: number;
  private status: Status = { kind: 'off' };
  private parts?: { title: HTMLElement; kind: ReturnType<typeof selectField>; kmLabel: HTMLLabelElement; kmInput: HTMLInputElement; status: HTMLElement };

  constructor(i18n: ConstructorParameters<typeof Widget>[0], kind: FacilityKind | null, km: number) {
    super(i18n);
    [this.kind, this.km] = [kind, km];
  }

  protected onAdd(): HTMLElement {
    const kmInput = el('input', { type: 'number', min: '1', max: '500', step: '1', id: 'reach-km', class: 'filter__select reach__km', 'data-testid': 'reach-km', value: String(this.km) });
    this.parts = {
      title: el('h2', { class: 'coverage__title' }),
      kind: selectField('reach-kind'),
      kmLabel: el('label', { for: 'reach-km', class: 'filter__legend' }),
      kmInput,
      status: el('p', { class: 'coverage__status', role: 'status', 'aria-live': 'polite', 'data-testid': 'reach-status' }),
    };
    const p = this.parts;
    p.kind.select.addEventListener('change', this.onChange);
    kmInput.addEventListener('change', this.onChange);
    return el('section', { class: 'reach', 'data-testid': 'reach-control' }, p.title,
      el('div', { class: 'reach__fields' }, p.kind.wrapper, el('div', { class: 'filter' }, p.kmLabel, kmInput)), p.status);
  }

  setStatus(status: Status): this {
    this.status = status;
    this.renderStatus();
    return this;
  }

  protected render(): void {
    const p = this.parts!;
    const t = this.i18n.t.bind(this.i18n);
    p.title.textContent = t('reach.title');
    p.kind.label.textContent = t('reach.kind');
    fillSelect(p.kind.select, t('reach.none'), FACILITY_KINDS.map((k) => ({ value: k, label: this.i18n.labels.kind[k] })), this.kind);
    p.kmLabel.textContent = t('reach.km');
    this.renderStatus();
  }

  private renderStatus(): void {
    const box = this.parts!.status;
    const s = this.status;
    const t = this.i18n.t.bind(this.i18n);
    box.dataset.state = s.kind;
    if (s.kind === 'off') return replaceChildren(box);
    if (s.kind === 'loading') return replaceChildren(box, el('span', { class: 'spinner', 'aria-hidden': 'true' }), t('coverage.loading'));
    const rings = el('span', { 'data-testid': 'reach-ring-count', 'data-count': s.rings }, t('reach.rings', { n: s.rings, km: this.km }));
    if (s.kind === 'error') return replaceChildren(box, rings, el('br'), t('reach.error'));
    const beyond = s.beyond === null
      ? el('span', { 'data-testid': 'reach-no-communes' }, t('reach.noCommunes'))
      : el('span', { 'data-testid': 'reach-beyond', 'data-count': s.beyond }, t('reach.beyond', { n: s.beyond, km: this.km }));
    replaceChildren(box, rings, el('br'), beyond);
  }

  private readonly onChange = (): void => {
    const p = this.parts!;
    const km = Number(p.kmInput.value);
    this.kind = (p.kind.select.value || null) as FacilityKind | null;
    if (km > 0 && km <= 500) this.km = km;
    else p.kmInput.value = String(this.km);
    this.fire('change', { kind: this.kind, km: this.km });
  };
}
