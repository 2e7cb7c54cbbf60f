import type { FacilityDetail } from '../../api/types.js';
import type { I18n } from '../../i18n/index.js';
import { facts, section, unknown } from './section.js';

/** Staff totals and staff per role. */
export function staffSection(f: FacilityDetail, i18n: I18n): HTMLElement {
  const t = i18n.t.bind(i18n);
  const s = f.staff;
  const known = s && (s.total !== null || s.socialWorkers !== null || s.byRole.length > 0);
  if (!s || !known) return section('panel-staff', t('panel.staff'), unknown(t('panel.noStaff')));
  const num = (n: number | null) => (n === null ? null : i18n.number(n));
  return section('panel-staff', t('panel.staff'), facts([
    [t('panel.staffTotal'), num(s.total)],
    [t('panel.socialWorkers'), num(s.socialWorkers)],
    [t('panel.trained'), num(s.trainedSocialWorkers)],
    ...s.byRole.map((r): [string, string] => [i18n.labels.role[r.role], i18n.number(r.count)]),
  ]));
}
