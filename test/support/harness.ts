/**
 * User-level helpers for driving <ldn-decision-aid> in tests: answer a
 * question, continue, go back, read what is shown. They act through the
 * rendered controls, never through the machine.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/ldn-decision-aid.js';
import type { LdnDecisionAid } from '../../src/ldn-decision-aid.js';
import { isQuestionStep, QUESTION_STEPS, type QuestionStep, type StepId } from '../../src/flow/steps.js';
import type { Answers } from '../../src/questionnaire/answers.js';
import { question } from '../../src/questionnaire/structure.js';
import { missingQuestions } from '../../src/questionnaire/validate.js';
import { type Clicks, clicksFor, EXAMPLE_PATIENTS, firstAnswer } from '../fixtures/patients.js';
import { settle } from './settle.js';

export { type Clicks, clicksFor };

export async function mountAid(): Promise<LdnDecisionAid> {
  const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid></ldn-decision-aid>`);
  await settle(el);
  return el;
}

export const root = (el: LdnDecisionAid): ShadowRoot => el.shadowRoot!;

/** The step shown (its container's data-step); '(nothing rendered)' before the first render, so failure messages never throw. */
export const stepOf = (el: LdnDecisionAid): StepId => (el.shadowRoot?.querySelector<HTMLElement>('.container')?.dataset.step ?? '(nothing rendered)') as StepId;

export const headingOf = (el: LdnDecisionAid): HTMLElement => root(el).querySelector<HTMLElement>('[data-step-heading]')!;

export { settle, SETTLE_TIMEOUT_MS } from './settle.js';

/** The input for one answer: a fieldset id and an option value, e.g. ('diagnosis', 'diagnosed'). */
export function inputFor(el: LdnDecisionAid, field: string, value: string): HTMLInputElement {
  // By name, not by descendant: follow-up questions are nested inside the fieldset that reveals them.
  const input = root(el).querySelector<HTMLInputElement>(`input[name="${field}"][value="${value}"]`);
  if (!input) throw new Error(`No option "${value}" for question "${field}" on step "${stepOf(el)}"`);
  return input;
}

/** Clicks a radio or checkbox, as a mouse user would. */
export async function choose(el: LdnDecisionAid, field: string, value: string): Promise<void> {
  inputFor(el, field, value).click();
  await settle(el);
}

/** Opens "Save or print" at the top of the guide, as a patient does before printing, copying, downloading or showing the code. */
export async function openSaveOrPrint(el: LdnDecisionAid): Promise<void> {
  const toggle = root(el).querySelector<HTMLButtonElement>('[data-action="save-or-print"]');
  if (!toggle) throw new Error(`No "Save or print" on step "${stepOf(el)}"`);
  if (toggle.getAttribute('aria-expanded') === 'true') return;
  toggle.click();
  await settle(el);
}

/** The guide's actions that sit inside "Save or print": clickAction opens it first, as a patient would. */
const SAVE_OR_PRINT_ACTIONS = new Set(['print', 'copy', 'download', 'show-code']);

export async function clickAction(el: LdnDecisionAid, action: string): Promise<void> {
  if (SAVE_OR_PRINT_ACTIONS.has(action) && stepOf(el) === 'guide') await openSaveOrPrint(el);
  const button = root(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!button) throw new Error(`No "${action}" button on step "${stepOf(el)}"`);
  // As a mouse click in Chromium does: the button takes focus, then acts.
  button.focus();
  button.click();
  await settle(el);
}

export const continueOn = (el: LdnDecisionAid) => clickAction(el, 'continue');
export const back = (el: LdnDecisionAid) => clickAction(el, 'back');

/** The example patient who takes tramadol now and then, as clicks per step (fixtures/patients.ts). */
export const EXAMPLE_CLICKS = Object.fromEntries(QUESTION_STEPS.map((step) => [step, clicksFor(step, EXAMPLE_PATIENTS['tramadol-sometimes']())])) as Record<
  QuestionStep,
  Clicks
>;

/**
 * Clicks the answer `firstAnswer` picks for each required question still open
 * on the page, as withEveryRequiredAnswer does in data, so a question added to the model never stalls a scripted walk.
 */
export async function answerOpenQuestions(el: LdnDecisionAid): Promise<void> {
  const step = stepOf(el);
  if (!isQuestionStep(step)) return;
  for (;;) {
    const answers = (el['flow'] as { snapshot: { context: { answers: Answers } } }).snapshot.context.answers;
    const [id] = missingQuestions(step, answers);
    if (!id) return;
    await choose(el, id, firstAnswer(question(id), answers));
  }
}

export async function answerStep(el: LdnDecisionAid, clicks: Clicks): Promise<void> {
  for (const [field, value] of clicks) await choose(el, field, value);
}

/** Clicks through from the intro to the guide with the example answers. */
export async function completeWithMouse(el: LdnDecisionAid, clicks = EXAMPLE_CLICKS): Promise<void> {
  await clickAction(el, 'continue');
  for (const step of Object.keys(clicks) as (keyof typeof EXAMPLE_CLICKS)[]) {
    if (stepOf(el) !== step) throw new Error(`Expected step "${step}", found "${stepOf(el)}"`);
    await answerStep(el, clicks[step]);
    await continueOn(el);
  }
  if (stepOf(el) !== 'review') throw new Error(`Expected review, found "${stepOf(el)}"`);
  await continueOn(el);
}

/** The element focused inside the widget's shadow root, if any. */
export const focusedIn = (el: LdnDecisionAid): Element | null => root(el).activeElement;
