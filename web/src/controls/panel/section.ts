import { el } from '../../util/dom.js';

type Child = Node | string | null | undefined | false;

/** A titled part of the facility panel. */
export function section(testid: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'panel__section', 'data-testid': testid }, el('h3', { class: 'panel__section-title' }, title), ...children);
}

/** A definition list of label → value rows; rows with a null value are left out. */
export function facts(rows: [string, Child][]): HTMLDListElement {
  const dl = el('dl', { class: 'facts' });
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === false) continue;
    dl.append(el('div', { class: 'facts__row' }, el('dt', {}, label), el('dd', {}, value)));
  }
  return dl;
}

/** A muted sentence saying that something is not known. */
export function unknown(text: string): HTMLElement {
  return el('p', { class: 'panel__unknown' }, text);
}

/** A bulleted list of plain words. */
export function words(items: string[]): HTMLUListElement {
  return el('ul', { class: 'tags' }, ...items.map((w) => el('li', { class: 'tag' }, w)));
}
