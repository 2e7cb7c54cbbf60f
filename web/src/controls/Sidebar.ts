import { el } from '../util/dom.js';
import { Widget } from './Widget.js';

export type SidebarSlot = 'header' | 'mode' | 'search' | 'browse' | 'plan' | 'detail';

/**
 * The page's side panel (a bottom sheet on phones): title, language, search, then either the
 * browse view (near, filters, count, nearest list) or, in the coverage mode, the plan view (indicator,
 * table, province, reach); the detail view (a facility) replaces either.
 * Fires `resize` when its size changes (the map must then re-measure).
 */
export class Sidebar extends Widget {
  private readonly slots = new Map<SidebarSlot, HTMLElement>();
  private title?: HTMLElement;
  private subtitle?: HTMLElement;
  private toggle?: HTMLButtonElement;
  private expanded = false;
  private list: 'browse' | 'plan' = 'browse';
  private detail = false;

  protected onAdd(): HTMLElement {
    this.title = el('h1', { class: 'sidebar__title' });
    this.subtitle = el('p', { class: 'sidebar__subtitle' });
    this.toggle = el('button', { type: 'button', class: 'sidebar__handle', 'data-testid': 'sheet-toggle', 'aria-expanded': 'false' });
    this.toggle.addEventListener('click', () => this.setExpanded(!this.expanded));
    const header = el('header', { class: 'sidebar__header' },
      el('div', { class: 'sidebar__brand' }, this.title, this.subtitle));
    this.slots.set('header', header);
    for (const name of ['search', 'mode', 'browse', 'plan', 'detail'] as const) {
      this.slots.set(name, el('div', { class: `sidebar__${name}`, 'data-slot': name }));
    }
    this.slots.get('detail')!.hidden = true;
    this.slots.get('plan')!.hidden = true;
    return el('aside', { class: 'sidebar', id: 'sidebar', 'data-testid': 'sidebar' },
      this.toggle, header, this.slots.get('search'), this.slots.get('mode'), this.slots.get('browse'), this.slots.get('plan'), this.slots.get('detail'));
  }

  protected render(): void {
    this.title!.textContent = this.i18n.t('app.title');
    this.subtitle!.textContent = this.i18n.t('app.subtitle');
    this.toggle!.setAttribute('aria-label', this.i18n.t(this.expanded ? 'sheet.collapse' : 'sheet.expand'));
  }

  /** The element that holds one part of the sidebar. */
  slot(name: SidebarSlot): HTMLElement {
    return this.slots.get(name)!;
  }

  /** Shows the detail view (a facility) instead of the browse view, or back. */
  showDetail(show: boolean): this {
    this.detail = show;
    return this.layout();
  }

  /** Which view lists under the search: the browse view (finding) or the plan view (coverage). */
  showList(list: 'browse' | 'plan'): this {
    this.list = list;
    return this.layout();
  }

  private layout(): this {
    this.slot('detail').hidden = !this.detail;
    this.slot('browse').hidden = this.detail || this.list !== 'browse';
    this.slot('plan').hidden = this.detail || this.list !== 'plan';
    this.container?.classList.toggle('sidebar--detail', this.detail);
    this.container?.classList.toggle('sidebar--plan', this.list === 'plan');
    this.fire('resize');
    return this;
  }

  /** On phones: the sheet's full height (true) or its peek height. */
  setExpanded(expanded: boolean): this {
    this.expanded = expanded;
    this.container?.classList.toggle('sidebar--expanded', expanded);
    this.toggle?.setAttribute('aria-expanded', String(expanded));
    this.render();
    this.fire('resize');
    return this;
  }
}
