import type { AccessibilityStatus, FacilityDetail } from '../../api/types.js';
import type { I18n } from '../../i18n/index.js';
import { el } from '../../util/dom.js';
import { section, unknown } from './section.js';

const MARK: Record<AccessibilityStatus, string> = { MET: '✓', PARTIAL: '◐', NOT_MET: '✗', UNKNOWN: '?' };

/** The QCVN 10 checklist: each section with a mark and its status in words. */
export function accessibilitySection(f: FacilityDetail, i18n: I18n): HTMLElement {
  const t = i18n.t.bind(i18n);
  const a = f.accessibility;
  if (!a) return section('panel-accessibility', t('panel.accessibility'), unknown(t('panel.notAssessed')));
  const summary = el('p', { class: `access__summary access__summary--${a.meetsMinimum ? 'met' : 'not-met'}` },
    t(a.meetsMinimum ? 'panel.meetsMinimum' : 'panel.notMeetsMinimum'));
  const list = el('ul', { class: 'access__list' }, ...a.items.map((item) =>
    el('li', { class: `access__item access__item--${item.status.toLowerCase()}` },
      el('span', { class: 'access__mark', 'aria-hidden': 'true' }, MARK[item.status]),
      el('span', {}, i18n.labels.feature[item.item]),
      el('span', { class: 'access__status' }, i18n.labels.featureStatus[item.status]))));
  return section('panel-accessibility', t('panel.accessibility'), summary, list,
    a.assessedOn ? el('p', { class: 'panel__small' }, t('panel.assessedOn', { date: i18n.date(a.assessedOn) })) : null);
}
