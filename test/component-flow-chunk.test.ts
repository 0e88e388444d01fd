/**
 * The flow's machine and XState come in a chunk of their own
 * (src/components/chunks/flow-machine.ts), fetched once the first page has
 * been painted, so the first question waits for neither. These tests hold
 * what a patient and an embedder rely on meanwhile: the first page is there
 * and takes answers before the machine arrives; what the patient did waits,
 * in order, and plays when it comes; `updateComplete` waits for it; and a
 * machine that cannot come loses no answer, and comes on the next try.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/ldn-decision-aid.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { STORAGE_KEY } from '../src/components/controllers/progress-store.js';
import { writeSavedProgress } from '../src/flow/saved-progress.js';
import { QUESTION_STEPS, type StepId } from '../src/flow/steps.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { EXAMPLE_PATIENTS } from './fixtures/patients.js';
import { clickAction, EXAMPLE_CLICKS, inputFor, root, settle, stepOf } from './support/harness.js';

type FlowLoader = { loader: () => Promise<unknown> };
const flowOf = (el: LdnDecisionAid) => el['flow'] as unknown as FlowLoader;
const [FIRST, SECOND] = QUESTION_STEPS;
const KEY = 'flow-chunk';

/**
 * A widget restored onto the first question page (as the bench opens it), whose machine comes from `wrap(load)`
 * (`load` brings the real one), and how many times it was asked for.
 */
async function mountRestored(
  wrap: (load: () => Promise<unknown>) => () => Promise<unknown>,
  { step = FIRST!, answers = {} }: { step?: StepId; answers?: Answers } = {},
): Promise<{ el: LdnDecisionAid; asked: () => number }> {
  localStorage.setItem(`${STORAGE_KEY}:${KEY}`, writeSavedProgress({ step, returnToReview: false, answers }));
  const el = document.createElement('ldn-decision-aid') as LdnDecisionAid;
  el.setAttribute('save', 'local');
  el.setAttribute('storage-key', KEY);
  const flow = flowOf(el);
  const loader = wrap(flow.loader);
  let asked = 0;
  flow.loader = () => {
    asked += 1;
    return loader();
  };
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await waitUntil(() => stepOf(el) === step, `${step} is shown`);
  return { el, asked: () => asked };
}

/** The example patient's answers on the first question page, clicked at once: nothing re-renders while the machine is away. */
function answerFirstPage(el: LdnDecisionAid): void {
  for (const [field, value] of EXAMPLE_CLICKS[FIRST!]) inputFor(el, field, value).click();
}
const FIRST_ANSWERS = Object.fromEntries(EXAMPLE_CLICKS[FIRST!]);

const continueButton = (el: LdnDecisionAid) => root(el).querySelector<HTMLButtonElement>('[data-action="continue"]')!;
const errorSummary = (el: LdnDecisionAid) => root(el).querySelector('[part="error-summary"]');
const notLoaded = (el: LdnDecisionAid) => root(el).querySelector<HTMLElement>('[data-flow-failed]');
/** The notice's words, or null without one: text, so a failure prints no element. */
const notLoadedText = (el: LdnDecisionAid) => notLoaded(el)?.textContent?.trim() ?? null;

/** Runs `body` with console.warn collected rather than printed. */
async function quietly(body: (warnings: unknown[]) => Promise<void>): Promise<void> {
  const warn = console.warn;
  const warnings: unknown[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args[0]);
  try {
    await body(warnings);
  } finally {
    console.warn = warn;
  }
}

