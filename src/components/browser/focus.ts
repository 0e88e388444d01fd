/** Focus moves inside the element's shadow root. */

export function focusIn(root: ParentNode, selector: string): void {
  const target = root.querySelector<HTMLElement>(selector);
  target?.focus();
  target?.scrollIntoView?.({ block: 'nearest' });
}

/**
 * Focuses a question's chosen answer, or its first, with its legend in view.
 * Error summary links cannot use #ids across the shadow boundary, so they do this by script.
 */
export function focusQuestion(root: ParentNode, id: string): void {
  const fieldset = root.querySelector<HTMLFieldSetElement>(`fieldset[id="${id}"]`);
  // By name: a fieldset also holds the inputs of follow-up questions it reveals.
  const inputs = `input[name="${id}"]`;
  const input = fieldset?.querySelector<HTMLInputElement>(`${inputs}:checked`) ?? fieldset?.querySelector<HTMLInputElement>(inputs);
  fieldset?.querySelector('legend')?.scrollIntoView({ block: 'start' });
  input?.focus({ preventScroll: true });
}
