import { el, replaceChildren } from '../util/dom.js';
import { Widget } from './Widget.js';

type State = { kind: 'loading' } | { kind: 'loaded'; total: number; placed: number } | { kind: 'error' };

/**
 * How many facilities match the filters, said in words (a live region): loading, the count,
 * none, or an error with a retry button (fires `retry`). `data-count` holds the number.
 */
export class CountStatus extends Widget {
  private state: State = { kind: 'loading' };
  private box?: HTMLElement;

  protected onAdd(): HTMLElement {
    this.box = el('div', { class: 'count', role: 'status', 'aria-live': 'polite', 'data-testid': 'facility-count' });
    return this.box;
  }

  setLoading(): void {
    this.state = { kind: 'loading' };
    this.render();
  }

  setCount(total: number, placed: number): void {
    this.state = { kind: 'loaded', total, placed };
    this.render();
  }

  setError(): void {
    this.state = { kind: 'error' };
    this.render();
  }

  protected render(): void {
    const box = this.box!;
    const s = this.state;
    const t = this.i18n.t.bind(this.i18n);
    box.dataset.state = s.kind;
    if (s.kind === 'loaded') box.dataset.count = String(s.total);
    else delete box.dataset.count;
    if (s.kind === 'loading') {
      replaceChildren(box, el('span', { class: 'spinner', 'aria-hidden': 'true' }), t('count.loading'));
    } else if (s.kind === 'error') {
      const retry = el('button', { type: 'button', class: 'button button--small', 'data-testid': 'count-retry' }, t('retry'));
      retry.addEventListener('click', () => this.fire('retry'));
      replaceChildren(box, el('span', { class: 'count__error' }, t('count.error')), retry);
    } else if (s.total === 0) {
      replaceChildren(box, el('span', { class: 'count__empty' }, t('count.none')));
    } else {
      replaceChildren(box, el('strong', {}, t('count.facilities', { n: s.total })),
        s.placed < s.total ? el('span', { class: 'count__note' }, t('count.unplaced', { n: s.total - s.placed })) : null);
    }
  }
}