describe("The flow's chunk", () => {
  afterEach(() => localStorage.removeItem(`${STORAGE_KEY}:${KEY}`));

  it('is asked for once the first question is on screen, which takes answers before it arrives; they and Continue play, in order, when it comes', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { el, asked } = await mountRestored((load) => () => released.then(load));
    await waitUntil(() => asked() === 1, 'the machine is asked for after the first page');
    expect(inputFor(el, ...EXAMPLE_CLICKS[FIRST!][0]!).disabled).to.equal(false);
    answerFirstPage(el);
    continueButton(el).click();
    let completed = false;
    void el.updateComplete.then(() => (completed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(completed, 'updateComplete waits for the machine').to.equal(false);
    expect(stepOf(el)).to.equal(FIRST);

    release();
    await settle(el);
    expect(completed).to.equal(true);
    expect(stepOf(el)).to.equal(SECOND);
    expect(el.answers).to.include(FIRST_ANSWERS);
    expect(errorSummary(el)).to.equal(null);
    expect(asked()).to.equal(1);
  });

  it("takes the host's reset() at once, and no event reports it when the machine comes", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { el } = await mountRestored((load) => () => released.then(load));
    const events: string[] = [];
    for (const type of ['ldn-step-change', 'ldn-change', 'ldn-reset']) el.addEventListener(type, () => events.push(type));
    answerFirstPage(el);
    el.reset();
    release();
    await settle(el);
    expect(stepOf(el)).to.equal('intro');
    expect(el.answers).to.deep.equal({});
    expect(events).to.deep.equal([]);
  });

  it('if it cannot come, keeps the answers given, forgets the Continue that moved nothing, and comes on the next press', () =>
    quietly(async (warnings) => {
      let offline = true;
      const { el } = await mountRestored((load) => () => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load()));
      answerFirstPage(el);
      continueButton(el).click();
      await settle(el);
      // Once after the first page, once more for Continue.
      expect(warnings).to.deep.equal(['ldn-decision-aid: the question flow did not load.', 'ldn-decision-aid: the question flow did not load.']);
      expect(stepOf(el), 'nothing moves without the machine').to.equal(FIRST);

      offline = false;
      continueButton(el).click();
      await settle(el);
      expect(stepOf(el)).to.equal(SECOND);
      expect(el.answers, 'the answers given while it could not come').to.include(FIRST_ANSWERS);
      expect(errorSummary(el), 'one press, one page: the first Continue is not played again on the next page').to.equal(null);
    }));

  it('if it cannot come, says so when a press does nothing (to screen readers too), and no longer once a press works', () =>
    quietly(async () => {
      let offline = true;
      const { el } = await mountRestored((load) => () => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load()));
      await settle(el);
      expect(notLoadedText(el), 'a failed fetch the patient did not wait for says nothing').to.equal(null);

      continueButton(el).click();
      await settle(el);
      expect(notLoadedText(el), 'a Continue that did nothing').to.equal('This page did not load fully. Check that you are online, then try again.');
      expect(notLoaded(el)!.getAttribute('role')).to.equal('alert');
      expect(notLoaded(el)!.checkVisibility()).to.equal(true);

      answerFirstPage(el);
      continueButton(el).click();
      await settle(el);
      expect(stepOf(el), 'still nothing moves').to.equal(FIRST);
      expect(notLoadedText(el), 'still said').to.not.equal(null);

      offline = false;
      continueButton(el).click();
      await settle(el);
      expect(stepOf(el)).to.equal(SECOND);
      expect(notLoadedText(el), 'gone once a press works').to.equal(null);
    }));

  it('if it cannot come to a guide restored from saved progress, its buttons say so too, and no longer once a press works', () =>
    quietly(async () => {
      let offline = true;
      const { el } = await mountRestored((load) => () => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load()), {
        step: 'guide',
        answers: EXAMPLE_PATIENTS['tramadol-sometimes'](),
      });
      await settle(el);
      expect(notLoadedText(el), 'a failed fetch the patient did not wait for says nothing').to.equal(null);

      await clickAction(el, 'change-answers');
      expect(stepOf(el), 'nothing moves').to.equal('guide');
      expect(notLoadedText(el), '"Change my answers" did nothing').to.equal('This page did not load fully. Check that you are online, then try again.');
      expect(notLoaded(el)!.getAttribute('role')).to.equal('alert');
      expect(notLoaded(el)!.checkVisibility()).to.equal(true);

      offline = false;
      await clickAction(el, 'change-answers');
      expect(stepOf(el)).to.equal('review');
      expect(notLoadedText(el), 'gone once a press works').to.equal(null);
    }));
});
