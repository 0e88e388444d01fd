/**
 * <ldn-decision-aid> used with the keyboard alone: every action here is a real
 * key press (Tab, Shift+Tab, arrows, Space, Enter). No clicks, no .focus() on
 * the aid's controls and no machine events; the journey starts on a host-page
 * button placed before the aid.
 */
import { expect } from '@open-wc/testing';
import type { Answers } from '../src/questionnaire/answers.js';
import { QUESTION_STEPS, type QuestionStep } from '../src/flow/steps.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { completeWithMouse, headingOf, mountAid, root, stepOf } from './support/harness.js';
import {
  answerByKeyboard,
  completeStepByKeyboard,
  continueByKeyboard,
  deepActiveElement,
  describeElement,
  mountBetweenButtons,
  optionInput,
  press,
  tabToAction,
  tabUntil,
  type KeyboardPage,
} from './support/keyboard.js';

const focused = () => deepActiveElement();

/** From the host page's "before" button: one Tab reaches Start, Enter starts. */
async function startByKeyboard({ el, before }: KeyboardPage): Promise<void> {
  before.focus();
  await press('Tab', el);
  expect(focused()?.getAttribute('data-action'), 'first Tab into the aid lands on Start').to.equal('continue');
  await press('Enter', el);
  expect(stepOf(el)).to.equal('condition');
}

/** Starts, then answers every question step up to (not including) `target` with the example answers. */
async function keyboardTo(page: KeyboardPage, target: QuestionStep | 'review' | 'guide'): Promise<void> {
  await startByKeyboard(page);
  for (const step of QUESTION_STEPS) {
    if (step === target) return;
    await completeStepByKeyboard(page.el, step);
  }
  expect(stepOf(page.el)).to.equal('review');
  if (target === 'guide') await continueByKeyboard(page.el);
}

function expectHeadingFocused(el: LdnDecisionAid, where: string): void {
  expect(describeElement(focused()), `focus on ${where}`).to.equal(describeElement(headingOf(el)));
  expect(focused(), `focus on ${where}`).to.equal(headingOf(el));
}

