import type { FacilitySummary } from '../api/types.js';
import type { Lang } from '../i18n/index.js';

/** The facility's name in the interface language: the English name when there is one, else the Vietnamese. */
export function facilityName(f: Pick<FacilitySummary, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && f.nameEn ? f.nameEn : f.name;
}
