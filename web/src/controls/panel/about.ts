import type { FacilityDetail } from '../../api/types.js';
import type { I18n } from '../../i18n/index.js';
import { el } from '../../util/dom.js';
import { facts, section, unknown, words } from './section.js';

/** Address, province (and the province before the 2025 reform) and operator. */
export function placeSection(f: FacilityDetail, i18n: I18n): HTMLElement {
  const t = i18n.t.bind(i18n);
  const province = f.province?.name ?? null;
  const legacy = f.legacyProvince && f.legacyProvince.name !== province ? t('panel.legacyProvince', { name: f.legacyProvince.name }) : null;
  return section('panel-place', t('panel.place'),
    el('p', {}, f.address ?? el('span', { class: 'muted' }, t('panel.addressUnknown'))),
    facts([
      [t('panel.province'), province ? el('span', {}, province, legacy ? el('span', { class: 'muted' }, ` (${legacy})`) : null) : null],
      [t('panel.operator'), f.operator ? `${f.operator.name} (${i18n.labels.organization[f.operator.kind]})` : null],
      [t('panel.opened'), f.openedOn ? i18n.date(f.openedOn) : null],
      [t('panel.code'), f.code],
    ]));
}

/** Phone (a tel: link), e-mail and website. */
export function contactSection(f: FacilityDetail, i18n: I18n): HTMLElement {
  const t = i18n.t.bind(i18n);
  const c = f.contact;
  if (!c || (!c.phone && !c.email && !c.website)) return section('panel-contact', t('panel.contact'), unknown(t('panel.noContact')));
  const tel = c.phone ? `tel:${c.phone.replace(/[^\d+]/g, '')}` : null;
  const site = c.website ? (/^https?:\/\//.test(c.website) ? c.website : `https://${c.website}`) : null;
  return section('panel-contact', t('panel.contact'), facts([
    [t('panel.phone'), tel ? el('a', { href: tel, 'data-testid': 'panel-phone' }, c.phone!) : null],
    [t('panel.email'), c.email ? el('a', { href: `mailto:${c.email}` }, c.email) : null],
    [t('panel.website'), site ? el('a', { href: site, rel: 'noopener', target: '_blank' }, c.website!) : null],
  ]));
}

/** Services and target groups in plain words. */
export function servicesSection(f: FacilityDetail, i18n: I18n): HTMLElement[] {
  const t = i18n.t.bind(i18n);
  const sw = f.providesSocialWorkServices;
  return [
    section('panel-groups', t('panel.groups'),
      f.targetGroups.length ? words(f.targetGroups.map((g) => i18n.labels.group[g])) : unknown(t('panel.notRecorded'))),
    section('panel-services', t('panel.services'),
      f.services.length ? words(f.services.map((s) => i18n.labels.service[s])) : unknown(t('panel.notRecorded')),
      el('p', { class: 'panel__small' }, t('panel.socialWork', { v: t(sw === null ? 'panel.unknown' : sw ? 'panel.yes' : 'panel.no') }))),
  ];
}

/** Operating licence. */
export function licenceSection(f: FacilityDetail, i18n: I18n): HTMLElement {
  const t = i18n.t.bind(i18n);
  const l = f.licence;
  if (!l) return section('panel-licence', t('panel.licence'), unknown(t('panel.licenceNone')));
  return section('panel-licence', t('panel.licence'),
    el('p', {}, t('panel.licenceNumber', { n: l.number })),
    l.issuedBy ? el('p', { class: 'panel__small' }, t('panel.issuedBy', { v: l.issuedBy })) : null,
    l.issuedOn ? el('p', { class: 'panel__small' }, t('panel.issuedOn', { v: i18n.date(l.issuedOn) })) : null);
}

/** Where the record comes from, how far to trust it, and when it last changed. */
export function sourceSection(f: FacilityDetail, i18n: I18n): HTMLElement {
  const t = i18n.t.bind(i18n);
  const level = f.source.confidence;
  const doubtful = level === 'ESTIMATE' || level === 'SYNTHETIC';
  return section('panel-source', t('panel.source'),
    el('p', { class: `confidence confidence--${level.toLowerCase()}${doubtful ? ' confidence--doubtful' : ''}`, 'data-testid': 'panel-confidence', 'data-confidence': level },
      i18n.labels.confidence[level]),
    el('p', { class: 'citation' }, f.source.citation),
    el('p', { class: 'panel__small', 'data-testid': 'panel-updated' }, t('panel.updated', { date: i18n.date(f.updatedAt) })));
}