const checkedIn = (el: LdnDecisionAid) => [...root(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`);

const errorLink = (el: LdnDecisionAid, field: string) => (f: Element) => f.getRootNode() === root(el) && f.matches(`.error-summary a[href="#${field}"]`);

describe('<ldn-decision-aid> with the keyboard only', () => {
  it('the whole flow completed with the keyboard only: same answers as with a mouse, the guide shown, focus on its heading', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    let keyboardAnswers: Answers | undefined;
    el.addEventListener('ldn-complete', (e) => (keyboardAnswers = e.detail.answers));

    await startByKeyboard(page);
    for (const step of QUESTION_STEPS) {
      expect(stepOf(el)).to.equal(step);
      expectHeadingFocused(el, `arriving at "${step}"`);
      await completeStepByKeyboard(el, step);
    }
    expect(stepOf(el)).to.equal('review');
    expectHeadingFocused(el, 'arriving at the check page');
    await continueByKeyboard(el);

    expect(stepOf(el)).to.equal('guide');
    expect(root(el).querySelector('[part~="guide"]'), 'the guide is shown').to.exist;
    const firstFlag = root(el).querySelector('[data-section="safety"] [data-flag]');
    expect(firstFlag?.getAttribute('data-flag')).to.equal('opioid-withdrawal');
    expectHeadingFocused(el, 'arriving at the guide');

    // The same answers given with a mouse, in a second aid, produce the same answers.
    const reference = await mountAid();
    let mouseAnswers: Answers | undefined;
    reference.addEventListener('ldn-complete', (e) => (mouseAnswers = e.detail.answers));
    await completeWithMouse(reference);
    expect(keyboardAnswers).to.deep.equal(mouseAnswers);
  });

  it('after Continue on a blank page, focus is on the error summary and Enter on its link focuses that question', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    await startByKeyboard(page);
    await continueByKeyboard(el);

    expect(stepOf(el)).to.equal('condition');
    const summary = root(el).querySelector('.error-summary');
    expect(summary, 'error summary shown').to.exist;
    expect(focused(), 'focus after the failed Continue').to.equal(summary);

    await tabUntil(errorLink(el, 'diagnosis'), 'the error link for "diagnosis"', { el, max: 2 });
    await press('Enter', el);
    const input = focused();
    expect(input, `focus after the error link: ${describeElement(input)}`).to.be.instanceOf(HTMLInputElement);
    expect(input!.closest('fieldset')?.id).to.equal('diagnosis');

    // From there, the question can be answered and the page left.
    await answerByKeyboard(el, 'diagnosis', 'diagnosed');
    await answerByKeyboard(el, 'age-group', '18-or-over');
    await continueByKeyboard(el);
    expect(stepOf(el)).to.equal('therapies');
  });

  it('an error link for a revealed follow-up question focuses an answer inside that follow-up', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    await keyboardTo(page, 'opioids');
    await answerByKeyboard(el, 'opioid-use', 'yes');
    await continueByKeyboard(el);

    const links = [...root(el).querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#opioid-kinds', '#opioid-pattern', '#planned-procedure']);
    expect(focused()).to.equal(root(el).querySelector('.error-summary'));

    await tabUntil(errorLink(el, 'opioid-pattern'), 'the error link for "opioid-pattern"', { el, max: 3 });
    await press('Enter', el);
    expect(describeElement(focused())).to.match(/^radio opioid-pattern=/);

    // A second failed Continue moves focus to the summary again.
    await continueByKeyboard(el);
    expect(focused()).to.equal(root(el).querySelector('.error-summary'));
  });

  it('Back, pressed with the keyboard, shows the previous page with its answers and focus on its heading', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    await keyboardTo(page, 'opioids');
    await tabToAction(el, 'back');
    await press('Space', el);
    expect(stepOf(el)).to.equal('therapies');
    expectHeadingFocused(el, 'going back to therapies');
    expect(optionInput(el, 'therapy-side-effects-beta-blocker', 'side-effects').checked).to.equal(true);

    // Back is the page's first control, at its top (GOV.UK's back link): Shift+Tab from it leaves the widget.
    await tabToAction(el, 'back');
    await press('Shift+Tab', el);
    expect(focused()?.getAttribute('data-action'), 'focus left the widget for the host page').to.equal(null);
    await tabToAction(el, 'continue');
    await press('Enter', el);
    expect(stepOf(el)).to.equal('opioids');
    expectHeadingFocused(el, 'continuing to opioids');
  });

  it('on "Check your answers", Change opens the page by keyboard and Continue returns to the check page', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    await keyboardTo(page, 'review');
    const before = root(el).querySelector('[data-review="symptoms"]')!.textContent;

    await tabUntil((f) => f.getAttribute('data-change') === 'symptoms', 'a Change button for symptoms', { el, max: 60 });
    await press('Enter', el);
    expect(stepOf(el)).to.equal('symptoms');
    expectHeadingFocused(el, 'opening symptoms from the check page');
    expect(optionInput(el, 'worst-symptom', 'fatigue').checked).to.equal(true);

    await answerByKeyboard(el, 'worst-symptom', 'brain-fog');
    await continueByKeyboard(el);
    expect(stepOf(el)).to.equal('review');
    expectHeadingFocused(el, 'returning to the check page');
    const after = root(el).querySelector('[data-review="symptoms"]')!.textContent;
    expect(after).to.not.equal(before);
  });

  it('on "Check your answers" with a missing answer, Enter on the error link opens that question with focus on its answers', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    await keyboardTo(page, 'review');
    // Change treatments, tick one more without its follow-ups, and go Back: the check page now has a gap.
    await tabUntil((f) => f.getAttribute('data-change') === 'therapies', 'the Change button for treatments', { el, max: 60 });
    await press('Enter', el);
    await answerByKeyboard(el, 'therapies', 'compression');
    await tabToAction(el, 'back');
    await press('Enter', el);
    expect(stepOf(el)).to.equal('review');
    await continueByKeyboard(el);

    expect(stepOf(el)).to.equal('review');
    expect(focused(), 'focus after "Show my discussion guide" failed').to.equal(root(el).querySelector('.error-summary'));
    await tabUntil(errorLink(el, 'therapy-helps-compression'), 'the error link for "therapy-helps-compression"', { el, max: 2 });
    await press('Enter', el);
    expect(stepOf(el)).to.equal('therapies');
    expect(describeElement(focused()), 'focus after following the error link').to.match(/^radio therapy-helps-compression=/);
  });

  it('on the guide, Start over moves focus to the confirmation, and Cancel returns focus to Start over', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    await keyboardTo(page, 'guide');

    await tabToAction(el, 'start-over');
    await press('Enter', el);
    const title = root(el).querySelector('#confirm-start-over-title');
    expect(title, 'confirmation shown').to.exist;
    expect(focused(), 'focus after Start over').to.equal(title);

    await tabToAction(el, 'cancel-start-over', 3);
    await press('Enter', el);
    expect(root(el).querySelector('#confirm-start-over-title'), 'confirmation closed').to.not.exist;
    expect(describeElement(focused())).to.equal('button[data-action=start-over]');
    expect(stepOf(el)).to.equal('guide');
  });

  it('on the guide, Start over then "Yes, clear my answers" returns to the start with every answer cleared', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    await keyboardTo(page, 'guide');

    await tabToAction(el, 'start-over');
    await press('Space', el);
    await tabToAction(el, 'confirm-start-over', 2);
    await press('Enter', el);
    expect(stepOf(el)).to.equal('intro');
    expectHeadingFocused(el, 'returning to the start');

    await continueByKeyboard(el);
    expect(stepOf(el)).to.equal('condition');
    expect(checkedIn(el), 'answers on the condition page').to.deep.equal([]);
    await completeStepByKeyboard(el, 'condition');
    expect(stepOf(el)).to.equal('therapies');
    expect(checkedIn(el), 'answers on the treatments page').to.deep.equal([]);
  });

  it('the SURE questions on the guide are answered with arrow keys', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    await keyboardTo(page, 'guide');
    const status = () => root(el).querySelector('.sure-status')?.textContent?.trim();
    const initial = status();
    for (const item of ['sure', 'understand', 'risk-benefit', 'encouragement']) await answerByKeyboard(el, `sure-${item}`, 'yes');
    for (const item of ['sure', 'understand', 'risk-benefit', 'encouragement']) expect(optionInput(el, `sure-${item}`, 'yes').checked).to.equal(true);
    expect(status()).to.not.equal(initial);
    expect(stepOf(el)).to.equal('guide');
  });

  it('the "Which medicines are opioids?" list opens and closes with Enter', async () => {
    const page = await mountBetweenButtons();
    const { el } = page;
    await keyboardTo(page, 'opioids');
    const details = root(el).querySelector('details')!;
    await tabUntil((f) => f.tagName === 'SUMMARY', 'the opioid names disclosure', { el, max: 3 });
    await press('Enter', el);
    expect(details.open, 'open after Enter').to.equal(true);
    await press('Space', el);
    expect(details.open, 'closed after Space').to.equal(false);
  });

  describe('no keyboard trap: Tab and Shift+Tab leave the aid', () => {
    const pages: [string, QuestionStep | 'review' | 'guide' | 'intro', ((el: LdnDecisionAid) => Promise<void>)?][] = [
      ['the intro', 'intro'],
      ['the treatments page with follow-ups shown', 'therapies', (el) => answerByKeyboard(el, 'therapies', 'compression')],
      ['the opioids page with follow-ups shown', 'opioids', (el) => answerByKeyboard(el, 'opioid-use', 'not-sure')],
      ['the check page', 'review'],
      ['the guide', 'guide'],
    ];
    for (const [name, step, prepare] of pages) {
      it(`on ${name}`, async () => {
        const page = await mountBetweenButtons();
        const { el, after, before } = page;
        if (step === 'intro') before.focus();
        else await keyboardTo(page, step);
        if (prepare) await prepare(el);
        await tabUntil((f) => f === after, 'the host page button after the aid', { el, max: 80 });
        await tabUntil((f) => f === before, 'the host page button before the aid', { el, max: 80, backwards: true });
      });
    }
  });
});
