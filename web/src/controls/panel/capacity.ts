import type { FacilityDetail } from '../../api/types.js';
import type { I18n } from '../../i18n/index.js';
import { el } from '../../util/dom.js';
import { facts, section, unknown } from './section.js';

/** Places, residents and people served in the community, with a bar of places in use. */
export function capacitySection(f: FacilityDetail, i18n: I18n): HTMLElement {
  const t = i18n.t.bind(i18n);
  const c = f.capacity;
  if (!c) return section('panel-capacity', t('panel.capacity'), unknown(t('panel.noCapacity')));
  const people = (n: number | null) => (n === null ? el('span', { class: 'muted' }, t('panel.unknown')) : t('panel.people', { n }));
  const places = c.places === null ? el('span', { class: 'muted' }, t('panel.unknown')) : i18n.number(c.places);
  return section('panel-capacity', t('panel.capacity'),
    facts([
      [t('panel.places'), places],
      [t('panel.residents'), el('span', { 'data-testid': 'panel-residents' }, people(c.residents))],
      [t('panel.community'), c.communityClients === null ? null : people(c.communityClients)],
    ]),
    bar(c.places, c.residents, i18n),
    c.residentsByGroup.length > 1
      ? el('p', { class: 'panel__small' }, `${t('panel.byGroup')}: ${c.residentsByGroup.map((g) => `${i18n.labels.group[g.group]} ${i18n.number(g.count)}`).join('; ')}`)
      : null,
    el('p', { class: 'panel__small' }, t('panel.reportedOn', { date: i18n.date(c.reportedOn) })));
}

/** A small bar of residents over places; nothing when either is unknown. */
function bar(places: number | null, residents: number | null, i18n: I18n): HTMLElement | null {
  if (places === null || residents === null || places <= 0) return null;
  const pct = Math.round((residents / places) * 100);
  const over = residents > places;
  const fill = el('span', { class: `bar__fill${over ? ' bar__fill--over' : ''}` });
  fill.style.width = `${Math.min(pct, 100)}%`;
  const label = over ? `${i18n.t('panel.overCapacity')} (${i18n.number(pct, 0)}%)` : i18n.t('panel.occupancy', { pct: i18n.number(pct, 0) });
  return el('div', { class: 'bar-wrap' },
    el('span', { class: 'bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': places, 'aria-valuenow': residents, 'aria-label': label, 'data-testid': 'capacity-bar' }, fill),
    el('span', { class: 'bar__label' }, label));
}
