import { el, uid } from '../util/dom.js';

/** Builders of the filter form's fields; each returns the element and a setter for its text. */

export interface Choice { value: string; label: string; prefix?: Node }

/** A fieldset of checkboxes named `name`. */
export function checkboxGroup(name: string, testid: string): { fieldset: HTMLFieldSetElement; legend: HTMLLegendElement; list: HTMLElement } {
  const legend = el('legend', { class: 'filter__legend' });
  const list = el('div', { class: 'filter__options' });
  const fieldset = el('fieldset', { class: 'filter', 'data-name': name, 'data-testid': testid }, legend, list);
  return { fieldset, legend, list };
}

/** One checkbox (or radio) with its label; `value` is the enum value. */
export function choice(type: 'checkbox' | 'radio', name: string, c: Choice, checked: boolean, testid: string): HTMLLabelElement {
  const input = el('input', { type, name, value: c.value, checked, 'data-testid': testid });
  return el('label', { class: 'filter__choice' }, input, c.prefix ?? null, el('span', {}, c.label));
}

/** A labelled `<select>` whose first option is "any". */
export function selectField(testid: string): { wrapper: HTMLElement; label: HTMLLabelElement; select: HTMLSelectElement } {
  const id = uid('filter');
  const label = el('label', { for: id, class: 'filter__legend' });
  const select = el('select', { id, class: 'filter__select', 'data-testid': testid });
  return { wrapper: el('div', { class: 'filter' }, label, select), label, select };
}

/** Fills a select with options, keeping `value` selected. */
export function fillSelect(select: HTMLSelectElement, anyLabel: string, choices: Choice[], value: string | null): void {
  select.replaceChildren(el('option', { value: '' }, anyLabel), ...choices.map((c) => el('option', { value: c.value }, c.label)));
  select.value = value ?? '';
}
