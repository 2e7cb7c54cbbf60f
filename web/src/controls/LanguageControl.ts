import { el } from '../util/dom.js';
import { LANGS, type Lang } from '../i18n/index.js';
import { Widget } from './Widget.js';

const NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };
const SHORT: Record<Lang, string> = { vi: 'VI', en: 'EN' };

/** Two toggle buttons, Tiếng Việt | English. Fires `langchange` with `{ lang }`. */
export class LanguageControl extends Widget {
  private group?: HTMLElement;

  protected onAdd(): HTMLElement {
    this.group = el('div', { class: 'lang-switch', role: 'group', 'data-testid': 'language-switch' });
    for (const lang of LANGS) {
      const button = el('button', { type: 'button', lang, 'data-lang': lang, 'data-testid': `lang-${lang}`, 'aria-label': NAMES[lang], title: NAMES[lang] }, SHORT[lang]);
      button.addEventListener('click', () => this.fire('langchange', { lang }));
      this.group.append(button);
    }
    return this.group;
  }

  protected render(): void {
    if (!this.group) return;
    this.group.setAttribute('aria-label', this.i18n.t('lang.label'));
    for (const button of this.group.querySelectorAll<HTMLButtonElement>('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === this.i18n.lang));
    }
  }
}
