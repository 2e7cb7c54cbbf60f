import type { FacilityDetail } from '../api/types.js';
import { el, replaceChildren, uid } from '../util/dom.js';
import { kindSwatch } from '../layers/kindStyle.js';
import { facilityName } from './facilityName.js';
import { capacitySection } from './panel/capacity.js';
import { staffSection } from './panel/staff.js';
import { accessibilitySection } from './panel/accessibility.js';
import { contactSection, licenceSection, placeSection, servicesSection, sourceSection } from './panel/about.js';
import { Widget } from './Widget.js';

type State =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'notFound' }
  | { kind: 'error' }
  | { kind: 'facility'; facility: FacilityDetail };

/**
 * Everything known about one facility, with what is unknown or unsure said in words (an
 * approximate position, an estimate "to confirm", synthetic data "not a fact"). Fires `close`
 * and `retry`.
 */
export class FacilityPanel extends Widget {
  private state: State = { kind: 'empty' };
  private body?: HTMLElement;
  private close?: HTMLButtonElement;
  private readonly titleId = uid('panel-title');

  protected onAdd(): HTMLElement {
    this.close = el('button', { type: 'button', class: 'icon-button panel__close', 'data-testid': 'panel-close' }, '×');
    this.close.addEventListener('click', () => this.fire('close'));
    this.body = el('div', { class: 'panel__body', 'aria-live': 'polite' });
    return el('article', { class: 'panel', 'data-testid': 'facility-panel', 'aria-labelledby': this.titleId }, this.close, this.body);
  }

  setLoading(): void { this.set({ kind: 'loading' }); }
  setNotFound(): void { this.set({ kind: 'notFound' }); }
  setError(): void { this.set({ kind: 'error' }); }
  setFacility(facility: FacilityDetail): void { this.set({ kind: 'facility', facility }); }

  /** Moves the keyboard focus to the panel (after a selection). */
  focus(): void {
    this.container?.querySelector<HTMLElement>(`#${this.titleId}`)?.focus();
  }

  private set(state: State): void {
    this.state = state;
    this.render();
  }

  protected render(): void {
    const t = this.i18n.t.bind(this.i18n);
    this.close!.setAttribute('aria-label', t('panel.close'));
    const s = this.state;
    this.container!.dataset.state = s.kind;
    if (s.kind === 'facility') return replaceChildren(this.body!, ...this.facility(s.facility));
    const message = s.kind === 'loading' ? t('panel.loading') : s.kind === 'notFound' ? t('panel.notFound') : s.kind === 'error' ? t('panel.error') : '';
    const retry = s.kind === 'error' ? el('button', { type: 'button', class: 'button button--small' }, t('retry')) : null;
    retry?.addEventListener('click', () => this.fire('retry'));
    replaceChildren(this.body!, el('h2', { id: this.titleId, tabindex: '-1', class: 'panel__title panel__title--message' }, message), retry);
  }

  private facility(f: FacilityDetail): Node[] {
    const t = this.i18n.t.bind(this.i18n);
    const labels = this.i18n.labels;
    const name = facilityName(f, this.i18n.lang);
    const approximate = f.location?.precision === 'APPROXIMATE';
    const header = el('header', { class: 'panel__header' },
      el('p', { class: 'panel__kind' }, kindSwatch(f.kind, approximate), labels.kind[f.kind]),
      el('h2', { id: this.titleId, class: 'panel__title', tabindex: '-1', 'data-testid': 'panel-name', lang: name === f.name ? 'vi' : 'en' }, name),
      name !== f.name ? el('p', { class: 'panel__alt-name', lang: 'vi' }, f.name) : null,
      el('p', { class: 'badges' },
        el('span', { class: `status status--${f.status.toLowerCase()}`, 'data-testid': 'panel-status' }, labels.status[f.status]),
        el('span', { class: 'status' }, labels.ownership[f.ownership])));
    const warnings = [
      f.source.confidence === 'ESTIMATE' ? el('p', { class: 'notice notice--confirm', 'data-testid': 'panel-to-confirm' }, t('panel.toConfirm')) : null,
      f.source.confidence === 'SYNTHETIC' ? el('p', { class: 'notice notice--synthetic', 'data-testid': 'panel-not-fact' }, t('panel.notFact')) : null,
      approximate ? el('p', { class: 'notice', 'data-testid': 'panel-approximate' }, t('panel.approximate')) : null,
    ].filter((w): w is HTMLParagraphElement => w !== null);
    return [
      header, ...warnings,
      placeSection(f, this.i18n), contactSection(f, this.i18n), capacitySection(f, this.i18n),
      ...servicesSection(f, this.i18n), staffSection(f, this.i18n), accessibilitySection(f, this.i18n),
      licenceSection(f, this.i18n), sourceSection(f, this.i18n),
    ];
  }
}
