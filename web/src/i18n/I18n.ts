import L from 'leaflet';
import { vi, type MessageKey } from './vi.js';
import { en } from './en.js';
import { enumsVi, type EnumLabels } from './enums.vi.js';
import { enumsEn } from './enums.en.js';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { vi, en };
/** English singular forms, used when the parameter `n` is 1. */
const EN_ONE: Partial<Record<MessageKey, string>> = {
  'search.count': '1 result',
  'count.facilities': '1 matching facility',
  'count.unplaced': '1 facility has no position on the map',
  'cluster.label': 'Group of 1 facility, click to zoom in',
};
const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * The interface language. Fires `change` when it switches; widgets re-render on it.
 * Numbers and dates follow the language (1.234,5 in Vietnamese; 1,234.5 in English).
 */
export class I18n extends L.Evented {
  private current: Lang;

  constructor(lang: Lang = 'vi') {
    super();
    this.current = lang;
  }

  get lang(): Lang {
    return this.current;
  }

  setLang(lang: Lang): void {
    if (lang === this.current) return;
    this.current = lang;
    document.documentElement.lang = lang;
    this.fire('change', { lang });
  }

  /** The text of `key` with `{param}`s filled in. */
  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    const one = this.current === 'en' && params.n === 1 ? EN_ONE[key] : undefined;
    const template = one ?? MESSAGES[this.current][key];
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      return typeof value === 'number' ? this.number(value) : String(value ?? '');
    });
  }

  /** Labels of the contract's enums in the current language. */
  get labels(): EnumLabels {
    return this.current === 'en' ? enumsEn : enumsVi;
  }

  number(value: number, maximumFractionDigits = 1): string {
    return new Intl.NumberFormat(LOCALES[this.current], { maximumFractionDigits }).format(value);
  }

  /** A calendar date `YYYY-MM-DD` or a timestamp, as "21/11/2026" or "21 Nov 2026". */
  date(value: string): string {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    const style: Intl.DateTimeFormatOptions = this.current === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' };
    return new Intl.DateTimeFormat(LOCALES[this.current], style).format(date);
  }
}
