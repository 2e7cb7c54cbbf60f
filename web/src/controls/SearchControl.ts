import type { FacilitySummary } from '../api/types.js';
import { debounce, el, replaceChildren, uid } from '../util/dom.js';
import { kindSwatch } from '../layers/kindStyle.js';
import { facilityName } from './facilityName.js';
import { Widget } from './Widget.js';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; query: string }
  | { kind: 'results'; query: string; facilities: FacilitySummary[]; total: number }
  | { kind: 'error'; query: string };

/**
 * The search box, a combobox with results while typing. Fires `search` with `{ query }` (debounced,
 * empty when cleared) and `select` with `{ code }`; the app answers with `showLoading`,
 * `showResults` or `showError`. Arrow keys move in the list, Enter picks (the best match when
 * none is highlighted), Escape closes.
 */
export class SearchControl extends Widget {
  private input?: HTMLInputElement;
  private list?: HTMLUListElement;
  private status?: HTMLElement;
  private labelEl?: HTMLLabelElement;
  private hint?: HTMLElement;
  private clear?: HTMLButtonElement;
  private state: State = { kind: 'idle' };
  private active = -1;
  private readonly emitSearch = debounce((query: string) => this.fire('search', { query }), 250);

  protected onAdd(): HTMLElement {
    const inputId = uid('search');
    const listId = uid('search-results');
    const hintId = uid('search-hint');
    this.labelEl = el('label', { for: inputId, class: 'search__label' });
    this.input = el('input', {
      id: inputId, type: 'search', role: 'combobox', autocomplete: 'off', spellcheck: 'false', class: 'search__input',
      'aria-autocomplete': 'list', 'aria-controls': listId, 'aria-expanded': 'false', 'aria-describedby': hintId,
      'data-testid': 'search-input',
    });
    this.clear = el('button', { type: 'button', class: 'search__clear', 'data-testid': 'search-clear', hidden: true }, '×');
    this.hint = el('p', { id: hintId, class: 'search__hint' });
    this.status = el('p', { class: 'search__status', role: 'status', 'aria-live': 'polite', 'data-testid': 'search-status' });
    this.list = el('ul', { id: listId, role: 'listbox', class: 'search__results', 'data-testid': 'search-results', hidden: true });
    this.input.addEventListener('input', this.onInput);
    this.input.addEventListener('keydown', this.onKeyDown);
    this.input.addEventListener('blur', this.onBlur);
    this.input.addEventListener('focus', this.onFocus);
    this.clear.addEventListener('click', () => this.reset(true));
    return el('div', { class: 'search', role: 'search' }, this.labelEl,
      el('div', { class: 'search__field' }, this.input, this.clear), this.hint, this.status, this.list);
  }

  protected override onRemove(): void {
    this.emitSearch.cancel();
  }

  protected render(): void {
    this.labelEl!.textContent = this.i18n.t('search.label');
    this.input!.placeholder = this.i18n.t('search.placeholder');
    this.hint!.textContent = this.i18n.t('search.hint');
    this.clear!.setAttribute('aria-label', this.i18n.t('search.clear'));
    this.drawState();
  }

  showLoading(query: string): void {
    this.setState({ kind: 'loading', query });
  }

  showResults(query: string, facilities: FacilitySummary[], total: number): void {
    if (query !== this.input?.value.trim()) return; // an answer to an older query
    this.active = -1;
    this.setState({ kind: 'results', query, facilities, total });
  }

  /** Closes the list (the app picked a result itself). */
  clearResults(): void {
    this.setState({ kind: 'idle' });
  }

  showError(query: string): void {
    this.setState({ kind: 'error', query });
  }

  private readonly onInput = (): void => {
    const query = this.input!.value.trim();
    this.clear!.hidden = this.input!.value === '';
    if (!query) {
      this.reset(false);
      return;
    }
    this.emitSearch(query);
  };

  /** The list folds away when the focus leaves the box, and comes back with it. */
  private readonly onBlur = (): void => {
    this.list!.hidden = true;
    this.input!.setAttribute('aria-expanded', 'false');
  };

  private readonly onFocus = (): void => {
    if (this.state.kind === 'results') this.drawState();
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const results = this.state.kind === 'results' ? this.state.facilities : [];
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!results.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + results.length) % results.length;
      this.drawActive();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (results.length) this.pick(results[Math.max(this.active, 0)].code);
      else if (this.input!.value.trim()) {
        this.emitSearch.cancel();
        this.fire('search', { query: this.input!.value.trim(), pickFirst: true });
      }
    } else if (e.key === 'Escape') {
      this.reset(true);
    }
  };

  private pick(code: string): void {
    this.setState({ kind: 'idle' });
    this.fire('select', { code });
  }

  private reset(clearInput: boolean): void {
    this.emitSearch.cancel();
    if (clearInput && this.input) this.input.value = '';
    this.clear!.hidden = this.input!.value === '';
    this.setState({ kind: 'idle' });
    this.fire('search', { query: '' });
  }

  private setState(state: State): void {
    this.state = state;
    this.drawState();
  }

  private drawState(): void {
    const s = this.state;
    const t = this.i18n.t.bind(this.i18n);
    const text = s.kind === 'loading' ? t('search.loading')
      : s.kind === 'error' ? t('search.error')
        : s.kind === 'results' ? (s.facilities.length ? t('search.count', { n: s.total }) : t('search.none', { q: s.query }))
          : '';
    this.status!.textContent = text;
    this.status!.dataset.state = s.kind;
    const items = s.kind === 'results' ? s.facilities : [];
    replaceChildren(this.list!, ...items.map((f, i) => this.option(f, i)));
    this.list!.hidden = items.length === 0;
    this.input!.setAttribute('aria-expanded', String(items.length > 0));
    this.drawActive();
  }

  private option(f: FacilitySummary, index: number): HTMLLIElement {
    const name = facilityName(f, this.i18n.lang);
    const li = el('li', { role: 'option', id: `${this.list!.id}-${index}`, class: 'search__option', 'data-testid': 'search-result', 'data-code': f.code },
      kindSwatch(f.kind, f.location?.precision === 'APPROXIMATE'),
      el('span', { class: 'search__option-text' },
        el('span', { class: 'search__option-name' }, name),
        el('span', { class: 'search__option-meta' }, [this.i18n.labels.kind[f.kind], f.province?.name].filter(Boolean).join(' · '))));
    li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
    li.addEventListener('click', () => this.pick(f.code));
    return li;
  }

  private drawActive(): void {
    const options = this.list!.querySelectorAll<HTMLLIElement>('[role=option]');
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.active)));
    const active = options[this.active];
    if (active) {
      this.input!.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else this.input!.removeAttribute('aria-activedescendant');
  }
}
