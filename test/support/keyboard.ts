/**
 * Keyboard-only helpers for driving <ldn-decision-aid>: real key presses sent
 * by the browser (Tab, Shift+Tab, arrows, Space, Enter) through
 * @web/test-runner-commands. Nothing here clicks, calls .focus() on the aid's
 * controls or sends machine events; the only .focus() is on a button of the
 * host page, before the aid, where a keyboard user's journey starts.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ldn-decision-aid.js';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import type { QuestionStep } from '../../src/flow/steps.js';
import { EXAMPLE_CLICKS, root, settle, stepOf } from './harness.js';

/** The element that really has focus, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short, readable name for an element, for failure messages. */
export function describeElement(node: Element | null): string {
  if (!node) return '(nothing)';
  const tag = node.tagName.toLowerCase();
  if (node === document.body) return 'body';
  const action = node.getAttribute('data-action');
  if (action) return `${tag}[data-action=${action}]`;
  const change = node.getAttribute('data-change');
  if (change) return `${tag}[data-change=${change}]`;
  if (node instanceof HTMLInputElement) {
    const field = node.closest('fieldset')?.id ?? node.name;
    return `${node.type} ${field}=${node.value}${node.checked ? ' (checked)' : ''}`;
  }
  if (node.hasAttribute('data-step-heading')) return `heading "${node.textContent?.trim()}"`;
  if (node.id) return `${tag}#${node.id}`;
  if (node.classList.length) return `${tag}.${[...node.classList].join('.')}`;
  return `${tag} "${(node.textContent ?? '').trim().slice(0, 30)}"`;
}

/**
 * Presses one key and lets the aid finish re-rendering. Puppeteer presses one
 * key at a time, so a chord such as 'Shift+Tab' is sent as modifier down, key, modifier up.
 */
export async function press(key: string, el?: LdnDecisionAid): Promise<void> {
  const keys = key.split('+');
  const main = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: main });
  } finally {
    for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  }
  if (el) await settle(el);
}

export interface TabOptions {
  /** Most presses before giving up. */
  max?: number;
  /** Shift+Tab instead of Tab. */
  backwards?: boolean;
  el?: LdnDecisionAid;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, and returns it.
 * Does not press at all if focus already matches. Fails after `max` presses,
 * listing where focus went.
 */
export async function tabUntil(matches: (focused: Element) => boolean, what: string, options: TabOptions = {}): Promise<Element> {
  const { max = 40, backwards = false, el } = options;
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const start = deepActiveElement();
  if (start && matches(start)) return start;
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    await press(key, el);
    const focused = deepActiveElement();
    visited.push(describeElement(focused));
    if (focused && matches(focused)) return focused;
  }
  const step = el ? ` on step "${stepOf(el)}"` : '';
  throw new Error(`Pressed ${key} ${max} times from ${describeElement(start)}${step} without reaching ${what}. Focus went: ${visited.join(' → ')}`);
}

/** A page with a button before and after the aid, like a host page with its own controls. */
export interface KeyboardPage {
  el: LdnDecisionAid;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
}

export async function mountBetweenButtons(): Promise<KeyboardPage> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <button type="button" id="before">Before the aid</button>
    <ldn-decision-aid></ldn-decision-aid>
    <button type="button" id="after">After the aid</button>
  </div>`);
  const el = wrapper.querySelector<LdnDecisionAid>('ldn-decision-aid')!;
  await settle(el);
  return { el, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
}

const inAid = (el: LdnDecisionAid, node: Element) => node.getRootNode() === root(el);

/** The fieldset a control belongs to directly (follow-up questions nest fieldsets). */
const fieldOf = (node: Element) => node.closest('fieldset')?.id;

/** The input for one answer, found by its own fieldset (not a parent question's). */
export function optionInput(el: LdnDecisionAid, field: string, value: string): HTMLInputElement {
  const input = [...root(el).querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === value && fieldOf(i) === field);
  if (!input) throw new Error(`No option "${value}" for question "${field}" on step "${stepOf(el)}"`);
  return input;
}

export const tabToAction = (el: LdnDecisionAid, action: string, max?: number) =>
  tabUntil((f) => inAid(el, f) && f.getAttribute('data-action') === action, `the "${action}" button`, { el, max });

/** Tab into a radio group, then Space (if focus landed on the wanted radio) or ArrowDown until it is checked. */
export async function chooseRadio(el: LdnDecisionAid, field: string, value: string): Promise<void> {
  await tabUntil((f) => inAid(el, f) && f instanceof HTMLInputElement && f.type === 'radio' && fieldOf(f) === field, `the "${field}" radios`, { el });
  const count = root(el).querySelectorAll(`input[type="radio"][name="${field}"]`).length;
  if (deepActiveElement() === optionInput(el, field, value) && !optionInput(el, field, value).checked) await press('Space', el);
  for (let i = 0; i <= count && !optionInput(el, field, value).checked; i++) await press('ArrowDown', el);
  const wanted = optionInput(el, field, value);
  if (!wanted.checked) throw new Error(`Arrow keys never checked "${value}" in "${field}"`);
  if (deepActiveElement() !== wanted) throw new Error(`"${value}" in "${field}" is checked but focus is on ${describeElement(deepActiveElement())}`);
}

/** Tab to a checkbox and tick it with Space. */
export async function tickCheckbox(el: LdnDecisionAid, field: string, value: string): Promise<void> {
  await tabUntil((f) => f === optionInput(el, field, value), `the "${value}" checkbox of "${field}"`, { el });
  await press('Space', el);
  if (!optionInput(el, field, value).checked) throw new Error(`Space did not tick "${value}" in "${field}"`);
}

export async function answerByKeyboard(el: LdnDecisionAid, field: string, value: string): Promise<void> {
  if (optionInput(el, field, value).type === 'checkbox') await tickCheckbox(el, field, value);
  else await chooseRadio(el, field, value);
}

/** Tab to Continue (or Start, or Show my discussion guide) and press Enter. */
export async function continueByKeyboard(el: LdnDecisionAid): Promise<void> {
  await tabToAction(el, 'continue');
  await press('Enter', el);
}

/** Answers one question step with the example answers, then Continue. Expects focus before the first question. */
export async function completeStepByKeyboard(el: LdnDecisionAid, step: QuestionStep): Promise<void> {
  if (stepOf(el) !== step) throw new Error(`Expected step "${step}", found "${stepOf(el)}"`);
  for (const [field, value] of EXAMPLE_CLICKS[step]) await answerByKeyboard(el, field, value);
  await continueByKeyboard(el);
}
