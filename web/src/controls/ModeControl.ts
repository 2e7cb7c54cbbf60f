import { el } from '../util/dom.js';
import type { Mode } from '../state/index.js';
import { Widget } from './Widget.js';

const MODES: Mode[] = ['find', 'coverage'];

/** Two tabs at the top of the sidebar: find a facility | coverage and goals. Fires `modechange` with `{ mode }`. */
export class ModeControl extends Widget {
  private group?: HTMLElement;
  private mode: Mode;

  constructor(i18n: ConstructorParameters<typeof Widget>[0], mode: Mode) {
    super(i18n);
    this.mode = mode;
  }

  protected onAdd(): HTMLElement {
    this.group = el('div', { class: 'mode-switch', role: 'group', 'data-testid': 'mode-switch' });
    for (const mode of MODES) {
      const button = el('button', { type: 'button', class: 'mode-switch__tab', 'data-mode': mode, 'data-testid': `mode-${mode}` });
      button.addEventListener('click', () => {
        if (mode === this.mode) return;
        this.setMode(mode);
        this.fire('modechange', { mode });
      });
      this.group.append(button);
    }
    return this.group;
  }

  setMode(mode: Mode): this {
    this.mode = mode;
    this.render();
    return this;
  }

  protected render(): void {
    this.group!.setAttribute('aria-label', this.i18n.t('mode.label'));
    for (const button of this.group!.querySelectorAll<HTMLButtonElement>('button')) {
      const mode = button.dataset.mode as Mode;
      button.textContent = this.i18n.t(mode === 'find' ? 'mode.find' : 'mode.coverage');
      button.setAttribute('aria-pressed', String(mode === this.mode));
    }
  }
}
